#include "io/reader_factory.hpp"

#include "io/html_text_extractor.hpp"

#include <sstream>

#include <catch2/catch.hpp>

#include "input_test_support.hpp"

using vane::io::InputFormat;
using vane::io::open_file_reader;
using vane::io::open_stream_reader;
using vane::io::RawDoc;
using vane::io::ReaderOptions;
using vane::testing::io_fixture;
using vane::testing::read_all;
using vane::testing::ScratchDir;

namespace {

std::vector<RawDoc> read_file(const std::string& path, InputFormat format, const ReaderOptions& options = {}) {
  auto reader = open_file_reader(path, "doc", format, options);
  return read_all(*reader);
}

}  // namespace

TEST_CASE("a text file is one document, its id the name given", "[io][text]") {
  ScratchDir dir("text");
  const auto path = dir.write("launch.md", "# Launch\n\nBook a demo today.\n");
  const auto docs = read_file(path.string(), InputFormat::text);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].id == "doc");
  CHECK(*docs[0].text == "# Launch\n\nBook a demo today.\n");
  CHECK(docs[0].input_error.is_ok());
  CHECK(docs[0].encoding.empty());
}

TEST_CASE("text files in other encodings are converted and say so", "[io][text][charset]") {
  const auto cp1252 = read_file(io_fixture("promo-windows1252.txt").string(), InputFormat::text);
  REQUIRE(cp1252.size() == 1);
  CHECK(cp1252[0].encoding == "windows-1252");
  CHECK_THAT(*cp1252[0].text, Catch::Contains("20 €") && Catch::Contains("“Nos clients ont doublé leurs ventes”") &&
                                  Catch::Contains("aujourd’hui"));

  const auto utf16 = read_file(io_fixture("newsletter-utf16le.txt").string(), InputFormat::text);
  REQUIRE(utf16.size() == 1);
  CHECK(utf16[0].encoding == "utf-16le");
  CHECK(*utf16[0].text ==
        "Iscriviti alla nostra newsletter: ogni settimana consigli per aumentare le vendite del 20%.\n");

  const auto bom = read_file(io_fixture("launch-utf8-bom.txt").string(), InputFormat::text);
  REQUIRE(bom.size() == 1);
  CHECK(bom[0].encoding.empty());  // UTF-8 with a BOM is UTF-8: nothing was converted
  CHECK_THAT(*bom[0].text, Catch::StartsWith("Launch week"));
}

TEST_CASE("binary files are one binary_input error, not garbage", "[io][text][charset]") {
  ScratchDir dir("binary");
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  for (int i = 0; i < 500; ++i) png.push_back(static_cast<char>(i * 37));
  const auto path = dir.write("logo.txt", png);
  for (const auto format : {InputFormat::text, InputFormat::html, InputFormat::csv}) {
    const auto docs = read_file(path.string(), format);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].input_error.code == "binary_input");
    CHECK(docs[0].id == "doc");
    CHECK(!docs[0].text);
  }
}

TEST_CASE("an unreadable file is one unreadable_input error naming it", "[io]") {
  const auto docs = read_file("/nonexistent/vane/missing.txt", InputFormat::text);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].input_error.code == "unreadable_input");
  CHECK_THAT(docs[0].input_error.message, Catch::Contains("/nonexistent/vane/missing.txt"));
  CHECK(docs[0].id == "doc");
}

TEST_CASE("text and HTML over --max-bytes are too_large", "[io][text]") {
  ScratchDir dir("large");
  ReaderOptions options;
  options.max_text_bytes = 16;
  const auto text = dir.write("big.txt", std::string(40, 'a'));
  CHECK(read_file(text.string(), InputFormat::text, options).at(0).input_error.code == "too_large");
  const auto html = dir.write("big.html", "<p>" + std::string(40, 'a') + "</p>");
  CHECK(read_file(html.string(), InputFormat::html, options).at(0).input_error.code == "too_large");
  // Markup does not count: a small text in much markup is fine.
  const auto styled = dir.write("styled.html", "<style>" + std::string(200, ' ') + "</style><p>Buy now</p>");
  const auto docs = read_file(styled.string(), InputFormat::html, options);
  CHECK(docs.at(0).input_error.is_ok());
  CHECK(*docs.at(0).text == "Buy now");
}

TEST_CASE("an HTML file is one document of visible text", "[io][html]") {
  const auto docs = read_file(io_fixture("landing.html").string(), InputFormat::html);
  REQUIRE(docs.size() == 1);
  CHECK_THAT(*docs[0].text, Catch::StartsWith("Content marketing that brings customers to you\n\n"));
  CHECK(docs[0].encoding.empty());
}

TEST_CASE("a Windows-1252 HTML page is detected ignoring its tags", "[io][html][charset]") {
  ScratchDir dir("html1252");
  const auto path = dir.write("offre.html",
                              "<html><head><title>Offre</title></head><body><p>Profitez de notre offre sp\xE9"
                              "ciale : 20 \x80 de r\xE9" "duction sur la publicit\xE9 en ligne.</p></body></html>");
  const auto docs = read_file(path.string(), InputFormat::html);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].encoding == "windows-1252");
  CHECK(*docs[0].text == "Profitez de notre offre spéciale : 20 € de réduction sur la publicité en ligne.");
}

TEST_CASE("JSON Lines: a UTF-16 BOM file is decoded, other bytes are left to the line checks", "[io][charset]") {
  ScratchDir dir("jsonl16");
  const std::u16string lines = u"{\"id\":\"a\",\"text\":\"Réservez votre démo\"}\n{\"id\":\"b\",\"text\":\"Gratis\"}\n";
  std::string bytes("\xFF\xFE", 2);
  for (const char16_t unit : lines) {
    bytes.push_back(static_cast<char>(unit & 0xFF));
    bytes.push_back(static_cast<char>(unit >> 8));
  }
  const auto path = dir.write("posts.jsonl", bytes);
  const auto docs = read_file(path.string(), InputFormat::jsonl);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].id == "a");
  CHECK(*docs[0].text == "Réservez votre démo");
  CHECK(docs[0].encoding == "utf-16le");
  CHECK(docs[1].id == "b");

  // Latin-1 bytes inside a JSON line stay what they are: the engine reports invalid_utf8.
  const auto latin = dir.write("latin.jsonl", "{\"id\":\"c\",\"text\":\"caf\xE9\"}\n");
  const auto latin_docs = read_file(latin.string(), InputFormat::jsonl);
  REQUIRE(latin_docs.size() == 1);
  CHECK(latin_docs[0].input_error.code == "invalid_utf8");
  CHECK(latin_docs[0].encoding.empty());
}

TEST_CASE("stdin-like streams are read the same way", "[io]") {
  std::istringstream in("Sign up for our newsletter.");
  auto reader = open_stream_reader(in, "stdin", InputFormat::text, {});
  const auto docs = read_all(*reader);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].id == "stdin");
  CHECK(*docs[0].text == "Sign up for our newsletter.");
}

TEST_CASE("HTML nested deeper than vane parses is one malformed_html error", "[io][html]") {
  ScratchDir dir("deep");
  std::string html;
  for (std::size_t i = 0; i <= vane::io::kMaxHtmlNesting; ++i) html += "<div>";
  const auto path = dir.write("deep.html", html + "Buy now");
  const auto docs = read_file(path.string(), InputFormat::html);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].input_error.code == "malformed_html");
}
