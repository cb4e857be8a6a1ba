// Turns one input document into exactly one Record: validates it, picks its
// language, finds the plugin's LanguagePack, segments and stems it, and runs
// the analysis. Any failure becomes that document's error record.
//
//   vane::engine::DocumentAnalyzer analyzer(registry, {.forced_lang = ""});
//   vane::engine::Scratch scratch;                    // one per worker
//   vane::engine::Record r = analyzer.analyze(raw_doc, scratch);
//
// Immutable after construction and shared by all workers.
#pragma once

#include <string>

#include "engine/record.hpp"
#include "engine/scratch.hpp"
#include "io/raw_doc.hpp"
#include "langid/language_identifier.hpp"
#include "plugin_host/language_registry.hpp"

namespace vane::engine {

struct AnalyzerOptions {
  std::string forced_lang;  // --lang: skip detection and hints
};

class DocumentAnalyzer {
 public:
  DocumentAnalyzer(const plugin_host::LanguageRegistry& registry, AnalyzerOptions options);

  Record analyze(const io::RawDoc& doc, Scratch& scratch) const noexcept;

  const langid::LanguageIdentifier& identifier() const { return identifier_; }

 private:
  Record analyze_valid(const io::RawDoc& doc, Scratch& scratch) const;
  LanguageResult choose_language(const io::RawDoc& doc, const text::NormalizedText& norm) const;

  const plugin_host::LanguageRegistry& registry_;
  AnalyzerOptions options_;
  langid::LanguageIdentifier identifier_;
};

}  // namespace vane::engine
