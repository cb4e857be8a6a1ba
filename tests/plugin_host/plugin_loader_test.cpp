// load_plugins against the fixtures: one good plugin, one fixture per failure
// class, duplicate languages, search directories. Each non-crashing case runs
// both with the probe and in-process only, and must give the same verdict.
#include "plugin_host/plugin_loader.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>

#include "host_test_support.hpp"

using namespace std::chrono_literals;
using namespace vane::plugin_host;
using namespace vane::plugin_host::test;
using Catch::Matchers::Contains;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;

namespace {

// A copy, so that single_report(load_dirs(...)) outlives the temporary set.
PluginReport single_report(const PluginSet& set) {
  REQUIRE(set.reports.size() == 1);
  return set.reports.front();
}

// Splits with the plugin's hook; the offsets where the word was cut.
std::vector<std::size_t> split(const PluginHandle& h, std::string_view word) {
  std::size_t offsets[8] = {};
  vane_cuts cuts{offsets, 8, 0};
  REQUIRE(h.split_compound != nullptr);
  REQUIRE(h.split_compound(vane_word{word.data(), word.size()}, &cuts) == VANE_OK);
  return {offsets, offsets + cuts.count};
}

}  // namespace

TEST_CASE("loader: a good plugin loads", "[loader]") {
  const bool probe = GENERATE(true, false);
  CAPTURE(probe);
  const auto set = load_dirs({fixture("good")}, probe ? probe_on() : probe_off());

  const auto& r = single_report(set);
  CHECK(r.state == PluginState::loaded);
  CHECK(r.reason.empty());
  CHECK(r.name == "fx_good");
  CHECK(r.version == "1.2.3");
  CHECK(r.langs == std::vector<std::string>{"nl"});
  CHECK(r.served_langs == std::vector<std::string>{"nl"});
  CHECK(r.origin == "--plugin-dir");
  CHECK(r.path == fixture_library("good"));
  CHECK(r.diagnostic() == "vane: plugin " + fixture_library("good").string() + ": loaded, serving nl");

  REQUIRE(set.plugins.size() == 1);
  const PluginHandle& h = *set.plugins.front();
  CHECK(h.library.is_loaded());
  CHECK(h.name == "fx_good");
  CHECK(h.version == "1.2.3");
  CHECK(h.langs == std::vector<std::string>{"nl"});
  CHECK(h.served_langs == std::vector<std::string>{"nl"});
  CHECK(h.caps == VANE_CAP_COMPOUNDS);
  CHECK(h.c_abi == VANE_C_ABI_ID);
  CHECK(h.library_path.is_absolute());
  CHECK(h.library_path == std::filesystem::canonical(fixture_library("good")));
  CHECK(h.manifest_path == fixture("good") / "manifest.json");
  CHECK(h.data_dir.is_absolute());
  CHECK(h.data_dir == std::filesystem::canonical(fixture("good")));
  CHECK(std::filesystem::exists(h.data_dir / "lang.json"));
  CHECK(std::filesystem::exists(h.data_dir / "data" / "words.tsv"));
  CHECK(split(h, "zoekmachine") == std::vector<std::size_t>{4});
  CHECK(split(h, "marketing").empty());
}

TEST_CASE("loader: an old, shorter descriptor loads without hooks", "[loader]") {
  const bool probe = GENERATE(true, false);
  CAPTURE(probe);
  const auto set = load_dirs({fixture("old_size")}, probe ? probe_on() : probe_off());
  CHECK(single_report(set).state == PluginState::loaded);
  REQUIRE(set.plugins.size() == 1);
  CHECK(set.plugins[0]->split_compound == nullptr);  // junk past `size` never read
  CHECK(set.plugins[0]->langs == std::vector<std::string>{"fi"});
}

