// Short quotations and the cues inside them (claim_quotes.hpp).
//
//   drop_quoted(doc, sentence, s, tuning);
//   // "Our e-book «Why Email Still Pays» is out.": the cues of the title are gone
//
// Quotation marks are found on the original text of the sentence, only
// when the sentence holds a cue to drop: most hold none, and are not
// scanned.
#include "engine/claim_quotes.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "engine/claim_kind.hpp"

namespace vane::engine {
namespace {

// The byte spans of short quotations inside a sentence (two to
// `max_words` words between a pair of quotation marks, not the whole
// sentence): a title or a phrase quoted ("nel nostro e-book «Il mix che
// funziona»", "mi chiede «quale funziona meglio»"). One quoted word is
// mostly a label still meant ("“unknown” as their source").
std::vector<std::pair<std::size_t, std::size_t>> short_quotes(const DocumentView& doc, const text::Sentence& sentence,
                                                               int max_words) {
  std::vector<std::pair<std::size_t, std::size_t>> quotes;
  const std::string_view text = doc.text.substr(sentence.begin, sentence.end - sentence.begin);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kPairs = {{
      {"\u00AB", "\u00BB"}, {"\u201C", "\u201D"}, {"\u201E", "\u201D"}, {"\"", "\""}}};
  for (const auto& [open, close] : kPairs) {
    for (std::size_t at = text.find(open); at != std::string_view::npos; at = text.find(open, at + open.size())) {
      const std::size_t end = text.find(close, at + open.size());
      if (end == std::string_view::npos) break;
      const std::string_view inside = text.substr(at + open.size(), end - at - open.size());
      const auto words = std::count(inside.begin(), inside.end(), ' ') + 1;
      const bool whole = at == 0 && text.substr(end + close.size()).find_first_not_of(" .!") == std::string_view::npos;
      if (words >= 2 && words <= max_words && !whole) quotes.emplace_back(sentence.begin + at, sentence.begin + end);
      at = end;
    }
  }
  return quotes;
}

}  // namespace

// Cues and judging words inside a short quotation name a title or repeat
// someone's words; they assert nothing, so they count for nothing.
void drop_quoted(const DocumentView& doc, const text::Sentence& sentence, SentenceCues& s, const ClaimTuning& tuning) {
  if (s.kind_cues.empty() && s.polarity.empty()) return;  // most sentences: nothing to drop, no text to scan
  const auto quotes = short_quotes(doc, sentence, tuning.quoted_title_words);
  if (quotes.empty()) return;
  const auto quoted = [&](const CueHit* hit) {
    const auto& tokens = doc.seg->tokens;
    return std::any_of(quotes.begin(), quotes.end(), [&](const auto& q) {
      return tokens[hit->first].begin >= q.first && tokens[hit->end - 1].end <= q.second;
    });
  };
  for (const CueHit* cue : s.kind_cues) {
    if (quoted(cue)) s.kind_weight[static_cast<std::size_t>(kind_index(doc.entry(*cue).key_class))] -= doc.entry(*cue).weight;
  }
  s.kind_cues.erase(std::remove_if(s.kind_cues.begin(), s.kind_cues.end(), quoted), s.kind_cues.end());
  const auto before = s.polarity.size();
  s.polarity.erase(std::remove_if(s.polarity.begin(), s.polarity.end(), quoted), s.polarity.end());
  s.polarity_words -= static_cast<int>(before - s.polarity.size());
  s.strongest = 0.0;
  for (const CueHit* cue : s.kind_cues) s.strongest = std::max(s.strongest, doc.entry(*cue).weight);
}

}  // namespace vane::engine
