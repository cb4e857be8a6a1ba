#include "io/charset_decoder.hpp"

#include <random>

#include <catch2/catch.hpp>

#include "input_test_support.hpp"

using vane::io::CharsetPolicy;
using vane::io::decode_to_utf8;
using vane::io::detect_charset;
using vane::io::Utf8Converter;

namespace {

vane::Expected<vane::io::Charset> detect(const std::string& bytes, bool whole = true,
                                         CharsetPolicy policy = CharsetPolicy::detect) {
  return detect_charset(bytes, whole, policy, /*markup=*/false, "in.txt");
}

std::string read_fixture(const std::string& name) {
  std::ifstream in(vane::testing::io_fixture(name), std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("byte order marks decide the charset before anything else", "[io][charset]") {
  auto utf8 = detect("\xEF\xBB\xBFHello");
  REQUIRE(utf8);
  CHECK(utf8->is_utf8());
  CHECK(utf8->bom_bytes == 3);
  auto le = detect(std::string("\xFF\xFEH\0i\0", 6));
  REQUIRE(le);
  CHECK(le->name == "UTF-16LE");
  CHECK(le->bom_bytes == 2);
  auto be = detect(std::string("\xFE\xFF\0H\0i", 6), true, CharsetPolicy::bom_only);
  REQUIRE(be);
  CHECK(be->name == "UTF-16BE");
}

TEST_CASE("valid UTF-8 is UTF-8 without asking the detector", "[io][charset]") {
  for (const std::string text : {"plain ASCII newsletter", "Café crème, 20 € de remise, “gratuit”", ""}) {
    auto charset = detect(text);
    REQUIRE(charset);
    CHECK(charset->is_utf8());
    CHECK(charset->bom_bytes == 0);
  }
  // A head cut inside a character is still UTF-8 when more input follows...
  const std::string cut = std::string("Prix : 20 ") + std::string("\xE2\x82", 2);
  CHECK(detect(cut, /*whole=*/false)->is_utf8());
  // ...but not when it is the whole input.
  CHECK_FALSE(detect(cut, /*whole=*/true)->is_utf8());
}

TEST_CASE("Windows-1252 and Latin-1 are detected and converted", "[io][charset]") {
  const auto decoded = decode_to_utf8(read_fixture("promo-windows1252.txt"), false, "promo");
  REQUIRE(decoded);
  CHECK(decoded->charset.name == "windows-1252");
  CHECK(vane::io::encoding_label(decoded->charset) == "windows-1252");
  CHECK_THAT(decoded->text, Catch::StartsWith("Offre spéciale : économisez 20 € sur votre première campagne"));
  CHECK_THAT(decoded->text, Catch::Contains("“Nos clients ont doublé leurs ventes” — essayez"));

  const auto latin1 = decode_to_utf8("Il nostro caff\xE8 \xE8 il migliore: prova la newsletter gratuita. Perch\xE9 aspettare?",
                                     false, "it");
  REQUIRE(latin1);
  CHECK(latin1->charset.name == "ISO-8859-1");
  CHECK(latin1->text == "Il nostro caffè è il migliore: prova la newsletter gratuita. Perché aspettare?");
}

TEST_CASE("NUL bytes are binary input, and noise is an unknown encoding", "[io][charset]") {
  auto binary = detect(std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0", 11));
  REQUIRE_FALSE(binary);
  CHECK(binary.status().code == "binary_input");
  CHECK_THAT(binary.status().message, Catch::StartsWith("in.txt"));

  // UTF-16 without a BOM is not guessed: its NULs make it binary.
  CHECK(detect(std::string("H\0e\0l\0l\0o\0", 10)).status().code == "binary_input");

  std::mt19937 random(7);
  std::string noise;
  for (int i = 0; i < 300; ++i) noise.push_back(static_cast<char>(0x80 + random() % 0x80));
  auto unknown = detect(noise);
  REQUIRE_FALSE(unknown);
  CHECK(unknown.status().code == "unknown_encoding");
}

TEST_CASE("bom_only policy leaves everything but a BOM alone", "[io][charset]") {
  auto latin1 = detect("caf\xE9", true, CharsetPolicy::bom_only);
  REQUIRE(latin1);
  CHECK(latin1->is_utf8());
  auto nul = detect(std::string("a\0b", 3), true, CharsetPolicy::bom_only);
  REQUIRE(nul);
  CHECK(nul->is_utf8());
}

TEST_CASE("the converter gives the same UTF-8 whatever the chunk boundaries", "[io][charset]") {
  const std::string utf16 = read_fixture("newsletter-utf16le.txt").substr(2);
  std::string whole;
  Utf8Converter one("UTF-16LE");
  one.convert(utf16, true, whole);
  REQUIRE(one.ok());
  CHECK(whole == "Iscriviti alla nostra newsletter: ogni settimana consigli per aumentare le vendite del 20%.\n");

  for (const std::size_t chunk : {1u, 3u, 7u}) {
    Utf8Converter converter("UTF-16LE");
    std::string out;
    for (std::size_t at = 0; at < utf16.size(); at += chunk) {
      const bool last = at + chunk >= utf16.size();
      converter.convert(std::string_view(utf16).substr(at, chunk), last, out);
    }
    CHECK(out == whole);
  }
}

TEST_CASE("an unknown converter name is an error, not a crash", "[io][charset]") {
  Utf8Converter converter("no-such-charset-x");
  CHECK_FALSE(converter.ok());
  std::string out;
  converter.convert("abc", true, out);
  CHECK(out.empty());
}
