// Sentence and word segmentation with ICU break iterators, plus the token
// rules ICU does not know: elision ("dell'inbound" -> "dell'" + "inbound"),
// hyphen-joined words kept whole ("tv-reclame"), and URLs, e-mail
// addresses, #hashtags and @mentions as single tokens.
//
//   vane::text::Segmenter seg;                       // one per worker thread
//   vane::text::TokenizerRules rules{{"l'", "dell'"}, "it"};
//   seg.segment(original, norm, rules, out);          // out.tokens, out.sentences
//
// Not thread-safe: ICU break iterators carry state. Language-neutral: the
// rules come from the plugin's lang.json.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalized_text.hpp"
#include "text/token.hpp"

namespace vane::text {

struct TokenizerRules {
  // Folded elision prefixes, each ending in '\'' ("l'", "dell'", "qu'").
  std::vector<std::string> elision_prefixes;
  // ICU locale for sentence breaking (abbreviation suppressions), e.g. "it".
  std::string icu_locale = "en";
};

class Segmenter {
 public:
  Segmenter();
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // `original` must be valid UTF-8 and `norm` its normalize_for_matching view.
  // Throws std::length_error from 2 GiB up (ICU break offsets are int32) and
  // std::runtime_error if ICU data is missing; the worker makes either an
  // error record.
  void segment(std::string_view original, const NormalizedText& norm,
               const TokenizerRules& rules, Segmentation& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vane::text
