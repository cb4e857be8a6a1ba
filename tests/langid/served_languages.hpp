// Language ID as `vane analyze` runs it: the identifier of a DocumentAnalyzer
// over the build tree's plugins, so the tests measure the product's own
// candidates and evidence words rather than a re-derivation of them.
#pragma once

#include <string>

#include "../build_tree_registry.hpp"
#include "engine/document_analyzer.hpp"
#include "text/normalized_text.hpp"

namespace vane::testing {

struct ServedLanguages {
  engine::DocumentAnalyzer analyzer{build_tree_registry(), {}};
  const langid::LanguageIdentifier* identifier = &analyzer.identifier();

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
