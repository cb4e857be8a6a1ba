#include "report/span_texts.hpp"

#include <catch2/catch.hpp>

using nlohmann::json;
using vane::report::drop_span_texts_if_text_matches;

namespace {

// Two emoji (non-BMP: 4 UTF-8 bytes, 2 UTF-16 units, 1 code point each)
// before every span, so byte, UTF-16 and code point offsets all differ.
const std::string kText = "😀🎉 TV is costly. SEO brings 30% more leads.";

json record() {
  return json::parse(R"({
    "id": "d", "status": "ok",
    "push_pull": {"label": "pull", "scores": {"push": 0, "pull": 1},
      "evidence": [{"start": 17, "end": 20, "text": "SEO", "side": "pull", "cue": "channel:seo"}]},
    "inbound_outbound": {"label": "inbound", "scores": {"inbound": 1, "outbound": 0}, "evidence": []},
    "channels": [{"id": "tv", "direction": "outbound", "mentions": [{"start": 3, "end": 5, "text": "TV"}]}],
    "roi_claims": [{"start": 17, "end": 43, "text": "SEO brings 30% more leads.", "kind": "performance",
      "kinds": ["performance"], "polarity": "positive", "comparative": false, "subjects": ["seo"],
      "quantities": [{"type": "percent", "value": 30, "start": 28, "end": 31, "text": "30%"}]}]
  })");
}

}  // namespace

TEST_CASE("span texts are dropped when code point offsets slice the text to them", "[report]") {
  json r = record();
  REQUIRE(drop_span_texts_if_text_matches(r, kText));
  CHECK_FALSE(r["push_pull"]["evidence"][0].contains("text"));
  CHECK_FALSE(r["channels"][0]["mentions"][0].contains("text"));
  CHECK_FALSE(r["roi_claims"][0].contains("text"));
  CHECK_FALSE(r["roi_claims"][0]["quantities"][0].contains("text"));
  // Everything else stays.
  CHECK(r["roi_claims"][0]["start"] == 17);
  CHECK(r["channels"][0]["id"] == "tv");
}

TEST_CASE("a text that does not fit the spans leaves the record untouched", "[report]") {
  const json original = record();
  json r = original;
  CHECK_FALSE(drop_span_texts_if_text_matches(r, "TV is costly. SEO brings 30% more leads."));  // no emoji: shifted
  CHECK(r == original);
  CHECK_FALSE(drop_span_texts_if_text_matches(r, "😀🎉 TV"));  // spans beyond the end
  CHECK(r == original);
  CHECK_FALSE(drop_span_texts_if_text_matches(r, std::string("\xff\xfe", 2)));  // not UTF-8
  CHECK(r == original);
}

TEST_CASE("a record without spans matches any text", "[report]") {
  json r = json::parse(R"({"id": "e", "status": "ok", "channels": [], "roi_claims": []})");
  CHECK(drop_span_texts_if_text_matches(r, "anything"));
}
