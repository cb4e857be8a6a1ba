#include "io/input_format.hpp"

#include <catch2/catch.hpp>

using vane::io::format_for_extension;
using vane::io::InputFormat;
using vane::io::parse_input_format;

TEST_CASE("format names parse and print back", "[io]") {
  for (const auto& name : vane::io::input_format_names()) {
    const auto format = parse_input_format(name);
    REQUIRE(format);
    CHECK(std::string(to_string(*format)) == name);
  }
  CHECK(parse_input_format("auto") == InputFormat::automatic);
  CHECK_FALSE(parse_input_format("xml"));
  CHECK_FALSE(parse_input_format("CSV"));
}

TEST_CASE("a file's extension picks its format, case-insensitively", "[io]") {
  CHECK(format_for_extension("posts.jsonl") == InputFormat::jsonl);
  CHECK(format_for_extension("dump.NDJSON") == InputFormat::jsonl);
  CHECK(format_for_extension("blog/post.md") == InputFormat::text);
  CHECK(format_for_extension("a.TXT") == InputFormat::text);
  CHECK(format_for_extension("a.text") == InputFormat::text);
  CHECK(format_for_extension("ads.csv") == InputFormat::csv);
  CHECK(format_for_extension("ads.tsv") == InputFormat::tsv);
  CHECK(format_for_extension("ads.tab") == InputFormat::tsv);
  CHECK(format_for_extension("site/index.html") == InputFormat::html);
  CHECK(format_for_extension("old.HTM") == InputFormat::html);
  CHECK_FALSE(format_for_extension("report.docx"));
  CHECK_FALSE(format_for_extension("README"));
  CHECK_FALSE(format_for_extension("dir.txt/file"));
}
