// Language identification: CLD2, restricted to the languages vane serves,
// combined with the plugins' stopword evidence so that short texts (an ad
// headline of three to eight words) are identified where CLD2 alone abstains
// or is misled by English loanwords.
//
//   vane::langid::LanguageIdentifier id({{"it", &it_stopwords}, {"en", &en_stopwords}});
//   auto guess = id.identify(original_text, folded_text);
//   if (!guess.served) -> status "unsupported_language", guess.code is what CLD2 saw
//
// Thread-safe: CLD2 keeps no state between calls and the profiles are const.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include "langid/evidence_voters.hpp"
#include "util/word_set.hpp"

namespace vane::langid {

struct LanguageProfile {
  std::string code;                                   // ISO 639-1, as CLD2 reports it
  const WordSet* stopwords;  // folded evidence words; may be null or empty
};

struct LanguageGuess {
  std::string code;         // served language, or CLD2's code, or "und"
  double confidence = 0.0;  // [0,1]
  bool served = false;      // code is one of the candidates
};

class LanguageIdentifier {
 public:
  explicit LanguageIdentifier(std::vector<LanguageProfile> candidates);

  // `text` must be valid UTF-8; `folded` is its case-folded view (stopwords
  // are matched there). Looks at most at the first kSampleBytes of each.
  LanguageGuess identify(std::string_view text, std::string_view folded) const;

  // CLD2's own answer with no restriction and no stopwords (the baseline of
  // docs/language-id.md). `served` says whether it is a candidate.
  LanguageGuess identify_cld2_only(std::string_view text) const;

  // About 500 words for the evidence-word scan: on the bench corpus 3 KB
  // instead of 8 KB saved 8% of the engine's time with language ID unchanged
  // on every corpus document.
  static constexpr std::size_t kSampleBytes = 3 * 1024;
  // CLD2, the most expensive step, gets the first 150-odd words: its answer
  // settles long before (the language of every corpus document and of a
  // generated 5 MB corpus is the same as with 3 KB; only its percentages,
  // and so the record's confidence, move on long texts), and the evidence
  // words above still read 3 KB. Saves about a tenth of the engine's time.
  static constexpr std::size_t kCld2SampleBytes = 1024;

 private:
  int index_of(std::string_view code) const;
  std::vector<LanguageProfile> candidates_;
  // Every evidence word with a bit per candidate that lists it: one lookup
  // per scanned word instead of one per word and language.
  EvidenceVoters voters_;
};

}  // namespace vane::langid
