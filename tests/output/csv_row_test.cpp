#include "output/csv_row.hpp"

#include <catch2/catch.hpp>

using vane::output::CsvRow;

TEST_CASE("CSV fields are quoted exactly when RFC 4180 needs it", "[output]") {
  std::string out;
  CsvRow(out).field("plain").field("a,b").field("say \"hi\"").field("two\nlines").field("cr\rhere").end();
  CHECK(out == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
}

TEST_CASE("absent CSV values are empty fields; numbers round-trip with a dot", "[output]") {
  std::string out;
  CsvRow row(out);
  row.optional_field(std::nullopt).number(std::nullopt).integer(std::nullopt).end();
  CHECK(out == ",,\r\n");
  out.clear();
  row.number(0.8123).number(1500.5).number(0.0).integer(-12).optional_field(std::string("x")).end();
  CHECK(out == "0.8123,1500.5,0,-12,x\r\n");
}

TEST_CASE("an empty and a single CSV field still make a line", "[output]") {
  std::string out;
  CsvRow(out).field("").end();
  CHECK(out == "\r\n");
  out.clear();
  CsvRow(out).field("\"").end();
  CHECK(out == "\"\"\"\"\r\n");
}
