// Properties of the whole analysis, on generated input: every document gets
// exactly one record, in order, and every span points at its own text.
#include "engine/document_analyzer.hpp"

#include <random>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../build_tree_registry.hpp"
#include "io/record_json.hpp"
#include "pipeline/ordered_pipeline.hpp"
#include "text/utf8.hpp"

using nlohmann::json;

namespace {

std::string random_bytes(std::mt19937& rng) {
  std::string s(rng() % 300, '\0');
  for (auto& c : s) c = static_cast<char>(rng() % 256);
  return s;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Random text from code points that stress segmentation and offsets.
std::string random_unicode(std::mt19937& rng) {
  static const std::u32string pool =
      U"aeiou tvrsn ABC  .,;!?'’-‐%€$£0123456789 àéèìòùç ÀÉ\u0301\u0308 \u00a0\u202f\n\t#@/:"
      U"日本語 Ελληνικά русский 🚀😀👍🏽 \U0001F1EE\U0001F1F9 ﬁ ß İ";
  std::string s;
  const std::size_t n = rng() % 200;
  for (std::size_t i = 0; i < n; ++i) append_utf8(s, pool[rng() % pool.size()]);
  if (rng() % 4 == 0) s += " marketing inbound la pubblicità della TV e-mailcampagne l'outbound ";
  return s;
}

// Checks one serialised record against its input text.
void check_record(const json& record, const std::string& text) {
  REQUIRE(record.contains("status"));
  if (record["status"] != "ok") {
    CHECK(record.contains("error"));
    return;
  }
  const std::size_t length = vane::text::count_code_points(text);
  CHECK(record["stats"]["chars"] == length);
  std::vector<json> spans;
  for (const char* axis : {"push_pull", "inbound_outbound"}) {
    for (const auto& ev : record[axis]["evidence"]) spans.push_back(ev);
    for (const auto& [side, score] : record[axis]["scores"].items()) {
      CHECK(score.get<double>() >= 0.0);
      CHECK(score.get<double>() <= 1.0);
    }
  }
  for (const auto& channel : record["channels"]) {
    for (const auto& m : channel["mentions"]) spans.push_back(m);
  }
  for (const auto& claim : record["roi_claims"]) {
    spans.push_back(claim);
    for (const auto& q : claim["quantities"]) spans.push_back(q);
  }
  // Byte offset of every code point (and of the end), to cut the original slice.
  std::vector<std::size_t> byte_of;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_of.push_back(i);
  }
  byte_of.push_back(text.size());
  std::size_t bad = 0;  // counted, not asserted one by one: a huge text has 100k spans
  for (const auto& span : spans) {
    const std::size_t start = span["start"], end = span["end"];
    if (start > end || end > length ||
        span["text"] != text.substr(byte_of[start], byte_of[end] - byte_of[start])) {
      ++bad;
    }
  }
  CHECK(bad == 0);
}

void check_batch(const std::vector<std::string>& texts, unsigned jobs) {
  const vane::engine::DocumentAnalyzer analyzer(vane::testing::build_tree_registry(), {});
  std::size_t next = 0;
  std::vector<json> records;
  vane::pipeline::run_ordered<vane::io::RawDoc, vane::engine::Record, vane::engine::Scratch>(
      jobs,
      [&]() -> std::optional<vane::io::RawDoc> {
        if (next == texts.size()) return std::nullopt;
        vane::io::RawDoc doc;
        doc.seq = next;
        doc.id = "doc-" + std::to_string(next);
        doc.source = "generated";
        doc.text = std::make_shared<const std::string>(texts[next++]);
        return doc;
      },
      [&](const vane::io::RawDoc& doc, vane::engine::Scratch& scratch) { return analyzer.analyze(doc, scratch); },
      [&](vane::engine::Record&& record) {
        std::string line;
        vane::io::append_record_json(record, line);
        records.push_back(json::parse(line));
        return true;
      });
  REQUIRE(records.size() == texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    INFO("document " << i);
    CHECK(records[i]["id"] == "doc-" + std::to_string(i));
    check_record(records[i], texts[i]);
  }
}

}  // namespace

TEST_CASE("random bytes: one record each, in order, errors for invalid UTF-8", "[engine][property]") {
  std::mt19937 rng(20261123);
  std::vector<std::string> texts;
  for (int i = 0; i < 400; ++i) texts.push_back(random_bytes(rng));
  check_batch(texts, 2);
}

TEST_CASE("random Unicode: one record each, spans inside the text and equal to it", "[engine][property]") {
  std::mt19937 rng(7);
  std::vector<std::string> texts;
  for (int i = 0; i < 600; ++i) texts.push_back(random_unicode(rng));
  check_batch(texts, 3);
}

TEST_CASE("one scratch reused for many documents gives the records a fresh one gives", "[engine][property]") {
  // Claim-rich texts of several lengths and languages: a document's
  // per-sentence buffers must not leak into the next, shorter or longer one.
  const std::vector<std::pair<std::string, std::string>> docs = {
      {"en", "We ran TV and radio ads all year. Yet only 23% of the suppliers we surveyed could prove that their "
             "trade promotions paid back. Our email newsletter costs only £5 per new customer. Sales grew 40% "
             "thanks to SEO. The campaign doubled our leads, but the cost per lead rose to $38."},
      {"nl", "We gebruiken SEO en nieuwsbrieven. Slechts 34 procent van de marketeers zegt het rendement van hun "
             "uitgaven betrouwbaar te kunnen meten."},
      {"en", "Our newsletter and our blog. Revenue doubled."},
      {"it", "Usiamo la SEO e la newsletter. Le vendite sono cresciute del 30% in un anno. Il costo per contatto "
             "è sceso a 4 euro. Solo il 5% dei clienti ha risposto alla campagna di email marketing."},
      {"fr", "Nous utilisons le SEO et l'emailing. La campagne n'a généré que 12 leads."},
      {"en", "We ran TV and radio ads all year. Yet only 23% of the suppliers we surveyed could prove that their "
             "trade promotions paid back. Our email newsletter costs only £5 per new customer."},
  };
  const vane::engine::DocumentAnalyzer analyzer(vane::testing::build_tree_registry(), {});
  const auto json_of = [&](std::size_t i, vane::engine::Scratch& scratch) {
    vane::io::RawDoc doc;
    doc.id = "doc-" + std::to_string(i);
    doc.lang_hint = docs[i].first;
    doc.text = std::make_shared<const std::string>(docs[i].second);
    std::string line;
    vane::io::append_record_json(analyzer.analyze(doc, scratch), line);
    return line;
  };
  vane::engine::Scratch reused;
  std::size_t with_claims = 0;
  for (int round = 0; round < 2; ++round) {
    for (std::size_t i = 0; i < docs.size(); ++i) {
      INFO("round " << round << ", document " << i);
      vane::engine::Scratch fresh;
      const std::string expected = json_of(i, fresh);
      CHECK(json_of(i, reused) == expected);
      with_claims += json::parse(expected)["roi_claims"].empty() ? 0 : 1;
    }
  }
  CHECK(with_claims >= 8);  // the texts do exercise the claim buffers
}

TEST_CASE("a huge document is analysed in one record", "[engine][property]") {
  std::string big;
  while (big.size() < (2u << 20)) big += "Il marketing dei contenuti attira clienti con la SEO e il blog. ";
  check_batch({big}, 1);
}