TEST_CASE("loader: each failure class gives its reason and the plugin is skipped", "[loader]") {
  struct Case {
    const char* fixture;
    const char* starts;  // the reason starts with this...
    const char* also;    // ...and contains this
  };
  const Case c = GENERATE(values<Case>({
      {"not_a_library", "not a shared library (invalid ELF header)", ""},
      {"missing_library", "library file not found", ""},
      {"missing_entry", "missing entry point vane_plugin_info_v1", ""},
      {"null_descriptor", "vane_plugin_info_v1() returned null", ""},
      {"abi_mismatch", "ABI 2, host supports 1", ""},
      {"small_size", "descriptor size 16 is smaller than the ", " bytes the host needs"},
      {"wrong_c_abi", "built for C ABI sparc-ptr4-be, host is " VANE_C_ABI_ID, ""},
      {"null_name", "descriptor has a null or empty name", ""},
      {"empty_langs", "descriptor langs is empty", ""},
      {"manifest_mismatch", "langs [no] in the descriptor disagree with manifest.json [sv]", ""},
      {"init_throws", "init failed: lexicon.tsv: bad column count on line 3", ""},
      {"init_error_c", "init failed: dictionary /", "/fx_init_error_c/cs.dic not found"},
      {"unresolved_symbol", "cannot load (undefined symbol: vane_fixture_defined_nowhere)", ""},
  }));
  const bool probe = GENERATE(true, false);
  CAPTURE(c.fixture, probe);

  const auto set = load_dirs({fixture(c.fixture)}, probe ? probe_on() : probe_off());
  const auto& r = single_report(set);
  CHECK(set.plugins.empty());
  CHECK(r.state == PluginState::failed);
  CHECK_THAT(r.reason, StartsWith(c.starts));
  CHECK_THAT(r.reason, Contains(c.also));
  CHECK(r.served_langs.empty());
  CHECK(r.path == fixture_library(c.fixture));  // names the file
  CHECK(r.name == std::string("fx_") + c.fixture);
  CHECK(r.diagnostic() == "vane: plugin " + r.path.string() + ": " + r.reason + "; skipped");
}

TEST_CASE("loader: a malformed manifest fails before any code is looked at", "[loader]") {
  const auto set = load_dirs({fixture("manifest_malformed")}, probe_on());
  const auto& r = single_report(set);
  CHECK(r.state == PluginState::failed);
  CHECK_THAT(r.reason, StartsWith("malformed manifest.json: parse error at line 5, column"));
  CHECK(r.path == fixture("manifest_malformed") / "manifest.json");
  CHECK(r.name.empty());
}

TEST_CASE("loader: manifest problems are found without running code", "[loader]") {
  TempDir tmp;
  SECTION("a manifest for another ABI") {
    // No library exists at all: the reason proves the manifest decided.
    tmp.write("p/manifest.json", R"({"name": "p", "version": "1.0.0", "abi": 2, "langs": ["en"],
                                     "library": "libvane_p.so"})");
    const auto& r = single_report(load_dirs({tmp.path() / "p"}, probe_on()));
    CHECK(r.state == PluginState::failed);
    CHECK(r.reason == "manifest.json declares ABI 2, host supports 1");
  }
  SECTION("a library outside the plugin directory") {
    tmp.write("p/manifest.json", R"({"name": "fx_good", "version": "1.2.3", "abi": 1, "langs": ["nl"],
                                     "library": "../../fx_good/libvane_fx_good.so"})");
    const auto& r = single_report(load_dirs({tmp.path() / "p"}, probe_off()));
    CHECK(r.state == PluginState::failed);
    CHECK_THAT(r.reason, Contains("leaves the plugin directory"));
  }
}

TEST_CASE("loader: crashes while loading are caught by the probe; the host survives", "[loader]") {
  const auto set = load_dirs({fixture("crash_static"), fixture("crash_entry"), fixture("good")}, probe_on());
  REQUIRE(set.reports.size() == 3);
  CHECK(set.reports[0].state == PluginState::failed);
  CHECK(set.reports[0].reason == "crashed while loading (signal 11: Segmentation fault)");
  CHECK(set.reports[0].path == fixture_library("crash_static"));
  CHECK(set.reports[1].state == PluginState::failed);
  CHECK(set.reports[1].reason == "crashed while loading (signal 6: Aborted)");
  CHECK(set.reports[2].state == PluginState::loaded);
  REQUIRE(set.plugins.size() == 1);
  CHECK(split(*set.plugins[0], "e-mailcampagne") == std::vector<std::size_t>{6});
}

TEST_CASE("loader: a plugin that hangs while loading times out", "[loader]") {
  auto options = probe_on();
  options.probe_timeout = 300ms;
  const auto& r = single_report(load_dirs({fixture("hang_init")}, options));
  CHECK(r.state == PluginState::failed);
  CHECK(r.reason == "timed out while loading (killed after 0.3 s)");
}

