// Everything the cue finder needs about a document's tokens that depends
// only on a word and the language, computed once per distinct word rather
// than once per occurrence: the phrase matcher's keys (hashes of the stem
// and of the folded form) and first step from the trie's root, and the
// lexicon's compound parts.
//
//   WordMemo memo(pack->lexicon, std::move(*text::Stemmer::create("dutch")));
//   memo.describe(segmentation, norm.folded, words);   // per document
//   // words.keys[i], words.first_steps[i]: token i's; words.parts: {token, entry} in token order
//   memo.trim();                                             // between documents
//
// Marketing text repeats its words (about 9 in 10 tokens are repeats), and a
// word's compound parts cost a dozen lookups and stems of its suffixes: the
// memo turns each repeat into one FlatStringMap lookup. One memo per worker
// and language (it owns that language's Stemmer); not thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "lexicon/analysis_lexicon.hpp"
#include "lexicon/phrase_matcher.hpp"
#include "text/stemmer.hpp"
#include "text/token.hpp"
#include "util/flat_string_map.hpp"

namespace vane::engine {

// A compound part found in a word token: lexicon entry `entry` on token `token`.
struct CompoundPart {
  std::uint32_t token = 0;
  std::uint32_t entry = 0;
};

// What describe() says about one document's tokens.
struct TokenDescriptions {
  std::vector<lexicon::TokenKeys> keys;          // one per token
  std::vector<lexicon::FirstStep> first_steps;   // one per token
  std::vector<CompoundPart> parts;               // of word tokens, in token order
};

class WordMemo {
 public:
  // Keeps `lexicon` alive: the memo's answers are only valid for it.
  WordMemo(std::shared_ptr<const lexicon::AnalysisLexicon> lexicon, text::Stemmer stemmer);

  // Fills `out` for the tokens of `seg` in a document whose folded view is
  // `folded` (compound parts heads before tails). Words are stemmed; a
  // hashtag counts as the word after its '#' (no compound parts); other
  // tokens are keyed by their folded form.
  void describe(const text::Segmentation& seg, std::string_view folded, TokenDescriptions& out);

  // Between documents: starts over once the memo has grown past its cap, so
  // a run over millions of documents stays in bounded memory.
  void trim();

 private:
  struct WordFacts {
    lexicon::TokenKeys keys;
    lexicon::FirstStep first_step;
    std::uint32_t first_part = 0;  // into parts_
    std::uint32_t part_count = 0;
  };
  WordFacts word(std::string_view folded, std::uint64_t hash);

  std::shared_ptr<const lexicon::AnalysisLexicon> lexicon_;
  text::Stemmer stemmer_;
  FlatStringMap<WordFacts> words_;
  std::vector<std::uint32_t> parts_;            // compound entries of all memoised words
  std::vector<std::uint16_t> letters_before_;   // find_compound_parts' buffer
};

}  // namespace vane::engine
