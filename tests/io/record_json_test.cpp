#include "io/record_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using vane::engine::Record;
using vane::engine::RecordStatus;

TEST_CASE("record JSON converts byte spans to code points and carries their text", "[io]") {
  Record r;
  r.id = "doc-1";
  r.status = RecordStatus::ok;
  r.text = std::make_shared<const std::string>("Café 🚀 la TV");
  r.lang = vane::engine::LanguageResult{"it", 0.97123, "detected"};
  r.plugin_name = "it";
  r.plugin_version = "1.0.0";
  const auto tv_begin = static_cast<std::uint32_t>(r.text->find("TV"));
  r.channels.push_back({"tv", "outbound", {{tv_begin, tv_begin + 2}}});
  r.push_pull.label = "push";
  r.push_pull.score_a = 0.812345;
  r.push_pull.evidence.push_back({{tv_begin, tv_begin + 2}, "push", "tv", 0.5});

  std::string out;
  vane::io::append_record_json(r, out);
  const auto j = nlohmann::json::parse(out);
  CHECK(j["schema_version"] == vane::io::kSchemaVersion);
  CHECK(j["status"] == "ok");
  CHECK(j["lang"]["confidence"] == Approx(0.9712));
  CHECK(j["push_pull"]["scores"]["push"] == Approx(0.8123));
  const auto& mention = j["channels"][0]["mentions"][0];
  CHECK(mention["start"] == 10);  // "Café " is 5 code points, the rocket 1, " la " 4
  CHECK(mention["end"] == 12);
  CHECK(mention["text"] == "TV");
  CHECK(j["push_pull"]["evidence"][0]["text"] == "TV");
  CHECK(j["stats"].contains("words"));
}

TEST_CASE("record JSON of an error has id, status, version and error only", "[io]") {
  Record r;
  r.id = "x";
  r.status = RecordStatus::error;
  r.error = vane::Status::error("invalid_utf8", "bad byte", 12);
  r.text = std::make_shared<const std::string>("ab\xFF");
  r.meta_json = R"({"url":"u"})";
  std::string out;
  vane::io::append_record_json(r, out);
  const auto j = nlohmann::json::parse(out);
  CHECK(j["error"]["code"] == "invalid_utf8");
  CHECK(j["error"]["offset"] == 12);
  CHECK(j["meta"]["url"] == "u");
  CHECK_FALSE(j.contains("push_pull"));
  CHECK_FALSE(j.contains("stats"));
}

TEST_CASE("record JSON says which encoding the input was converted from, only when it was", "[io]") {
  Record r;
  r.id = "promo.txt";
  r.status = RecordStatus::error;
  r.error = vane::Status::error("internal_error", "x");
  std::string plain;
  vane::io::append_record_json(r, plain);
  CHECK_FALSE(nlohmann::json::parse(plain).contains("encoding"));

  r.encoding = "windows-1252";
  std::string converted;
  vane::io::append_record_json(r, converted);
  CHECK(nlohmann::json::parse(converted)["encoding"] == "windows-1252");
}
