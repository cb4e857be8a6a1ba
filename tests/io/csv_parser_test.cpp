#include "io/csv_parser.hpp"

#include <sstream>

#include <catch2/catch.hpp>

using vane::io::CsvParser;
using vane::io::CsvRow;

namespace {

std::vector<CsvRow> parse(const std::string& input, char delimiter = ',', std::size_t max_field = 1000) {
  std::istringstream in(input);
  CsvParser parser(in, delimiter, max_field);
  std::vector<CsvRow> rows;
  while (auto row = parser.next()) rows.push_back(std::move(*row));
  return rows;
}

using Fields = std::vector<std::string>;

}  // namespace

TEST_CASE("RFC 4180: quoted delimiters, newlines and doubled quotes", "[io][csv]") {
  const auto rows = parse(
      "id,text\r\n"
      "a,\"Save 30%, today\"\r\n"
      "b,\"Line one\nline two\"\r\n"
      "c,\"The \"\"inbound\"\" way\"\n"
      "d,\"\"\n"
      "e,\n"
      "f,last row without newline");
  REQUIRE(rows.size() == 7);
  CHECK(rows[0].fields == Fields{"id", "text"});
  CHECK(rows[1].fields == Fields{"a", "Save 30%, today"});
  CHECK(rows[2].fields == Fields{"b", "Line one\nline two"});
  CHECK(rows[3].fields == Fields{"c", "The \"inbound\" way"});
  CHECK(rows[4].fields == Fields{"d", ""});
  CHECK(rows[5].fields == Fields{"e", ""});
  CHECK(rows[6].fields == Fields{"f", "last row without newline"});
  // Physical line numbers: the row after the quoted newline starts on line 4.
  CHECK(rows[0].line == 1);
  CHECK(rows[2].line == 3);
  CHECK(rows[3].line == 5);
  CHECK(rows[6].line == 8);
  for (const auto& row : rows) CHECK(row.error.is_ok());
}

TEST_CASE("blank lines are not rows, and a quote inside an unquoted field is a character", "[io][csv]") {
  const auto rows = parse("id,text\n\n\r\na,\"x\"\n\nb,27\" screen\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].fields == Fields{"a", "x"});
  CHECK(rows[1].line == 4);
  CHECK(rows[2].fields == Fields{"b", "27\" screen"});
  CHECK(rows[2].line == 6);
}

TEST_CASE("text after a closing quote is a malformed row and parsing resumes", "[io][csv]") {
  const auto rows = parse("id,text\na,\"fine\"\nb,\"bad\"x,more\nc,ok\n");
  REQUIRE(rows.size() == 4);
  CHECK(rows[2].error.code == "malformed_row");
  CHECK(rows[2].line == 3);
  CHECK_THAT(rows[2].error.message, Catch::Contains("line 3"));
  CHECK(rows[3].fields == Fields{"c", "ok"});
  CHECK(rows[3].error.is_ok());
}

TEST_CASE("an unterminated quote is one malformed row naming where it opened", "[io][csv]") {
  const auto rows = parse("id,text\na,ok\nb,\"never closed\nc,swallowed\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[2].error.code == "malformed_row");
  CHECK(rows[2].line == 3);
  CHECK_THAT(rows[2].error.message, Catch::Contains("unterminated") && Catch::Contains("line 3"));
}

TEST_CASE("TSV uses the same rules with tabs", "[io][csv]") {
  const auto rows = parse("id\ttext\nx\ta, b, c\ny\t\"tab\there\"\n", '\t');
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].fields == Fields{"x", "a, b, c"});
  CHECK(rows[2].fields == Fields{"y", "tab\there"});
}

TEST_CASE("a field over the limit makes its row too_large without keeping it", "[io][csv]") {
  const auto rows = parse("id,text\na," + std::string(50, 'x') + "\nb,short\n", ',', 10);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].error.code == "too_large");
  CHECK(rows[1].fields.at(1).size() == 10);
  CHECK(rows[2].error.is_ok());
}

TEST_CASE("rows longer than a read block are parsed whole", "[io][csv]") {
  const std::string big(3 << 20, 'y');
  const auto rows = parse("id,text\na,\"" + big + "\"\nb,end\n", ',', 4 << 20);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].fields.at(1) == big);
  CHECK(rows[2].fields == Fields{"b", "end"});
}
