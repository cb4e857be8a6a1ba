#include "lexicon/tsv_file.hpp"

#include <fstream>

#include <catch2/catch.hpp>

TEST_CASE("read_tsv skips comments and blank lines and keeps line numbers", "[lexicon]") {
  const auto path = std::filesystem::temp_directory_path() / "vane_tsv_test.tsv";
  std::ofstream(path) << "# header\n\nseo\tSEO\texact\r\n  \nblog\tblog post\tstem\n";
  const auto rows = vane::lexicon::read_tsv(path);
  REQUIRE(rows);
  REQUIRE(rows->size() == 2);
  CHECK((*rows)[0].line == 3);
  CHECK((*rows)[0].fields == std::vector<std::string>{"seo", "SEO", "exact"});
  CHECK((*rows)[1].line == 5);
  CHECK((*rows)[1].fields[1] == "blog post");
  std::filesystem::remove(path);
}

TEST_CASE("read_tsv reports missing files and invalid UTF-8 with the line", "[lexicon]") {
  CHECK(vane::lexicon::read_tsv("/nonexistent/x.tsv").status().code == "data_missing");
  const auto path = std::filesystem::temp_directory_path() / "vane_tsv_bad.tsv";
  std::ofstream(path) << "ok\n\xFF\xFE\n";
  const auto rows = vane::lexicon::read_tsv(path);
  REQUIRE_FALSE(rows);
  CHECK(rows.status().code == "data_invalid");
  CHECK_THAT(rows.status().message, Catch::Contains(":2:"));
  std::filesystem::remove(path);
}
