#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <random>
#include <string>

using vane::text::CodePointIndex;
using vane::text::count_code_points;
using vane::text::find_invalid_utf8;

namespace {

// Reference: counts lead bytes one at a time.
std::size_t naive_code_points(std::string_view text, std::size_t byte_end) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < byte_end; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

// Reference validator written the other way round from the real one:
// decode the value, then reject overlongs, surrogates and > U+10FFFF.
std::optional<std::size_t> reference_invalid_offset(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                         : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return i;
    std::uint32_t value = length == 1 ? lead : lead & (0xFFu >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
      const auto byte = static_cast<unsigned char>(text[i + k]);
      if ((byte & 0xC0) != 0x80) return i;
      value = (value << 6) | (byte & 0x3Fu);
    }
    const std::uint32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < minimum[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
      return i;
    }
    i += length;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("valid UTF-8 of every length is accepted", "[text][utf8]") {
  CHECK_FALSE(find_invalid_utf8(""));
  CHECK_FALSE(find_invalid_utf8("plain ascii, longer than eight bytes"));
  CHECK_FALSE(find_invalid_utf8("caffè città perché"));             // 2-byte
  CHECK_FALSE(find_invalid_utf8("€ 1.500 — “quoted” 中文"));         // 3-byte
  CHECK_FALSE(find_invalid_utf8("emoji 😀 and 👩‍💻 flags 🇮🇹"));    // 4-byte
  CHECK_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF"));                // U+10FFFF, the last
  CHECK_FALSE(find_invalid_utf8("\xEF\xBF\xBF"));                    // U+FFFF noncharacter is valid
  CHECK_FALSE(find_invalid_utf8(std::string("nul\0inside", 10)));
}

TEST_CASE("invalid UTF-8 reports the offset of the first bad sequence", "[text][utf8]") {
  SECTION("position in the text") {
    CHECK(find_invalid_utf8("\xFFstart") == 0u);
    CHECK(find_invalid_utf8("middle of a longer ascii run\xFF after") == 28u);
    CHECK(find_invalid_utf8("città\x80") == 6u);                 // stray continuation at the end
    CHECK(find_invalid_utf8("0123456789abcdef\xC3") == 16u);      // truncated 2-byte at the end
  }
  SECTION("overlong forms") {
    CHECK(find_invalid_utf8("ab\xC0\xAF") == 2u);            // '/' in two bytes
    CHECK(find_invalid_utf8("ab\xC1\xBF") == 2u);
    CHECK(find_invalid_utf8("ab\xE0\x80\xAF") == 2u);        // '/' in three bytes
    CHECK(find_invalid_utf8("ab\xE0\x9F\xBF") == 2u);        // U+07FF in three bytes
    CHECK(find_invalid_utf8("ab\xF0\x80\x80\xAF") == 2u);    // '/' in four bytes
    CHECK(find_invalid_utf8("ab\xF0\x8F\xBF\xBF") == 2u);    // U+FFFF in four bytes
  }
  SECTION("surrogates and code points above U+10FFFF") {
    CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1u);         // U+D800
    CHECK(find_invalid_utf8("x\xED\xBF\xBF") == 1u);         // U+DFFF
    CHECK_FALSE(find_invalid_utf8("x\xED\x9F\xBF"));         // U+D7FF is fine
    CHECK(find_invalid_utf8("x\xF4\x90\x80\x80") == 1u);     // U+110000
    CHECK(find_invalid_utf8("x\xF5\x80\x80\x80") == 1u);
    CHECK(find_invalid_utf8("x\xFE") == 1u);
  }
  SECTION("truncated sequences") {
    CHECK(find_invalid_utf8("\xE2\x82") == 0u);              // "€" missing its last byte
    CHECK(find_invalid_utf8("ok \xF0\x9F\x98") == 3u);       // emoji missing a byte at the end
    CHECK(find_invalid_utf8("ok \xF0\x9F\x98 more") == 3u);  // ... and in the middle
    CHECK(find_invalid_utf8("\xC3 ") == 0u);
  }
}

TEST_CASE("count_code_points agrees with a byte-wise count", "[text][utf8]") {
  const std::string text = "L’Outbound dell’inbound: 30 % di ROI 😀 e\xCC\x81 中文 — fine.";
  CHECK(count_code_points(text) == naive_code_points(text, text.size()));
  CHECK(count_code_points("") == 0u);
  CHECK(count_code_points("😀") == 1u);
  CHECK(count_code_points("abcdefghijklmnopq") == 17u);
}

TEST_CASE("CodePointIndex maps byte offsets to code point offsets", "[text][utf8]") {
  SECTION("ASCII costs nothing and is the identity") {
    const CodePointIndex index("hello world");
    CHECK(index.code_points() == 11u);
    CHECK(index.to_code_points(0) == 0u);
    CHECK(index.to_code_points(5) == 5u);
    CHECK(index.to_code_points(11) == 11u);
  }
  SECTION("mixed text agrees with a naive count at every boundary") {
    const std::string text = "Perché 😀 e\xCC\x81 Ελληνικά 中文 ok";
    const CodePointIndex index(text);
    CHECK(index.code_points() == naive_code_points(text, text.size()));
    for (std::size_t byte = 0; byte <= text.size(); ++byte) {
      const bool boundary =
          byte == text.size() || (static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80;
      if (!boundary) continue;
      INFO("byte " << byte);
      CHECK(index.to_code_points(byte) == naive_code_points(text, byte));
    }
  }
  SECTION("random valid strings") {
    const std::vector<std::string> pieces = {"a", "Z", " ", "é", "€", "😀", "\xCC\x81", "中"};
    std::mt19937 rng(42);
    for (int round = 0; round < 200; ++round) {
      std::string text;
      const int length = static_cast<int>(rng() % 40);
      for (int k = 0; k < length; ++k) text += pieces[rng() % pieces.size()];
      REQUIRE_FALSE(find_invalid_utf8(text));
      const CodePointIndex index(text);
      REQUIRE(index.to_code_points(text.size()) == naive_code_points(text, text.size()));
      REQUIRE(count_code_points(text) == index.code_points());
    }
  }
}

TEST_CASE("random bytes: the offset matches a decode-and-check reference", "[text][utf8]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 5000; ++round) {
    std::string bytes;
    const int length = static_cast<int>(rng() % 24);
    for (int k = 0; k < length; ++k) {
      // Bias towards ASCII and continuation bytes so long valid prefixes occur.
      const unsigned choice = rng() % 4;
      const unsigned value = choice == 0   ? rng() % 0x80
                             : choice == 1 ? 0x80 + rng() % 0x40
                                           : rng() % 0x100;
      bytes.push_back(static_cast<char>(value));
    }
    INFO("round " << round);
    REQUIRE(find_invalid_utf8(bytes) == reference_invalid_offset(bytes));
  }
}
