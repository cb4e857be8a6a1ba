#include "eval/gold_document.hpp"

#include <fstream>

#include <catch2/catch.hpp>

#include "../test_paths.hpp"

TEST_CASE("every gold corpus file loads and every claim sentence is located", "[eval]") {
  for (const char* lang : {"en", "fr", "it", "nl"}) {
    for (const char* split : {"dev", "test"}) {
      const auto path = vane::testing::source_dir() / "corpora" / lang / split / "gold.jsonl";
      const auto docs = vane::eval::load_gold(path);
      INFO(path.string());
      REQUIRE(docs);
      CHECK(docs->size() >= 30);
      for (const auto& doc : *docs) {
        CHECK(doc.lang == lang);
        for (const auto& claim : doc.claims) {
          CHECK(doc.text.substr(claim.span.begin, claim.span.end - claim.span.begin) == claim.sentence);
        }
      }
    }
  }
}

TEST_CASE("a gold claim whose sentence is not in the text is an error naming the line", "[eval]") {
  const auto path = std::filesystem::temp_directory_path() / "vane_bad_gold.jsonl";
  std::ofstream(path) << R"({"id": "x", "text": "abc", "gold": {"lang": "en", "push_pull": "none", "inbound_outbound": "none", "channels": [], "claims": [{"sentence": "zzz", "kind": "roi", "polarity": "neutral"}]}})"
                      << "\n";
  const auto docs = vane::eval::load_gold(path);
  REQUIRE_FALSE(docs);
  CHECK_THAT(docs.status().message, Catch::Contains(":1:"));
  std::filesystem::remove(path);
}
