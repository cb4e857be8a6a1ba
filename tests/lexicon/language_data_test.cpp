#include "lexicon/language_data.hpp"

#include <fstream>

#include <catch2/catch.hpp>

#include "../test_paths.hpp"

namespace fs = std::filesystem;

TEST_CASE("every shipped plugin's language data loads", "[lexicon]") {
  for (const char* code : {"en", "fr", "it", "nl"}) {
    const auto data = vane::lexicon::load_language_data(vane::testing::source_dir() / "plugins" / code, code);
    INFO(code);
    REQUIRE(data);
    CHECK(data->code == code);
    CHECK_FALSE(data->stemmer.empty());
    CHECK(data->stopwords.size() > 100);
  }
  const auto it = vane::lexicon::load_language_data(vane::testing::source_dir() / "plugins" / "it", "it");
  REQUIRE(it);
  CHECK(it->numbers.decimal_separator == ",");
  CHECK(std::count(it->tokenizer.elision_prefixes.begin(), it->tokenizer.elision_prefixes.end(), "dell'") == 1);
  CHECK(it->stopwords.count("dell") == 1);  // apostrophe stripped
}

TEST_CASE("language data errors name the file and the field", "[lexicon]") {
  const fs::path dir = fs::temp_directory_path() / "vane_lang_data_test";
  fs::create_directories(dir);
  std::ofstream(dir / "lang.json") << R"({"code": "xx", "stemmer": "english", "elision_prefixes": ["l"]})";
  auto data = vane::lexicon::load_language_data(dir, "xx");
  REQUIRE_FALSE(data);
  CHECK_THAT(data.status().message, Catch::Contains("elision_prefixes"));

  std::ofstream(dir / "lang.json") << R"({"code": "yy", "stemmer": "english"})";
  data = vane::lexicon::load_language_data(dir, "xx");
  REQUIRE_FALSE(data);
  CHECK_THAT(data.status().message, Catch::Contains("\"code\""));

  std::ofstream(dir / "lang.json") << "{ not json";
  data = vane::lexicon::load_language_data(dir, "xx");
  REQUIRE_FALSE(data);
  CHECK_THAT(data.status().message, Catch::Contains("lang.json"));
  fs::remove_all(dir);
}
