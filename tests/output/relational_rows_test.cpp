#include "output/relational_rows.hpp"

#include <catch2/catch.hpp>

#include "sample_records.hpp"

using vane::engine::Record;
using vane::engine::RecordStatus;
using vane::output::flatten_record;

using vane::testing::analysed_record;

TEST_CASE("an analysed record flattens into rows with code point offsets", "[output]") {
  const auto rows = flatten_record(analysed_record());
  const auto& doc = rows.document;
  CHECK(doc.id == "doc-1");
  CHECK(doc.input_seq == 7);
  CHECK(doc.status == "ok");
  CHECK(doc.lang_code == "it");
  CHECK(doc.lang_confidence == Approx(0.9712));
  CHECK(doc.push_pull == "push");
  CHECK(doc.push_score == Approx(0.8123));
  CHECK(doc.inbound_outbound == "mixed");
  CHECK(doc.words == 10);
  CHECK_FALSE(doc.error_code.has_value());
  CHECK_FALSE(doc.meta_json.has_value());

  REQUIRE(rows.channel_mentions.size() == 3);
  CHECK(rows.channel_mentions[0].ordinal == 1);
  CHECK(rows.channel_mentions[0].channel_id == "tv");
  CHECK(rows.channel_mentions[0].span.start_char == 10);  // "Café 🚀 la " is 10 code points
  CHECK(rows.channel_mentions[0].span.end_char == 12);
  CHECK(rows.channel_mentions[0].span.text == "TV");
  CHECK(rows.channel_mentions[2].ordinal == 3);
  CHECK(rows.channel_mentions[2].channel_id == "blog");
  CHECK(rows.channel_mentions[2].span.text == "blog");

  REQUIRE(rows.claims.size() == 1);
  CHECK(rows.claims[0].claim_no == 1);
  CHECK(rows.claims[0].kind == "roi");
  CHECK(rows.claims[0].span.start_char == 0);
  REQUIRE(rows.claim_kinds.size() == 2);  // the repeated "roi" once
  CHECK(rows.claim_kinds[0].rank == 1);
  CHECK(rows.claim_kinds[1].kind == "performance");
  REQUIRE(rows.claim_subjects.size() == 2);
  REQUIRE(rows.quantities.size() == 2);
  CHECK(rows.quantities[0].value == 300.0);
  CHECK(rows.quantities[0].span.text == "300%");
  CHECK_FALSE(rows.quantities[1].value.has_value());
  CHECK(rows.quantities[1].ordinal == 2);
  CHECK_FALSE(rows.quantities[1].currency.has_value());

  REQUIRE(rows.evidence.size() == 1);
  CHECK(rows.evidence[0].axis == "push_pull");
  CHECK(rows.evidence[0].span.text == "TV");
}

TEST_CASE("an error record flattens to a document row with its error only", "[output]") {
  const Record r = vane::testing::error_record();
  const auto rows = flatten_record(r);
  CHECK(rows.document.status == "error");
  CHECK(rows.document.error_code == "invalid_utf8");
  CHECK(rows.document.error_offset == 3);
  CHECK(rows.document.meta_json == R"({"url":"u"})");
  CHECK_FALSE(rows.document.push_pull.has_value());
  CHECK_FALSE(rows.document.words.has_value());
  CHECK(rows.channel_mentions.empty());
  CHECK(rows.evidence.empty());
}

TEST_CASE("a claim without kinds is a performance claim, as in the JSON record", "[output]") {
  Record r = analysed_record();
  r.roi_claims[0].kinds.clear();
  const auto rows = flatten_record(r);
  CHECK(rows.claims[0].kind == "performance");
  REQUIRE(rows.claim_kinds.size() == 1);
  CHECK(rows.claim_kinds[0].kind == "performance");
}
