#include "langid/language_identifier.hpp"

#include <algorithm>
#include <array>
#include <bit>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "langid/cld2_detector.hpp"

namespace vane::langid {
namespace {

// Cuts a UTF-8 string at most `limit` bytes long without splitting a character.
std::string_view sample(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

// Calls fn(word) for each maximal run of letters in folded text. Apostrophes
// split, so "l'azienda" yields "l" and "azienda", matching the stopword lists.
template <class Fn>
void for_each_word(std::string_view folded, std::size_t max_words, Fn fn) {
  const auto* s = reinterpret_cast<const uint8_t*>(folded.data());
  const auto length = static_cast<int32_t>(folded.size());
  int32_t i = 0;
  int32_t start = -1;
  std::size_t words = 0;
  while (i < length && words < max_words) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    const bool letter = c >= 0 && (c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c));
    if (letter) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      fn(folded.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(at - start)));
      ++words;
      start = -1;
    }
  }
  if (start >= 0 && words < max_words) fn(folded.substr(static_cast<std::size_t>(start)));
}

// How much CLD2's opinion counts: a reliable verdict on a long text is
// decisive; on a headline it is one voice among the stopwords.
// CLD2's opinion grows with the letters it saw: on a long text a reliable
// verdict is decisive; on a three-word headline even its "reliable" flag is
// close to noise (it names Catalan or Kinyarwanda for Italian headlines), so
// there it only breaks ties between the evidence words.
double length_factor(const Cld2Result& cld) { return std::min(1.0, cld.text_bytes / 150.0); }

double cld2_weight(const Cld2Result& cld) { return (cld.reliable ? 3.0 : 0.8) * length_factor(cld) + 0.1; }

// How much the stopwords count: nothing without hits, fully from 2 hits on.
double stopword_weight(int total_hits) { return std::min(1.0, total_hits / 2.0); }

constexpr std::size_t kMaxStopwordScan = 250;  // words: plenty to decide, cheap on huge texts

std::vector<const WordSet*> evidence_lists(const std::vector<LanguageProfile>& candidates) {
  std::vector<const WordSet*> lists;
  for (const auto& candidate : candidates) lists.push_back(candidate.stopwords);
  return lists;
}

}  // namespace

LanguageIdentifier::LanguageIdentifier(std::vector<LanguageProfile> candidates)
    : candidates_(std::move(candidates)), voters_(evidence_lists(candidates_)) {}

int LanguageIdentifier::index_of(std::string_view code) const {
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    if (candidates_[i].code == code) return static_cast<int>(i);
  }
  return -1;
}

LanguageGuess LanguageIdentifier::identify_cld2_only(std::string_view text) const {
  const Cld2Result cld = detect_with_cld2(sample(text, kSampleBytes), /*best_effort=*/false);
  const auto& top = cld.top[0];
  LanguageGuess guess;
  guess.code = top.code == "un" ? "und" : top.code;
  guess.confidence = top.code == "un" ? 0.0 : top.percent / 100.0;
  guess.served = index_of(top.code) >= 0;
  return guess;
}

LanguageGuess LanguageIdentifier::identify(std::string_view text, std::string_view folded) const {
  const std::size_t n = candidates_.size();
  const Cld2Result cld = detect_with_cld2(sample(text, kCld2SampleBytes), /*best_effort=*/true);

  std::vector<double> cld_share(n, 0.0);
  for (const auto& entry : cld.top) {
    if (const int i = index_of(entry.code); i >= 0) cld_share[static_cast<std::size_t>(i)] += entry.percent / 100.0;
  }

  std::vector<int> hits(n, 0);
  int total_hits = 0;
  // Two passes (EvidenceVoters::prefetch): the words that may vote, their
  // slots on the way; then their votes.
  struct ScannedWord {
    std::string_view word;
    std::uint64_t hash;
  };
  std::array<ScannedWord, kMaxStopwordScan> scanned;
  std::size_t count = 0;
  for_each_word(sample(folded, kSampleBytes), kMaxStopwordScan, [&](std::string_view word) {
    const std::uint64_t hash = hash_string(word);
    if (!voters_.may_vote(hash)) return;
    voters_.prefetch(hash);
    scanned[count++] = {word, hash};
  });
  for (std::size_t w = 0; w < count; ++w) {
    // Each candidate listing the word gets a hit (bits past n: none are set).
    for (std::uint64_t voters = voters_.voters_of(scanned[w].word, scanned[w].hash); voters != 0;
         voters &= voters - 1) {
      ++hits[static_cast<std::size_t>(std::countr_zero(voters))];
      ++total_hits;
    }
  }

  const double w_cld = cld2_weight(cld);
  const double w_sw = stopword_weight(total_hits);
  std::size_t best = n;
  double best_score = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double sw_share = total_hits > 0 ? static_cast<double>(hits[i]) / total_hits : 0.0;
    const double score = w_cld * cld_share[i] + w_sw * sw_share;
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }

  const auto& cld_top = cld.top[0];
  const bool cld_top_served = index_of(cld_top.code) >= 0;
  // A reliable CLD2 verdict for a language nobody serves wins unless the
  // stopwords clearly say otherwise: never guess a served language for it.
  const bool foreign = cld.reliable && !cld_top_served && cld_top.code != "un" && cld_top.percent >= 50 &&
                       length_factor(cld) >= 0.3 && (best == n || w_sw < w_cld * cld_top.percent / 100.0);
  if (best == n || foreign) {
    LanguageGuess guess;
    guess.code = cld_top.code == "un" ? "und" : cld_top.code;
    guess.confidence = cld_top.code == "un" ? 0.0 : cld_top.percent / 100.0;
    guess.served = false;
    return guess;
  }
  LanguageGuess guess;
  guess.code = candidates_[best].code;
  guess.confidence = std::clamp(best_score / (w_cld + w_sw), 0.0, 1.0);
  guess.served = true;
  return guess;
}

}  // namespace vane::langid
