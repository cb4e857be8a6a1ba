// End to end: the real `vane` binary with the real plugins of the build tree.
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../test_paths.hpp"
#include "run_command.hpp"

using nlohmann::json;
using vane::testing::run_command;
using vane::testing::vane_bin;

namespace {

std::vector<json> parse_lines(const std::string& out) {
  std::vector<json> records;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) records.push_back(json::parse(line));
  return records;
}

std::filesystem::path write_temp(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

}  // namespace

TEST_CASE("analyze returns one record per input line, in order, for good and bad lines", "[cli]") {
  const std::string input =
      R"({"id": "en-1", "text": "Inbound marketing brings customers to you through useful content and search."})" "\n"
      R"({"id": "it-1", "text": "Il marketing dei contenuti porta clienti che cercano le nostre soluzioni."})" "\n"
      "{broken json\n"
      R"({"id": "bad-utf8", "text": "caf)" "\xC3\x28" R"("})" "\n"
      R"({"id": "empty", "text": "   "})" "\n"
      R"({"id": "no-text"})" "\n"
      R"({"id": "de-1", "text": "Die Werbung im Fernsehen erreicht viele Menschen, aber sie ist sehr teuer und schwer zu messen."})" "\n"
      R"({"id": "hinted", "text": "Ciao a tutti", "lang": "it"})" "\n"
      "\n"
      R"({"id": "fr-1", "text": "La stratégie d’attraction repose sur le référencement naturel et les contenus."})" "\n";
  const auto path = write_temp("vane_cli_mixed.jsonl", input);
  const auto result = run_command(vane_bin() + " analyze -j 2 " + path.string());

  CHECK(result.exit_code == 1);  // some records are errors
  const auto records = parse_lines(result.out);
  REQUIRE(records.size() == 10);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"en-1", "ok"},         {"it-1", "ok"},    {path.string() + ":3", "error"},
      {"bad-utf8", "error"},  {"empty", "empty"}, {"no-text", "error"},
      {"de-1", "unsupported_language"}, {"hinted", "ok"}, {path.string() + ":9", "empty"},
      {"fr-1", "ok"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("record " << i << ": " << records[i].dump());
    CHECK(records[i]["id"] == expected[i].first);
    CHECK(records[i]["status"] == expected[i].second);
    CHECK(records[i]["schema_version"] == 1);
  }
  CHECK(records[0]["lang"]["code"] == "en");
  CHECK(records[1]["lang"]["code"] == "it");
  CHECK(records[9]["lang"]["code"] == "fr");
  CHECK(records[3]["error"]["code"] == "invalid_utf8");
  CHECK(records[5]["error"]["code"] == "missing_text");
  CHECK(records[6]["lang"]["code"] == "de");
  CHECK(records[7]["lang"]["source"] == "hint");
  CHECK(records[0]["inbound_outbound"]["label"] == "inbound");
  CHECK(records[0]["push_pull"]["label"] == "pull");
  CHECK(records[0]["stats"]["words"] == 11);
  CHECK_THAT(result.err, Catch::Contains("10 documents"));
  CHECK_THAT(result.err, Catch::Contains("error 3 (invalid_utf8 1, malformed_json 1, missing_text 1)"));
  // stderr is a file here, not a terminal: no progress line, no terminal codes.
  CHECK(result.err.find('\r') == std::string::npos);
  CHECK(result.err.find('\x1b') == std::string::npos);
  std::filesystem::remove(path);
}

TEST_CASE("analyze output is identical whatever the number of jobs", "[cli]") {
  std::string input;
  for (int i = 0; i < 300; ++i) {
    input += R"({"id": ")" + std::to_string(i) + R"(", "text": "Document )" + std::to_string(i) +
             R"( talks about search engine optimisation and newsletters."})" "\n";
  }
  const auto path = write_temp("vane_cli_jobs.jsonl", input);
  const auto one = run_command(vane_bin() + " analyze -q -j 1 " + path.string());
  const auto four = run_command(vane_bin() + " analyze -q -j 4 < " + path.string());
  CHECK(one.exit_code == 0);
  CHECK(four.exit_code == 0);
  CHECK(parse_lines(one.out).size() == 300);
  CHECK(one.out == four.out);
  std::filesystem::remove(path);
}

