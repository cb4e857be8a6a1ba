#include "report/results_reader.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

using vane::report::ResultLine;
using vane::report::ResultsReader;

namespace {

std::vector<ResultLine> read_all(const std::string& text, std::size_t max_line = ResultsReader::kMaxLineBytes) {
  std::istringstream in(text);
  ResultsReader reader(in, "results.jsonl", max_line);
  std::vector<ResultLine> lines;
  while (auto line = reader.next()) lines.push_back(std::move(*line));
  return lines;
}

}  // namespace

TEST_CASE("results reader returns records and names malformed lines by file and line", "[report]") {
  const auto lines = read_all(
      R"({"id":"a","status":"ok","schema_version":1})"
      "\n"
      R"({"id":"b","status":)"
      "\n"
      "\n"
      R"({"id":"c","status":"error","error":{"code":"invalid_utf8","message":"m"}})"
      "\n");
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].problem.empty());
  CHECK(lines[0].number == 1);
  CHECK(lines[0].record["id"] == "a");
  CHECK(lines[1].record.is_null());
  CHECK(lines[1].problem.rfind("results.jsonl:2: not valid JSON", 0) == 0);
  // The blank line 3 is skipped silently; numbering still counts it.
  CHECK(lines[2].problem.empty());
  CHECK(lines[2].number == 4);
  CHECK(lines[2].record["error"]["code"] == "invalid_utf8");
}

TEST_CASE("results reader rejects JSON that is not a vane record", "[report]") {
  const auto lines = read_all("[1,2]\n{\"id\":\"x\"}\n{\"id\":7,\"status\":\"ok\"}\n");
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].problem == "results.jsonl:1: expected a record object, got array");
  CHECK(lines[1].problem == "results.jsonl:2: not a vane record (no string \"status\" field)");
  CHECK(lines[2].problem == "results.jsonl:3: not a vane record (no string \"id\" field)");
}

TEST_CASE("results reader reports a line over the limit instead of reading it", "[report]") {
  const std::string long_line = R"({"id":"long","status":"ok","pad":")" + std::string(200, 'x') + "\"}";
  const auto lines = read_all(long_line + "\n" + R"({"id":"next","status":"empty"})" + "\n", 64);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].problem.find("results.jsonl:1: line of") == 0);
  CHECK(lines[1].problem.empty());
  CHECK(lines[1].record["id"] == "next");
}
