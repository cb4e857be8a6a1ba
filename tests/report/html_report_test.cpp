#include "report/html_report.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <string>

#include "report/report_assets.hpp"

using nlohmann::json;
using vane::report::HtmlReport;
using vane::report::TextUse;

namespace {

const std::string kText = "😀 </script><!-- TV is costly.";

json ok_record(const std::string& id) {
  json r = json::parse(R"({"status": "ok", "schema_version": 1, "lang": {"code": "en", "confidence": 1, "source": "detected"},
    "push_pull": {"label": "push", "scores": {"push": 1, "pull": 0}, "evidence": []},
    "inbound_outbound": {"label": "outbound", "scores": {"inbound": 0, "outbound": 1}, "evidence": []},
    "channels": [{"id": "tv", "direction": "outbound", "mentions": [{"start": 16, "end": 18, "text": "TV"}]},
                 {"id": "email", "direction": "inbound", "mentions": [{"start": 0, "end": 1, "text": "😀"}]}],
    "roi_claims": [{"start": 16, "end": 29, "text": "TV is costly.", "kind": "cost", "kinds": ["cost"],
      "polarity": "negative", "comparative": false, "subjects": ["tv"], "quantities": []}],
    "stats": {"chars": 29, "sentences": 1, "words": 4}})");
  r["id"] = id;
  return r;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// The JSON inside <script type="application/json" id="report-data">, as the page's JSON.parse sees it.
std::string data_element(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"report-data\">";
  const auto start = page.find(open);
  REQUIRE(start != std::string::npos);
  const auto end = lower(page).find("</script", start);
  REQUIRE(end != std::string::npos);
  return page.substr(start + open.size(), end - start - open.size());
}

}  // namespace

TEST_CASE("the page embeds records and texts once, safely, with every marker filled", "[report]") {
  HtmlReport report({"in<put>.jsonl", "posts.jsonl", "vane test"});
  CHECK(report.add(ok_record("with-text"), kText) == TextUse::embedded);
  CHECK(report.add(ok_record("other-version"), std::string("TV is costly.")) == TextUse::mismatched);
  CHECK(report.add(json::parse(R"({"id": "bad", "status": "error", "schema_version": 1,
                                   "error": {"code": "invalid_utf8", "message": "m", "offset": 3}})"),
                   std::nullopt) == TextUse::none);
  report.add_warning("in<put>.jsonl:4: not valid JSON (at byte 9)");
  const std::string page = report.page();

  CHECK(page.find("@@VANE_REPORT_") == std::string::npos);
  CHECK(page.find("<title>vane report: in&lt;put&gt;.jsonl</title>") != std::string::npos);
  const std::string embedded = data_element(page);
  CHECK(embedded.find('<') == std::string::npos);

  const json data = json::parse(embedded);
  REQUIRE(data["documents"].size() == 3);
  const json& first = data["documents"][0];
  CHECK(first["text"] == kText);
  CHECK_FALSE(first["record"]["roi_claims"][0].contains("text"));
  CHECK_FALSE(first.contains("text_mismatch"));
  const json& second = data["documents"][1];
  CHECK_FALSE(second.contains("text"));
  CHECK(second["text_mismatch"] == true);
  CHECK(second["record"]["roi_claims"][0]["text"] == "TV is costly.");
  CHECK(data["documents"][2]["record"]["error"]["code"] == "invalid_utf8");
  CHECK(data["meta"]["results"] == "in<put>.jsonl");
  CHECK(data["meta"]["texts"] == "posts.jsonl");
  CHECK(data["meta"]["warnings"] == json::array({"in<put>.jsonl:4: not valid JSON (at byte 9)"}));
  CHECK(data["meta"]["warnings_total"] == 1);
  // Colours follow SPEC.md's default direction, not the record's contextual one.
  CHECK(data["meta"]["channel_directions"] == json({{"email", "neutral"}, {"tv", "outbound"}}));
  // The text is in the page once: its span copies were dropped.
  CHECK(count(embedded, "costly") == 2);  // the first document's text and the second's claim
}

TEST_CASE("the page lists a bounded number of warnings but counts them all", "[report]") {
  HtmlReport report({"r.jsonl", std::nullopt, "vane test"});
  for (std::size_t i = 0; i < HtmlReport::kMaxWarningsShown + 5; ++i) report.add_warning("w" + std::to_string(i));
  const json data = json::parse(data_element(report.page()));
  CHECK(data["meta"]["warnings"].size() == HtmlReport::kMaxWarningsShown);
  CHECK(data["meta"]["warnings_total"] == HtmlReport::kMaxWarningsShown + 5);
  CHECK(data["meta"]["texts"].is_null());
  CHECK(data["documents"].empty());
}

TEST_CASE("the embedded template is complete and cannot end its own elements early", "[report]") {
  const auto html = vane::report::assets::html();
  for (const char* marker : {"@@VANE_REPORT_TITLE@@", "@@VANE_REPORT_CSS@@", "@@VANE_REPORT_JS@@",
                             "@@VANE_REPORT_DATA@@"}) {
    CHECK(html.find(marker) != std::string_view::npos);
  }
  const std::string css = lower(vane::report::assets::css());
  const std::string js = lower(vane::report::assets::js());
  CHECK(css.find("</style") == std::string::npos);
  CHECK(js.find("</script") == std::string::npos);
  CHECK(js.find("<!--") == std::string::npos);
  // Self-contained: nothing fetched from elsewhere.
  for (const std::string& asset : {std::string(html), css, js}) {
    CHECK(asset.find("https://") == std::string::npos);
    CHECK(asset.find("@import") == std::string::npos);
    CHECK(asset.find("url(") == std::string::npos);
  }
}
