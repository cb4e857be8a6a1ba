// One short text analysed with the shipped plugins, as `vane analyze` reads
// it, for the engine tests that assert on the record. The analyzer is built
// once and shared by every test of the binary.
//
//   const auto record = vane::testing::analyze_text("it", "Seguici su WhatsApp.");
//   CHECK(record.channels.front().id == "social_media");
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "../build_tree_registry.hpp"
#include "engine/document_analyzer.hpp"
#include "engine/scratch.hpp"

namespace vane::testing {

// `lang` is the document's language hint; the record must be `ok`.
inline engine::Record analyze_text(const std::string& lang, const std::string& text) {
  static const engine::DocumentAnalyzer analyzer(build_tree_registry(), {});
  engine::Scratch scratch;
  io::RawDoc doc;
  doc.id = "engine-test";
  doc.lang_hint = lang;
  doc.text = std::make_shared<const std::string>(text);
  auto record = analyzer.analyze(doc, scratch);
  REQUIRE(record.status == engine::RecordStatus::ok);
  return record;
}

}  // namespace vane::testing
