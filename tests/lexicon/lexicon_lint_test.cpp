// The lexicon linter (ctest -R lexicon_lint): every shipped plugin's data
// loads (bad columns, unknown ids and malformed values fail the load), has no
// duplicate entries, and every channel id is covered. Entries that no dev
// text uses are listed, not failed: lexicons are meant to reach beyond the
// corpus.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../test_paths.hpp"
#include "lexicon/analysis_lexicon.hpp"
#include "lexicon/channel_catalog.hpp"

namespace {

const char* const kAllChannels[] = {
    "tv", "radio", "print", "out_of_home", "direct_mail", "telemarketing", "sms", "display_ads",
    "paid_search", "paid_social", "video_ads", "events", "sales_force", "email", "seo", "blog",
    "content", "social_media", "influencer", "podcast", "video_content", "webinar", "forum", "rss",
    "word_of_mouth", "website", "loyalty_crm", "public_relations"};

}  // namespace

TEST_CASE("every plugin's lexicons load clean and cover every channel", "[lexicon][lint]") {
  for (const char* code : {"en", "fr", "it", "nl"}) {
    INFO("plugin " << code);
    const auto data = vane::lexicon::load_language_data(vane::testing::source_dir() / "plugins" / code, code);
    REQUIRE(data);
    const auto lexicon = vane::lexicon::load_analysis_lexicon(*data);
    REQUIRE(lexicon);
    for (const auto& warning : lexicon.value().warnings) UNSCOPED_INFO(warning);
    CHECK(lexicon.value().warnings.empty());

    std::set<std::string> covered;
    for (const auto& e : lexicon.value().entries) {
      if (e.kind == vane::lexicon::EntryKind::channel) covered.insert(e.key);
    }
    if (covered.empty()) continue;  // a plugin may serve language ID only
    for (const char* id : kAllChannels) {
      INFO("channel " << id);
      CHECK(covered.count(id) == 1);
    }
  }
}

TEST_CASE("channels.tsv's label column is read and checked", "[lexicon][lint]") {
  namespace fs = std::filesystem;
  using vane::lexicon::LabelRule;
  const auto data = vane::lexicon::load_language_data(vane::testing::source_dir() / "plugins" / "en", "en");
  REQUIRE(data);
  const auto lexicon = vane::lexicon::load_analysis_lexicon(*data);
  REQUIRE(lexicon);
  auto rule_of = [&](const std::string& term) {
    for (const auto& e : lexicon.value().entries) {
      if (e.kind == vane::lexicon::EntryKind::channel && e.term == term) return e.label;
    }
    FAIL("no channel entry " << term);
    return LabelRule::any;
  };
  CHECK(rule_of("case study") == LabelRule::not_as_label);
  CHECK(rule_of("Sponsored") == LabelRule::only_as_label);
  CHECK(rule_of("blog") == LabelRule::any);

  // An unknown label value fails the load with its file and line.
  const fs::path root = fs::temp_directory_path() / ("vane_label_lint_" + std::to_string(::getpid()));
  fs::create_directories(root / "data");
  fs::copy_file(vane::testing::source_dir() / "plugins" / "en" / "lang.json", root / "lang.json",
                fs::copy_options::overwrite_existing);
  std::ofstream(root / "data" / "channels.tsv") << "# test\nblog\tblog\tstem\nblog\tcase study\tstem\theading\n";
  const auto broken_data = vane::lexicon::load_language_data(root, "en");
  REQUIRE(broken_data);
  const auto broken = vane::lexicon::load_analysis_lexicon(*broken_data);
  REQUIRE_FALSE(broken);
  CHECK(broken.status().code == "data_invalid");
  CHECK(broken.status().message.find("channels.tsv:3") != std::string::npos);
  CHECK(broken.status().message.find("heading") != std::string::npos);
  fs::remove_all(root);
}