TEST_CASE("loader: a language claimed twice goes to the first plugin in search order", "[loader]") {
  const bool probe = GENERATE(true, false);
  CAPTURE(probe);
  const auto options = probe ? probe_on() : probe_off();
  const auto [first, second] = GENERATE(std::make_pair("dup_first", "dup_second"),
                                        std::make_pair("dup_second", "dup_first"));
  CAPTURE(first, second);

  const auto set = load_dirs({fixture(first), fixture(second)}, options);
  REQUIRE(set.reports.size() == 2);
  const auto& winner = set.reports[0];
  const auto& loser = set.reports[1];
  CHECK(winner.name == std::string("fx_") + first);
  CHECK(winner.state == PluginState::loaded);
  CHECK(winner.served_langs == std::vector<std::string>{"da"});
  CHECK(loser.state == PluginState::shadowed);
  CHECK(loser.served_langs.empty());
  CHECK(loser.reason == "language da already served by plugin fx_" + std::string(first) + " (" +
                            fixture_library(first).string() + ")");
  CHECK(loser.diagnostic() == "vane: plugin " + fixture_library(second).string() + ": " + loser.reason +
                                  "; shadowed");
  REQUIRE(set.plugins.size() == 1);
  CHECK(set.plugins[0]->name == std::string("fx_") + first);
}

TEST_CASE("loader: a plugin with some new languages loads for those only", "[loader]") {
  const bool probe = GENERATE(true, false);
  CAPTURE(probe);
  const auto set = load_dirs({fixture("dup_first"), fixture("dup_partial")}, probe ? probe_on() : probe_off());
  REQUIRE(set.reports.size() == 2);
  const auto& partial = set.reports[1];
  CHECK(partial.state == PluginState::loaded);
  CHECK(partial.langs == std::vector<std::string>{"da", "is"});
  CHECK(partial.served_langs == std::vector<std::string>{"is"});
  CHECK(partial.reason == "language da already served by plugin fx_dup_first (" +
                              fixture_library("dup_first").string() + ")");
  CHECK_THAT(partial.diagnostic(), EndsWith("; serving is only"));
  REQUIRE(set.plugins.size() == 2);
  CHECK(set.plugins[1]->langs == std::vector<std::string>{"da", "is"});
  CHECK(set.plugins[1]->served_langs == std::vector<std::string>{"is"});
}

TEST_CASE("loader: a plugin that failed serves nothing, so the next claim wins", "[loader]") {
  TempDir tmp;
  tmp.write("broken/manifest.json", R"({"name": "fx_dup_first", "version": "0.1.0", "abi": 1,
                                        "langs": ["da"], "library": "libvane_fx_dup_first.so"})");
  tmp.write("broken/libvane_fx_dup_first.so", "truncated download\n");
  const auto set = load_dirs({tmp.path() / "broken", fixture("dup_second")}, probe_on());
  REQUIRE(set.reports.size() == 2);
  CHECK(set.reports[0].state == PluginState::failed);
  CHECK(set.reports[1].state == PluginState::loaded);
  CHECK(set.reports[1].served_langs == std::vector<std::string>{"da"});
}

TEST_CASE("loader: search directories", "[loader]") {
  SECTION("a --plugin-dir that does not exist is reported") {
    const auto set = load_plugins({{"/no/such/vane/dir", "--plugin-dir"}}, probe_on());
    const auto& r = single_report(set);
    CHECK(r.state == PluginState::failed);
    CHECK(r.reason == "no such directory");
    CHECK(r.path == "/no/such/vane/dir");
    CHECK(r.diagnostic() == "vane: plugin /no/such/vane/dir: no such directory; skipped");
  }
  SECTION("a --plugin-dir that is a file is reported") {
    const auto& r = single_report(load_dirs({fixture_library("good")}, probe_off()));
    CHECK(r.reason == "not a directory");
  }
  SECTION("missing VANE_PLUGIN_PATH entries and default dir yield nothing, silently") {
    const auto set = load_plugins({{"/no/such/a", "VANE_PLUGIN_PATH"}, {"/no/such/b", "default"}}, probe_on());
    CHECK(set.reports.empty());
    CHECK(set.plugins.empty());
  }
  SECTION("the same plugin reached twice is one candidate") {
    const auto set = load_dirs({fixture("good"), fixture("good") / "." / ""}, probe_off());
    CHECK(set.reports.size() == 1);
    CHECK(set.plugins.size() == 1);
  }
  SECTION("a directory of plugins is scanned in sorted order, non-plugins skipped") {
    TempDir tmp;
    for (const char* name : {"dup_second", "dup_first", "good"}) {
      std::filesystem::create_directory_symlink(fixture(name), tmp.path() / name);
    }
    std::filesystem::create_directory(tmp.path() / "docs");  // no manifest.json
    tmp.write("README", "not a plugin\n");
    const auto set = load_dirs({tmp.path()}, probe_off());
    REQUIRE(set.reports.size() == 3);
    CHECK(set.reports[0].name == "fx_dup_first");
    CHECK(set.reports[1].name == "fx_dup_second");
    CHECK(set.reports[1].state == PluginState::shadowed);
    CHECK(set.reports[2].name == "fx_good");
    CHECK(set.reports[2].path == tmp.path() / "good" / "libvane_fx_good.so");  // as found, not resolved
  }
}

