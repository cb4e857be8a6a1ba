#include "text/normalized_text.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "text/utf8.hpp"

using vane::text::NormalizedText;
using vane::text::normalize_for_matching;

namespace {

NormalizedText normalized(std::string_view original) {
  NormalizedText norm;
  normalize_for_matching(original, norm);
  return norm;
}

// Original text of folded bytes [fbegin, fend).
std::string original_of(std::string_view original, const NormalizedText& norm,
                        std::size_t fbegin, std::size_t fend) {
  const auto [begin, end] = norm.to_original(fbegin, fend);
  return std::string(original.substr(begin, end - begin));
}

bool is_boundary(std::string_view text, std::size_t offset) {
  return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

// Every folded byte maps to a non-empty, in-bounds, code-point-aligned range;
// ranges never go backwards.
void check_map(std::string_view original, const NormalizedText& norm) {
  REQUIRE(norm.original_size == original.size());
  REQUIRE(norm.origin_begin.size() == norm.folded.size());
  REQUIRE(norm.origin_end.size() == norm.folded.size());
  for (std::size_t i = 0; i < norm.folded.size(); ++i) {
    INFO("folded byte " << i);
    REQUIRE(norm.origin_begin[i] < norm.origin_end[i]);
    REQUIRE(norm.origin_end[i] <= original.size());
    REQUIRE(is_boundary(original, norm.origin_begin[i]));
    REQUIRE(is_boundary(original, norm.origin_end[i]));
    if (i > 0) {
      REQUIRE(norm.origin_begin[i - 1] <= norm.origin_begin[i]);
      REQUIRE(norm.origin_end[i - 1] <= norm.origin_end[i]);
    }
  }
}

}  // namespace

TEST_CASE("the header example", "[text][normalize]") {
  const std::string original = "L’Outbound É";
  const NormalizedText norm = normalized(original);
  CHECK(norm.folded == "l'outbound é");
  CHECK(original_of(original, norm, 0, 2) == "L’");
  CHECK(original_of(original, norm, 2, 10) == "Outbound");
  CHECK(original_of(original, norm, 11, norm.folded.size()) == "É");
  check_map(original, norm);
}

TEST_CASE("ASCII is lower-cased byte for byte", "[text][normalize]") {
  const std::string original = "HELLO World, SEO & ROI: 30% in 2024! [x]{y}_z~";
  const NormalizedText norm = normalized(original);
  CHECK(norm.folded == "hello world, seo & roi: 30% in 2024! [x]{y}_z~");
  for (std::size_t i = 0; i < original.size(); ++i) {
    REQUIRE(norm.origin_begin[i] == i);
    REQUIRE(norm.origin_end[i] == i + 1);
  }
}

TEST_CASE("combining sequences compose and map to every original code point",
          "[text][normalize]") {
  SECTION("e + U+0301 after ASCII") {
    const std::string original = "Cafe\xCC\x81 ok";  // "Cafe" + COMBINING ACUTE
    const NormalizedText norm = normalized(original);
    CHECK(norm.folded == "café ok");
    // "é" is two folded bytes; both map to "e" + U+0301, three original bytes.
    CHECK(original_of(original, norm, 3, 5) == "e\xCC\x81");
    CHECK(original_of(original, norm, 0, 5) == "Cafe\xCC\x81");
    CHECK(original_of(original, norm, 0, 3) == "Caf");
    check_map(original, norm);
  }
  SECTION("upper-case decomposed letters with several marks") {
    const std::string original = "E\xCC\x81\xCC\xA3X A\xCC\x80";  // É + dot below, X, À
    const NormalizedText norm = normalized(original);
    CHECK(norm.folded == "\xE1\xBA\xB9\xCC\x81x \xC3\xA0");  // ẹ + acute (canonical order), x, à
    check_map(original, norm);
    CHECK(original_of(original, norm, 0, 1) == "E\xCC\x81\xCC\xA3");
  }
  SECTION("a mark at the very start stays a segment of its own") {
    const std::string original = "\xCC\x81" "abc";
    const NormalizedText norm = normalized(original);
    CHECK(norm.folded == original);
    check_map(original, norm);
  }
}

TEST_CASE("full case folding", "[text][normalize]") {
  CHECK(normalized("STRASSE Straße").folded == "strasse strasse");
  CHECK(normalized("ΣΊΣΥΦΟΣ σίσυφος").folded == "σίσυφοσ σίσυφοσ");
  CHECK(normalized("ÀÉÎÕÜ ÇÑ").folded == "àéîõü çñ");
  CHECK(normalized("ПРИВЕТ").folded == "привет");
  CHECK(normalized("İ").folded == "i\xCC\x87");
  // Ligature presentation forms have full case foldings of their own
  // (CaseFolding.txt: FB01; F; 0066 0069), so they fold like the letters.
  CHECK(normalized("ﬁnanza").folded == "finanza");
  // Folding output is recomposed: U+01F0 folds to j + U+030C, NFC gives it back.
  CHECK(normalized("\xC7\xB0").folded == "\xC7\xB0");
  const std::string original = "Straße";
  const NormalizedText norm = normalized(original);
  CHECK(original_of(original, norm, 4, 6) == "ß");  // both "s" of "ss" map to "ß"
  check_map(original, norm);
}

TEST_CASE("compatibility characters are kept", "[text][normalize]") {
  // NBSP, NARROW NO-BREAK SPACE and THIN SPACE carry number formats.
  CHECK(normalized("1\xC2\xA0" "500").folded == "1\xC2\xA0" "500");
  CHECK(normalized("1\xE2\x80\xAF" "500").folded == "1\xE2\x80\xAF" "500");
  CHECK(normalized("30\xE2\x80\x89%").folded == "30\xE2\x80\x89%");
  // No NFKC: superscripts, circled digits, fullwidth letters and the trade
  // mark sign stay (fullwidth letters still case-fold to fullwidth).
  CHECK(normalized("m² ① ™ ＡＢ").folded == "m² ① ™ ａｂ");
  CHECK(normalized("ĳ œ").folded == "ĳ œ");
}

TEST_CASE("apostrophes and hyphens fold to ASCII", "[text][normalize]") {
  const std::string original = "l’a l‘b lʼc l＇d e‐mail e‑mail – —";
  const NormalizedText norm = normalized(original);
  CHECK(norm.folded == "l'a l'b l'c l'd e-mail e-mail – —");  // dashes are not hyphens
  CHECK(original_of(original, norm, 1, 2) == "’");
  check_map(original, norm);
}

TEST_CASE("emoji and other scripts pass through with exact maps", "[text][normalize]") {
  const std::string original = "Go 😀 👩‍💻 中文 テスト עברית";
  const NormalizedText norm = normalized(original);
  CHECK(norm.folded == "go 😀 👩‍💻 中文 テスト עברית");
  CHECK(original_of(original, norm, 3, 7) == "😀");
  check_map(original, norm);
}

TEST_CASE("to_original at the edges", "[text][normalize]") {
  const std::string original = "Ab";
  const NormalizedText norm = normalized(original);
  CHECK(norm.to_original(2, 2) == std::pair<std::size_t, std::size_t>{2, 2});
  CHECK(norm.to_original(1, 1) == std::pair<std::size_t, std::size_t>{1, 1});
  CHECK(norm.to_original(0, 99) == std::pair<std::size_t, std::size_t>{0, 2});
  const NormalizedText empty = normalized("");
  CHECK(empty.folded.empty());
  CHECK(empty.to_original(0, 0) == std::pair<std::size_t, std::size_t>{0, 0});
}

TEST_CASE("reusing the output replaces its contents", "[text][normalize]") {
  NormalizedText norm;
  normalize_for_matching("A long first document, Ünïcödé and all.", norm);
  normalize_for_matching("Zz", norm);
  CHECK(norm.folded == "zz");
  CHECK(norm.origin_begin.size() == 2u);
  CHECK(norm.original_size == 2u);
}

TEST_CASE("property: random tricky strings fold stably with monotone maps",
          "[text][normalize][property]") {
  const std::vector<std::string> pool = {
      "a", "Z", "e", "E", " ", "é", "É", "\xCC\x81", "\xCC\xA3", "ß", "İ", "ﬁ", "’", "'",
      "‐", "-", "\xC2\xA0", "\xE2\x80\xAF", "7", ".", ",", "😀", "👩‍💻", "中", "Σ", "ǰ", "ŉ"};
  std::mt19937 rng(2024);
  for (int round = 0; round < 2000; ++round) {
    std::string original;
    const int length = static_cast<int>(rng() % 16);
    for (int k = 0; k < length; ++k) original += pool[rng() % pool.size()];
    INFO("input: " << original);
    const NormalizedText norm = normalized(original);
    REQUIRE_FALSE(vane::text::find_invalid_utf8(norm.folded));
    check_map(original, norm);
    // Folding the folded view changes nothing: lexicon terms folded the same
    // way meet document text on equal terms.
    REQUIRE(normalized(norm.folded).folded == norm.folded);
  }
}
