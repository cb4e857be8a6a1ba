#include "io/jsonl_reader.hpp"

#include <sstream>

#include <catch2/catch.hpp>

using vane::io::JsonlReader;
using vane::io::RawDoc;

namespace {

std::vector<RawDoc> read_all(const std::string& input, vane::io::ReaderOptions options = {}) {
  std::istringstream in(input);
  JsonlReader reader(in, "in.jsonl", options);
  std::vector<RawDoc> docs;
  while (auto doc = reader.next(docs.size())) docs.push_back(std::move(*doc));
  return docs;
}

}  // namespace

TEST_CASE("JsonlReader turns every line into one document", "[io]") {
  const std::string input =
      R"({"id": "a", "text": "Hello", "lang": "en"})" "\n"
      R"({"id": 7, "text": "numeric id"})" "\n"
      R"({"text": "no id"})" "\n"
      "{not json\n"
      "\n"
      R"({"id": "m"})" "\n"
      R"({"id": "n", "text": 42})" "\n"
      R"(["an", "array"])" "\n";
  const auto docs = read_all(input);
  REQUIRE(docs.size() == 8);
  for (std::size_t i = 0; i < docs.size(); ++i) CHECK(docs[i].seq == i);

  CHECK(docs[0].id == "a");
  CHECK(*docs[0].text == "Hello");
  CHECK(docs[0].lang_hint == "en");
  CHECK(docs[0].input_error.is_ok());
  CHECK(docs[1].id == "7");
  CHECK(docs[2].id == "in.jsonl:3");
  CHECK(docs[3].input_error.code == "malformed_json");
  CHECK_THAT(docs[3].input_error.message, Catch::Contains("line 4"));
  CHECK(docs[4].input_error.code == "blank_line");
  CHECK(docs[5].input_error.code == "missing_text");
  CHECK(docs[5].id == "m");
  CHECK(docs[6].input_error.code == "invalid_text");
  CHECK(docs[7].input_error.code == "malformed_json");
}

TEST_CASE("JsonlReader reports invalid UTF-8 with the id and byte offset", "[io]") {
  const std::string line = "{\"id\": \"bad\", \"text\": \"ab\xC3\x28\"}";
  const auto docs = read_all(line + "\n");
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].id == "bad");
  CHECK(docs[0].input_error.code == "invalid_utf8");
  CHECK(docs[0].input_error.offset == line.find('\xC3'));
}

TEST_CASE("JsonlReader enforces the size limit on text and on the line", "[io]") {
  vane::io::ReaderOptions options;
  options.max_text_bytes = 10;
  const auto docs = read_all(R"({"id": "big", "text": "0123456789A"})" "\n" R"({"id": "ok", "text": "0123456789"})" "\n" +
                                 std::string(70000, 'x') + "\n",
                             options);
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].input_error.code == "too_large");
  CHECK(docs[0].id == "big");
  CHECK(docs[1].input_error.is_ok());
  CHECK(docs[2].input_error.code == "too_large");  // a line longer than any valid one
}

TEST_CASE("JsonlReader keeps requested fields under meta", "[io]") {
  vane::io::ReaderOptions options;
  options.keep_fields = {"url", "missing"};
  auto docs = read_all(R"({"id": "a", "text": "x", "url": "https://e.it", "other": 1})" "\n", options);
  CHECK(docs[0].meta_json == R"({"url":"https://e.it"})");
  options.keep_fields = {"*"};
  docs = read_all(R"({"id": "a", "text": "x", "url": "u", "other": 1})" "\n", options);
  CHECK(docs[0].meta_json == R"({"other":1,"url":"u"})");
}

TEST_CASE("JsonlReader counts the bytes each document used up and shifts line numbers", "[io]") {
  vane::io::ReaderOptions options;
  options.line_offset = 100;  // a shard starting after line 100 of the whole input
  const auto docs = read_all(R"({"id": "a", "text": "Hi"})" "\n{oops\n\n", options);
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].input_bytes == 26);  // the line and its newline
  CHECK(docs[1].input_bytes == 6);
  CHECK(docs[2].input_bytes == 1);
  CHECK(docs[1].id == "in.jsonl:102");
  CHECK_THAT(docs[1].input_error.message, Catch::StartsWith("line 102 of in.jsonl:"));
  CHECK(docs[2].id == "in.jsonl:103");
}
