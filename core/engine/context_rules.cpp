#include "engine/context_rules.hpp"

#include <algorithm>

namespace vane::engine {

using lexicon::EntryKind;

ContextRules::ContextRules(const DocumentView& doc, const std::vector<CueHit>& hits)
    : doc_(doc), sentence_polarity_(doc.seg->sentences.size(), 0) {
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    if (e.kind != EntryKind::negation) continue;
    if (e.key == "negator") negator_ends_.push_back(hit.end);
    if (e.key == "contrast") contrast_ends_.push_back(hit.end);
    if (e.key == "adversative") adversative_ends_.push_back(hit.end);
    if (e.key == "dismissal") dismissal_starts_.push_back(hit.first);
  }
  std::sort(dismissal_starts_.begin(), dismissal_starts_.end());
  std::sort(negator_ends_.begin(), negator_ends_.end());
  std::sort(contrast_ends_.begin(), contrast_ends_.end());
  std::sort(adversative_ends_.begin(), adversative_ends_.end());
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    if (e.kind != EntryKind::polarity || (e.key != "positive" && e.key != "negative")) continue;
    int sign = e.key == "positive" ? 1 : -1;
    if (negated(hit.first)) sign = -sign;
    sentence_polarity_[doc.seg->tokens[hit.first].sentence] += sign;
  }
}

bool ContextRules::marker_before(const std::vector<std::uint32_t>& ends, std::uint32_t first,
                                 std::uint32_t window) const {
  const auto& tokens = doc_.seg->tokens;
  const std::uint32_t sentence = tokens[first].sentence;
  // The nearest marker ending at or before `first`.
  auto it = std::upper_bound(ends.begin(), ends.end(), first);
  if (it == ends.begin()) return false;
  const std::uint32_t end = *std::prev(it);
  return end + window >= first && end >= 1 && tokens[end - 1].sentence == sentence;
}

bool ContextRules::negated(std::uint32_t first) const { return marker_before(negator_ends_, first, 3); }

bool ContextRules::contrasted(std::uint32_t first) const {
  if (!marker_before(contrast_ends_, first, 6)) return false;
  // A contrast marker governs its own phrase, up to the next clause break:
  // in "unlike TV, SEO brings leads" and "29,90 € invece di 38,50 €, con
  // spedizione gratuita" the cue after the comma is not the one contrasted.
  const auto& tokens = doc_.seg->tokens;
  const std::uint32_t end = *std::prev(std::upper_bound(contrast_ends_.begin(), contrast_ends_.end(), first));
  // Punctuation is not tokenised: look at the original text between them.
  const std::string_view between = doc_.text.substr(tokens[end - 1].end, tokens[first].begin - tokens[end - 1].end);
  if (between.find_first_of(",;:") != std::string_view::npos) return false;
  return true;
}

bool ContextRules::dismissed(std::uint32_t end) const {
  const auto& tokens = doc_.seg->tokens;
  if (end == 0) return false;
  // Up to two words between: "cold calling really is dead".
  constexpr std::uint32_t kWindow = 2;
  const auto it = std::lower_bound(dismissal_starts_.begin(), dismissal_starts_.end(), end);
  if (it == dismissal_starts_.end() || *it > end + kWindow || tokens[*it].sentence != tokens[end - 1].sentence) {
    return false;
  }
  // "la logica push non è morta" defends push.
  return !marker_before(negator_ends_, *it, 0);
}

bool ContextRules::after_adversative(std::uint32_t token) const {
  const auto& tokens = doc_.seg->tokens;
  const auto& sentence = doc_.seg->sentences[tokens[token].sentence];
  return std::any_of(adversative_ends_.begin(), adversative_ends_.end(),
                     [&](std::uint32_t end) { return end > sentence.first_token && end <= token; });
}

int ContextRules::sentence_polarity(std::uint32_t sentence) const {
  return sentence < sentence_polarity_.size() ? sentence_polarity_[sentence] : 0;
}

}  // namespace vane::engine
