// The words that vote for a language in short-text identification: its
// stopwords, plus the words of its lexicon terms that no other served
// language lists. Shared loanwords ("marketing", "inbound", "SEO") appear in
// every lexicon and so vote for none; "pubblicità" or "référencement" vote
// for one.
//
//   auto sets = build_evidence_words({{&it_stopwords, it_terms}, {&en_stopwords, en_terms}});
#pragma once

#include <string>
#include <vector>
#include "util/word_set.hpp"

namespace vane::langid {

struct VocabularySource {
  const WordSet* stopwords;  // may be null
  std::vector<std::string> folded_terms;             // lexicon terms, case-folded
};

std::vector<WordSet> build_evidence_words(const std::vector<VocabularySource>& languages);

}  // namespace vane::langid
