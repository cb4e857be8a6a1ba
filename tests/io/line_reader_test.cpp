#include "io/line_reader.hpp"

#include <sstream>

#include <catch2/catch.hpp>

using vane::io::LineReader;

TEST_CASE("LineReader yields each line with its number", "[io]") {
  std::istringstream in("first\r\nsecond\n\nlast without newline");
  LineReader lines(in, 1000);
  std::vector<std::pair<std::size_t, std::string>> got;
  while (auto line = lines.next()) got.emplace_back(line->number, std::string(line->text));
  REQUIRE(got.size() == 4);
  CHECK(got[0] == std::make_pair(std::size_t{1}, std::string("first")));
  CHECK(got[1].second == "second");
  CHECK(got[2].second.empty());
  CHECK(got[3] == std::make_pair(std::size_t{4}, std::string("last without newline")));
}

TEST_CASE("LineReader caps a long line without holding it", "[io]") {
  const std::string huge(3u << 20, 'x');  // 3 MiB: spans several read blocks
  std::istringstream in("short\n" + huge + "\nafter\n");
  LineReader lines(in, 1024);
  REQUIRE(lines.next()->text == "short");
  auto b = lines.next();
  REQUIRE(b);
  CHECK(b->truncated);
  CHECK(b->full_length == huge.size());
  CHECK(b->text.size() == 1024);
  auto c = lines.next();
  REQUIRE(c);
  CHECK(c->text == "after");
  CHECK(c->number == 3);
  CHECK_FALSE(lines.next());
}

TEST_CASE("LineReader on empty input yields nothing", "[io]") {
  std::istringstream in("");
  LineReader lines(in, 10);
  CHECK_FALSE(lines.next());
}
