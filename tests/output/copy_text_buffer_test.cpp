#include "output/copy_text_buffer.hpp"

#include <catch2/catch.hpp>

using vane::output::CopyTextBuffer;
using vane::output::postgres_safe_text;

TEST_CASE("COPY text rows separate fields by tabs and end with a newline", "[output]") {
  CopyTextBuffer rows;
  CHECK(rows.empty());
  rows.field(std::string_view("doc-1")).field(std::int64_t{-42}).field(std::string_view("")).end_row();
  rows.field(std::string_view("doc-2")).field(std::int64_t{0}).field(std::string_view("x")).end_row();
  CHECK(rows.text() == "doc-1\t-42\t\ndoc-2\t0\tx\n");
  rows.clear();
  CHECK(rows.empty());
  rows.field(std::string_view("a")).end_row();
  CHECK(rows.text() == "a\n");
}

TEST_CASE("COPY text escapes backslash, tab, newline and carriage return", "[output]") {
  CopyTextBuffer rows;
  rows.field(std::string_view("a\\b\tc\nd\re \\N")).end_row();
  CHECK(rows.text() == "a\\\\b\\tc\\nd\\re \\\\N\n");
}

TEST_CASE("COPY text writes absent values as \\N, distinct from empty text", "[output]") {
  CopyTextBuffer rows;
  rows.field(std::optional<std::string>()).field(std::optional<std::string>("")).field(std::optional<double>())
      .field(std::optional<std::int64_t>()).field(std::optional<std::int64_t>(7)).end_row();
  CHECK(rows.text() == "\\N\t\t\\N\t\\N\t7\n");
}

TEST_CASE("COPY text writes doubles that read back exactly, specials as PostgreSQL spells them", "[output]") {
  CopyTextBuffer rows;
  rows.field(0.1234).field(300.0).field(1e-7).field(std::numeric_limits<double>::infinity())
      .field(-std::numeric_limits<double>::infinity()).field(std::numeric_limits<double>::quiet_NaN()).end_row();
  CHECK(rows.text() == "0.1234\t300\t1e-07\tInfinity\t-Infinity\tNaN\n");
}

TEST_CASE("text PostgreSQL cannot store gets U+FFFD: NUL and ill-formed UTF-8", "[output]") {
  CHECK(postgres_safe_text("ünïcode ✓") == "ünïcode ✓");
  CHECK(postgres_safe_text(std::string_view("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
  CHECK(postgres_safe_text("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
  CHECK(postgres_safe_text("cut \xC3") == "cut \xEF\xBF\xBD");
  CopyTextBuffer rows;
  rows.field(std::string_view("x\xFE\ty\0", 5)).end_row();
  CHECK(rows.text() == "x\xEF\xBF\xBD\\ty\xEF\xBF\xBD\n");
}
