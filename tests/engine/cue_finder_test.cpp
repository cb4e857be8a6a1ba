// How overlapping and neighbouring channel matches are read, on short
// documents analysed with the shipped plugins.
//
//   CHECK(channel_ids("nl", "Een video-advertentie in een feed.") == Ids{"video_ads"});
#include <catch2/catch.hpp>

#include "../build_tree_registry.hpp"
#include "engine/document_analyzer.hpp"
#include "engine/scratch.hpp"

namespace {

using Ids = std::vector<std::string>;

Ids channel_ids(const std::string& lang, const std::string& text) {
  static const vane::engine::DocumentAnalyzer analyzer(vane::testing::build_tree_registry(), {});
  vane::engine::Scratch scratch;
  vane::io::RawDoc doc;
  doc.id = "cue-test";
  doc.lang_hint = lang;
  doc.text = std::make_shared<const std::string>(text);
  const auto record = analyzer.analyze(doc, scratch);
  REQUIRE(record.status == vane::engine::RecordStatus::ok);
  Ids ids;
  for (const auto& channel : record.channels) ids.push_back(channel.id);
  return ids;
}

}  // namespace

TEST_CASE("a compound's first part does not stand beside the whole word's entry", "[engine][cues]") {
  // "video" is a head entry of video_content; the whole word is a video ad.
  CHECK(channel_ids("nl", "Een korte video-advertentie in een feed trekt de aandacht.") == Ids{"video_ads"});
  // With no whole-word entry the part still counts.
  CHECK(channel_ids("nl", "Onze uitlegvideo's worden goed bekeken.") == Ids{"video_content"});
}

TEST_CASE("a video platform in a sentence about video ads is the ads' placement", "[engine][cues]") {
  CHECK(channel_ids("en", "Our pre-roll ran before YouTube videos all month.") == Ids{"video_ads"});
  CHECK(channel_ids("en", "Our pre-roll ran all month. We also publish tutorials on our YouTube channel.") ==
        Ids{"video_ads", "content", "video_content"});
  CHECK(channel_ids("nl", "We publiceren elke week een video op YouTube.") == Ids{"video_content"});
}

TEST_CASE("a phrase closed up does not match a name the lexicon lists", "[engine][cues]") {
  // "sales force" closed up is "Salesforce", listed as a CRM vendor.
  CHECK(channel_ids("en", "The platform syncs every contact with Salesforce.") == Ids{"loyalty_crm"});
  CHECK(channel_ids("en", "Our sales force visits every store.") == Ids{"sales_force"});
  // Other closed-up spellings still match.
  CHECK(channel_ids("en", "Follow #contentmarketing for more.") == Ids{"content"});
  CHECK(channel_ids("nl", "Contentmarketing trekt klanten aan.") == Ids{"content"});
}
