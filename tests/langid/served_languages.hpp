// The four shipped languages as the registry presents them to language ID:
// stopwords plus distinctive lexicon words, from the source tree's plugins.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

#include "../test_paths.hpp"
#include "langid/evidence_words.hpp"
#include "langid/language_identifier.hpp"
#include "lexicon/analysis_lexicon.hpp"
#include "lexicon/language_data.hpp"
#include "text/normalized_text.hpp"
#include "util/word_set.hpp"

namespace vane::testing {

struct ServedLanguages {
  std::vector<std::string> codes{"en", "fr", "it", "nl"};
  std::vector<WordSet> words;
  std::unique_ptr<langid::LanguageIdentifier> identifier;

  ServedLanguages() {
    std::vector<lexicon::LanguageData> data;
    std::vector<langid::VocabularySource> sources;
    text::NormalizedText norm;
    for (const auto& code : codes) data.push_back(*lexicon::load_language_data(source_dir() / "plugins" / code, code));
    for (const auto& d : data) {
      langid::VocabularySource source{&d.stopwords, {}};
      const auto lexicon = lexicon::load_analysis_lexicon(d);
      if (!lexicon) throw std::runtime_error(lexicon.status().message);
      for (const auto& entry : lexicon.value().entries) {
        text::normalize_for_matching(entry.term, norm);
        source.folded_terms.push_back(norm.folded);
      }
      sources.push_back(std::move(source));
    }
    words = langid::build_evidence_words(sources);
    std::vector<langid::LanguageProfile> profiles;
    for (std::size_t i = 0; i < codes.size(); ++i) profiles.push_back({codes[i], &words[i]});
    identifier = std::make_unique<langid::LanguageIdentifier>(std::move(profiles));
  }

  langid::LanguageGuess identify(const std::string& text) const {
    text::NormalizedText norm;
    text::normalize_for_matching(text, norm);
    return identifier->identify(text, norm.folded);
  }
};

inline const ServedLanguages& served_languages() {
  static const ServedLanguages instance;
  return instance;
}

}  // namespace vane::testing
