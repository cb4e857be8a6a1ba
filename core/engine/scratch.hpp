// Per-worker mutable state: buffers reused from one document to the next and
// the thread-unsafe handles (ICU break iterators, Snowball stemmers in the
// word memos). One
// Scratch per worker thread; never shared.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "engine/claim_extractor.hpp"
#include "engine/cue_finder.hpp"
#include "engine/word_memo.hpp"
#include "text/normalized_text.hpp"
#include "text/segmenter.hpp"
#include "text/stemmer.hpp"
#include "text/token.hpp"

namespace vane::engine {

struct Scratch {
  text::NormalizedText norm;
  text::Segmentation seg;
  text::Segmenter segmenter;
  std::map<const lexicon::AnalysisLexicon*, WordMemo> word_memos;  // by language (its lexicon)
  TokenDescriptions words;                                         // of the document's tokens
  CueFinder cue_finder;                                            // with its reused buffers
  std::vector<CueHit> hits;                                        // lexicon matches of the document
  ClaimScratch claims;                                             // extract_claims' per-sentence cue lists
};

}  // namespace vane::engine
