#include "langid/evidence_words.hpp"

#include <map>
#include "util/word_set.hpp"

namespace vane::langid {
namespace {

// Splits on ASCII non-letters (spaces, apostrophes, hyphens, digits);
// non-ASCII bytes are letters of accented words.
template <class Fn>
void for_each_word(const std::string& term, Fn fn) {
  std::string word;
  for (char c : term) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= 'a' && c <= 'z')) {
      word.push_back(c);
    } else if (!word.empty()) {
      fn(word);
      word.clear();
    }
  }
  if (!word.empty()) fn(word);
}

// Words this short are too often shared by accident ("con", "pro") to be
// evidence unless a stopword list says so.
constexpr std::size_t kMinLexiconWord = 4;

}  // namespace

std::vector<WordSet> build_evidence_words(const std::vector<VocabularySource>& languages) {
  std::vector<WordSet> lexicon_words(languages.size());
  std::map<std::string, int> languages_using;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    for (const auto& term : languages[i].folded_terms) {
      for_each_word(term, [&](const std::string& w) {
        if (w.size() >= kMinLexiconWord) lexicon_words[i].insert(w);
      });
    }
    if (languages[i].stopwords != nullptr) {
      for (const auto& w : *languages[i].stopwords) lexicon_words[i].insert(w);
    }
    for (const auto& w : lexicon_words[i]) ++languages_using[w];
  }
  std::vector<WordSet> out(languages.size());
  for (std::size_t i = 0; i < languages.size(); ++i) {
    if (languages[i].stopwords != nullptr) out[i] = *languages[i].stopwords;
    for (const auto& w : lexicon_words[i]) {
      if (languages_using[w] == 1) out[i].insert(w);
    }
  }
  return out;
}

}  // namespace vane::langid