TEST_CASE("analyze --lang forces the language and -o writes a file", "[cli]") {
  const auto in = write_temp("vane_cli_force.jsonl", R"({"id": "x", "text": "Hello world, this is English."})" "\n");
  const auto out = std::filesystem::temp_directory_path() / "vane_cli_force_out.jsonl";
  const auto result = run_command(vane_bin() + " analyze -q --lang nl -o " + out.string() + " " + in.string());
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
  const auto records = parse_lines(vane::testing::read_file(out));
  REQUIRE(records.size() == 1);
  CHECK(records[0]["lang"] == json({{"code", "nl"}, {"confidence", 1.0}, {"source", "forced"}}));
  std::filesystem::remove(in);
  std::filesystem::remove(out);
}

TEST_CASE("usage errors and fatal errors have their own exit codes", "[cli]") {
  CHECK(run_command(vane_bin() + " analyze --no-such-option").exit_code == 2);
  CHECK(run_command(vane_bin()).exit_code == 2);
  CHECK(run_command(vane_bin() + " analyze -j 0").exit_code == 2);
  const auto fatal = run_command(vane_bin() + " analyze -o /nonexistent/dir/out.jsonl /dev/null");
  CHECK(fatal.exit_code == 3);
  CHECK_THAT(fatal.err, Catch::Contains("/nonexistent/dir/out.jsonl"));
  const auto missing = run_command(vane_bin() + " analyze -q /nonexistent/input.jsonl");
  CHECK(missing.exit_code == 1);
  const auto records = parse_lines(missing.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0]["error"]["code"] == "unreadable_input");
}

TEST_CASE("--help and --version work everywhere and exit 0", "[cli]") {
  for (const char* args : {" --help", " --version", " analyze --help", " plugins --help"}) {
    const auto result = run_command(vane_bin() + args);
    INFO(args);
    CHECK(result.exit_code == 0);
    CHECK_FALSE(result.out.empty());
  }
  CHECK_THAT(run_command(vane_bin() + " --version").out, Catch::Contains("plugin ABI 1"));
}

TEST_CASE("a language whose plugin failed gets plugin_unavailable; the others go on", "[cli]") {
  // An installed-looking tree: bin/vane next to lib/vane/plugins with a good
  // English plugin and a French one whose manifest claims ABI 2.
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / "vane_cli_broken_tree";
  fs::remove_all(root);
  fs::create_directories(root / "bin");
  fs::copy_file(vane_bin(), root / "bin" / "vane");
  const fs::path plugins = vane::testing::binary_dir() / "lib" / "vane" / "plugins";
  for (const char* lang : {"en", "fr"}) {
    fs::create_directories(root / "lib" / "vane" / "plugins" / lang);
    fs::copy(plugins / lang, root / "lib" / "vane" / "plugins" / lang, fs::copy_options::recursive);
  }
  const fs::path manifest = root / "lib" / "vane" / "plugins" / "fr" / "manifest.json";
  fs::remove(manifest);
  std::ofstream(manifest) << R"({"name": "fr", "version": "0.1.0", "abi": 2, "langs": ["fr"], "library": "libvane_fr.so"})";

  const auto in = write_temp("vane_cli_broken.jsonl",
                             R"({"id": "fr", "text": "La stratégie d’attraction repose sur le référencement naturel et les contenus."})" "\n"
                             R"({"id": "en", "text": "Inbound marketing brings customers to you through useful content and search."})" "\n");
  const auto result = run_command("env -u VANE_PLUGIN_PATH " + (root / "bin" / "vane").string() + " analyze -q " + in.string());
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("manifest.json"));
  const auto records = parse_lines(result.out);
  REQUIRE(records.size() == 2);
  CHECK(records[0]["status"] == "error");
  CHECK(records[0]["error"]["code"] == "plugin_unavailable");
  CHECK(records[0]["lang"]["code"] == "fr");
  CHECK(records[1]["status"] == "ok");
  fs::remove_all(root);
  fs::remove(in);
}
