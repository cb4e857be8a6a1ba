#include "eval/scores.hpp"

#include <catch2/catch.hpp>

using vane::engine::Record;
using vane::engine::RecordStatus;

namespace {

vane::eval::GoldDocument gold_doc() {
  vane::eval::GoldDocument g;
  g.id = "d1";
  g.lang = "en";
  g.text = "TV is costly. SEO brings 30% more leads. Nothing else.";
  g.push_pull = "pull";
  g.inbound_outbound = "inbound";
  g.channels = {"seo", "tv"};
  vane::eval::GoldClaim c;
  c.sentence = "SEO brings 30% more leads.";
  c.span = {14, 40};
  c.kind = "performance";
  c.polarity = "positive";
  c.quantities = {{"percent", 30.0, ""}};
  g.claims = {c};
  return g;
}

}  // namespace

TEST_CASE("scores count axes, channels, overlapping claims and exact quantities", "[eval]") {
  Record r;
  r.status = RecordStatus::ok;
  r.lang = vane::engine::LanguageResult{"en", 1.0, "detected"};
  r.text = std::make_shared<const std::string>(gold_doc().text);
  r.push_pull.label = "pull";
  r.inbound_outbound.label = "mixed";
  r.channels = {{"seo", "inbound", {{14, 17}}}, {"blog", "inbound", {{0, 2}}}};
  vane::engine::RoiClaim hit;
  hit.span = {18, 40};  // overlaps the gold sentence without covering it all
  hit.kinds = {"performance"};
  hit.polarity = "negative";
  hit.quantities = {{"percent", 30.0, "", {25, 28}}, {"number", 7.0, "", {0, 1}}};
  vane::engine::RoiClaim extra;
  extra.span = {0, 13};
  extra.kinds = {"cost"};
  r.roi_claims = {hit, extra};

  vane::eval::Scorer scorer;
  scorer.add(gold_doc(), r);
  const auto s = scorer.overall();
  CHECK(s.push_pull.accuracy() == 1.0);
  CHECK(s.inbound_outbound.accuracy() == 0.0);
  CHECK(s.inbound_outbound.cells.at("inbound").at("mixed") == 1);
  CHECK(s.channels.tp == 1);
  CHECK(s.channels.fp == 1);
  CHECK(s.channels.fn == 1);
  CHECK(s.claims.tp == 1);
  CHECK(s.claims.fp == 1);
  CHECK(s.claims.fn == 0);
  CHECK(s.kind.value() == 1.0);
  CHECK(s.polarity.value() == 0.0);
  CHECK(s.quantities.tp == 1);
  CHECK(s.quantities.fp == 1);
  CHECK(s.channels.f1() == Approx(0.5));
  CHECK_FALSE(scorer.mistakes().empty());
}
