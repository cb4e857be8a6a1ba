#include "io/csv_reader.hpp"

#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "input_test_support.hpp"
#include "io/reader_factory.hpp"

using vane::io::CsvReader;
using vane::io::InputFormat;
using vane::io::RawDoc;
using vane::io::ReaderOptions;
using vane::testing::io_fixture;
using vane::testing::read_all;

namespace {

std::vector<RawDoc> read_csv(const std::string& input, const ReaderOptions& options, char delimiter = ',') {
  std::istringstream in(input);
  CsvReader reader(in, "ads.csv", delimiter, options);
  return read_all(reader);
}

}  // namespace

TEST_CASE("CSV fixture: several text columns, lang column, bad rows in place", "[io][csv]") {
  ReaderOptions options;
  options.text_columns = {"headline", "body"};
  options.keep_fields = {"channel"};
  auto reader = vane::io::open_file_reader(io_fixture("campaigns.csv").string(), "campaigns.csv", InputFormat::csv,
                                           options);
  const auto docs = read_all(*reader, 10);
  REQUIRE(docs.size() == 5);
  for (std::size_t i = 0; i < docs.size(); ++i) CHECK(docs[i].seq == 10 + i);

  CHECK(docs[0].id == "spring-01");
  CHECK(*docs[0].text ==
        "Spring sale: 30% off\n\nOur newsletter subscribers save 30% on every plan.\r\n"
        "Sign up today and double your leads in 90 days.");
  CHECK(docs[0].lang_hint == "en");
  CHECK(nlohmann::json::parse(docs[0].meta_json) == nlohmann::json({{"channel", "email"}}));
  CHECK(docs[0].encoding.empty());

  CHECK(docs[1].id == "spring-02");
  CHECK_THAT(*docs[1].text, Catch::StartsWith("The \"inbound\" way\n\nWrite useful guides"));

  // An empty id becomes file:line, the line the row starts on (quoted newlines count).
  CHECK(docs[2].id == "campaigns.csv:6");
  CHECK(docs[2].lang_hint == "fr");
  CHECK(docs[2].input_error.is_ok());

  CHECK(docs[3].id == "campaigns.csv:7");
  CHECK(docs[3].input_error.code == "malformed_row");
  CHECK_THAT(docs[3].input_error.message, Catch::Contains("campaigns.csv:7") && Catch::Contains("3 fields"));

  CHECK(docs[4].id == "spring-04");
  CHECK(docs[4].input_error.is_ok());
}

TEST_CASE("CSV defaults: id, text and lang columns when the header has them", "[io][csv]") {
  const auto docs = read_csv("lang,text,id,source\nit,Compra ora!,p1,ads\nnl,Gratis proefperiode,,blog\n", {});
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].id == "p1");
  CHECK(*docs[0].text == "Compra ora!");
  CHECK(docs[0].lang_hint == "it");
  CHECK(docs[0].meta_json.empty());
  CHECK(docs[1].id == "ads.csv:3");
}

TEST_CASE("CSV --keep-fields '*' keeps every other column as a string", "[io][csv]") {
  ReaderOptions options;
  options.keep_fields = {"*"};
  const auto docs = read_csv("id,text,clicks,source\na,Buy now,12,ads\n", options);
  REQUIRE(docs.size() == 1);
  CHECK(nlohmann::json::parse(docs[0].meta_json) == nlohmann::json({{"clicks", "12"}, {"source", "ads"}}));
}

TEST_CASE("CSV header problems are one error record for the file", "[io][csv]") {
  const auto empty = read_csv("", {});
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].input_error.code == "missing_header");
  CHECK(empty[0].id == "ads.csv");

  ReaderOptions options;
  options.text_columns = {"body"};
  options.id_column = "post";
  const auto missing = read_csv("id,text\na,b\n", options);
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].input_error.code == "missing_column");
  CHECK_THAT(missing[0].input_error.message, Catch::Contains("\"body\", \"post\"") && Catch::Contains("id, text"));
}

TEST_CASE("CSV text over --max-bytes is too_large, and the file goes on", "[io][csv]") {
  ReaderOptions options;
  options.max_text_bytes = 8;
  const auto docs = read_csv("id,text\na,short\nb,much too long for eight\nc,fine\n", options);
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].input_error.is_ok());
  CHECK(docs[1].input_error.code == "too_large");
  CHECK(docs[1].id == "ads.csv:3");
  CHECK(docs[2].input_error.is_ok());
}

TEST_CASE("TSV fixture with a named id column", "[io][csv]") {
  ReaderOptions options;
  options.id_column = "post_id";
  options.text_columns = {"title", "text"};
  auto reader = vane::io::open_file_reader(io_fixture("posts.tsv").string(), "posts.tsv", InputFormat::tsv, options);
  const auto docs = read_all(*reader);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].id == "nl-1");
  CHECK(*docs[0].text == "Zoekmachine\n\nOnze blog trekt elke maand duizend nieuwe bezoekers via zoekmachines.");
  CHECK(docs[1].id == "nl-2");
  CHECK(*docs[1].text == "Bel ons\n\nBel vandaag nog:\tonze verkopers staan klaar met een gratis offerte.");
}

TEST_CASE("a Windows-1252 CSV is decoded as it streams", "[io][csv][charset]") {
  auto reader = vane::io::open_file_reader(io_fixture("catalogue-windows1252.csv").string(), "catalogue.csv",
                                           InputFormat::csv, {});
  const auto docs = read_all(*reader);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].id == "fr-promo");
  CHECK(*docs[0].text == "Profitez de la rentrée : 15 € offerts sur la publicité Facebook, « sans engagement ».");
  CHECK(docs[0].encoding == "windows-1252");
  CHECK(docs[1].encoding == "windows-1252");
  CHECK_THAT(*docs[1].text, Catch::StartsWith("Café-eigenaren"));
}

TEST_CASE("an Excel CSV with a UTF-8 BOM still finds its first column", "[io][csv][charset]") {
  vane::testing::ScratchDir dir("csvbom");
  const auto path = dir.write("export.csv", "\xEF\xBB\xBFid,text\r\nx1,Réservez votre démo gratuite.\r\n");
  auto reader = vane::io::open_file_reader(path.string(), "export.csv", InputFormat::csv, {});
  const auto docs = read_all(*reader);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].id == "x1");
  CHECK(*docs[0].text == "Réservez votre démo gratuite.");
  CHECK(docs[0].encoding.empty());
}