TEST_CASE("loader: VANE_PLUGIN_PATH comes after --plugin-dir", "[loader]") {
  const std::string env = fixture("dup_first").string() + "::" + fixture("good").string();
  const auto path = plugin_search_path({fixture("dup_second")}, env.c_str(), "/no/such/prefix/bin/vane");
  const auto set = load_plugins(path, probe_on());
  REQUIRE(set.reports.size() == 3);
  CHECK(report_of(set, "fx_dup_second").state == PluginState::loaded);
  CHECK(report_of(set, "fx_dup_second").origin == "--plugin-dir");
  CHECK(report_of(set, "fx_dup_first").state == PluginState::shadowed);
  CHECK(report_of(set, "fx_dup_first").origin == "VANE_PLUGIN_PATH");
  CHECK(report_of(set, "fx_good").state == PluginState::loaded);
}

TEST_CASE("loader: narration has one line per candidate and per step", "[loader]") {
  std::ostringstream out;
  auto options = probe_on();
  options.narrate = &out;
  load_dirs({fixture("good"), fixture("abi_mismatch")}, options);
  const std::string text = out.str();
  const std::string good = fixture("good").string();
  CHECK_THAT(text, Contains("vane: plugins: candidate " + good + " (--plugin-dir)\n"));
  CHECK_THAT(text, Contains("vane: plugins:   manifest: ok (fx_good 1.2.3, langs nl, library libvane_fx_good.so)\n"));
  CHECK_THAT(text, Contains("vane: plugins:   probe: ok\n"));
  CHECK_THAT(text, Contains("vane: plugins:   load: ok (data dir "));
  CHECK_THAT(text, Contains("vane: plugins:   verdict: loaded, serving nl\n"));
  CHECK_THAT(text, Contains("vane: plugins:   verdict: ABI 2, host supports 1; skipped\n"));
  CHECK_THAT(text, Contains("vane: plugins:   probe: ABI 2, host supports 1\n"));
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) CHECK_THAT(line, StartsWith("vane: plugins: "));
}

TEST_CASE("loader: with every fixture at once, the good ones all load and work", "[loader]") {
  auto options = probe_on();
  options.probe_timeout = 2s;  // fx_hang_init costs this much
  const auto set = load_dirs({VANE_HOST_FIXTURES}, options);

  std::set<std::string> loaded;
  for (const auto& r : set.reports) {
    CAPTURE(r.diagnostic());
    if (r.state == PluginState::loaded) loaded.insert(r.name);
    if (r.state != PluginState::loaded) CHECK_FALSE(r.reason.empty());
  }
  CHECK(loaded == std::set<std::string>{"fx_dup_first", "fx_dup_partial", "fx_good", "fx_old_size"});
  CHECK(report_of(set, "fx_dup_second").state == PluginState::shadowed);
  CHECK(report_of(set, "fx_crash_static").state == PluginState::failed);
  CHECK(report_of(set, "fx_hang_init").state == PluginState::failed);

  std::size_t dirs = 0;
  for (const auto& e : std::filesystem::directory_iterator(VANE_HOST_FIXTURES)) dirs += e.is_directory();
  CHECK(set.reports.size() == dirs);

  REQUIRE(set.plugins.size() == 4);
  for (const auto& p : set.plugins) CHECK(p->library.is_loaded());
  const auto good = std::find_if(set.plugins.begin(), set.plugins.end(),
                                 [](const auto& p) { return p->name == "fx_good"; });
  REQUIRE(good != set.plugins.end());
  CHECK(split(**good, "zoekmachineoptimalisatie") == std::vector<std::size_t>{4});
}
