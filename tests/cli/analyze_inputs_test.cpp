// End to end: `vane analyze` on text, CSV/TSV, HTML files, directories and
// files in other encodings (the fixtures of tests/io/fixtures).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../test_paths.hpp"
#include "run_command.hpp"

using nlohmann::json;
using vane::testing::run_command;
using vane::testing::vane_bin;

namespace {

std::vector<json> records_of(const std::string& out) {
  std::vector<json> records;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) records.push_back(json::parse(line));
  return records;
}

std::string fixtures() { return (vane::testing::source_dir() / "tests" / "io" / "fixtures").string(); }

// Runs vane analyze inside the fixtures directory, so ids are short.
vane::testing::CommandResult analyze_in_fixtures(const std::string& args) {
  return run_command("cd " + fixtures() + " && " + vane_bin() + " analyze -q " + args);
}

struct Expected {
  std::string id;
  std::string status;
  std::string encoding;  // "" = no encoding field
  std::string error;     // "" = no error
};

void check_records(const std::vector<json>& records, const std::vector<Expected>& expected) {
  REQUIRE(records.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("record " << i << ": " << records[i].dump().substr(0, 400));
    CHECK(records[i]["id"] == expected[i].id);
    CHECK(records[i]["status"] == expected[i].status);
    if (expected[i].encoding.empty()) {
      CHECK_FALSE(records[i].contains("encoding"));
    } else {
      CHECK(records[i]["encoding"] == expected[i].encoding);
    }
    if (!expected[i].error.empty()) CHECK(records[i]["error"]["code"] == expected[i].error);
  }
}

}  // namespace

TEST_CASE("analyze reads text files in any supported encoding, one record each, in order", "[cli][inputs]") {
  const auto binary = std::filesystem::temp_directory_path() / ("vane_cli_binary_" + std::to_string(::getpid()) + ".txt");
  std::ofstream(binary, std::ios::binary) << std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
  const auto result = analyze_in_fixtures("promo-windows1252.txt newsletter-utf16le.txt " + binary.string() +
                                          " launch-utf8-bom.txt");
  CHECK(result.exit_code == 1);  // the binary file is an error record
  const auto records = records_of(result.out);
  check_records(records, {{"promo-windows1252.txt", "ok", "windows-1252", ""},
                          {"newsletter-utf16le.txt", "ok", "utf-16le", ""},
                          {binary.string(), "error", "", "binary_input"},
                          {"launch-utf8-bom.txt", "ok", "", ""}});
  CHECK(records[0]["lang"]["code"] == "fr");
  CHECK(records[1]["lang"]["code"] == "it");
  CHECK(records[3]["lang"]["code"] == "en");
  // One byte per character in Windows-1252: every byte became one code
  // point (a byte read as broken UTF-8 would not).
  CHECK(records[0]["stats"]["chars"] ==
        std::filesystem::file_size(std::filesystem::path(fixtures()) / "promo-windows1252.txt"));
  std::filesystem::remove(binary);
}

TEST_CASE("analyze reads CSV rows with several text columns and reports bad rows in place", "[cli][inputs]") {
  const auto result = analyze_in_fixtures(
      "--text-column headline --text-column body --keep-fields channel campaigns.csv "
      "--id-column post_id --text-column title posts.tsv");
  // One set of options applies to every file: posts.tsv has no "headline".
  CHECK(result.exit_code == 1);
  const auto records = records_of(result.out);
  REQUIRE(records.size() == 2);
  CHECK(records[0]["error"]["code"] == "missing_column");
  CHECK(records[1]["error"]["code"] == "missing_column");

  const auto csv = analyze_in_fixtures("--text-column headline --text-column body --keep-fields channel campaigns.csv");
  CHECK(csv.exit_code == 1);
  const auto rows = records_of(csv.out);
  check_records(rows, {{"spring-01", "ok", "", ""},
                       {"spring-02", "ok", "", ""},
                       {"campaigns.csv:6", "ok", "", ""},
                       {"campaigns.csv:7", "error", "", "malformed_row"},
                       {"spring-04", "ok", "", ""}});
  CHECK(rows[0]["meta"] == json({{"channel", "email"}}));
  CHECK(rows[0]["lang"]["source"] == "hint");
  CHECK(rows[2]["lang"]["code"] == "fr");
  CHECK(rows[4]["lang"]["code"] == "it");
  CHECK_THAT(rows[3]["error"]["message"].get<std::string>(), Catch::Contains("campaigns.csv:7"));

  const auto tsv = analyze_in_fixtures("--id-column post_id --text-column text posts.tsv catalogue-windows1252.csv");
  CHECK(tsv.exit_code == 1);  // catalogue has no post_id column
  check_records(records_of(tsv.out), {{"nl-1", "ok", "", ""},
                                      {"nl-2", "ok", "", ""},
                                      {"catalogue-windows1252.csv", "error", "windows-1252", "missing_column"}});
}

TEST_CASE("analyze reads an HTML page's visible text", "[cli][inputs]") {
  const auto result = analyze_in_fixtures("landing.html");
  CHECK(result.exit_code == 0);
  const auto records = records_of(result.out);
  check_records(records, {{"landing.html", "ok", "", ""}});
  CHECK(records[0]["lang"]["code"] == "en");
  CHECK(records[0]["stats"]["sentences"] == 7);
  for (const auto& channel : records[0]["channels"]) {
    for (const auto& mention : channel["mentions"]) {
      CHECK(mention["text"].get<std::string>().find("TEXT") == std::string::npos);
    }
  }
}

TEST_CASE("analyze walks directories in sorted order with globs, numbering across inputs", "[cli][inputs]") {
  const auto result = analyze_in_fixtures("tree --exclude 'drafts' --exclude '*.html' launch-utf8-bom.txt "
                                          "/nonexistent/vane-input.txt");
  CHECK(result.exit_code == 1);
  check_records(records_of(result.out), {{"Zebra-campaign.txt", "ok", "", ""},
                                         {"a-offer.txt", "ok", "", ""},
                                         {"a/deep/pricing.md", "ok", "", ""},
                                         {"blog/launch.md", "ok", "", ""},
                                         {"launch-utf8-bom.txt", "ok", "", ""},
                                         {"/nonexistent/vane-input.txt", "error", "", "unreadable_input"}});

  const auto included = analyze_in_fixtures("--include 'blog/*' tree");
  CHECK(included.exit_code == 0);
  check_records(records_of(included.out), {{"blog/launch.md", "ok", "", ""}, {"blog/summer-sale.html", "ok", "", ""}});

  const auto hidden = analyze_in_fixtures("--hidden --include '*.txt' --exclude 'Z*' --exclude 'a*' --exclude 'drafts' tree");
  check_records(records_of(hidden.out), {{".env.txt", "ok", "", ""}, {".hidden/secret.txt", "ok", "", ""}});
}

TEST_CASE("an empty directory is a warning and no records, not an error", "[cli][inputs]") {
  const auto dir = std::filesystem::temp_directory_path() / ("vane_cli_empty_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto result = run_command(vane_bin() + " analyze " + dir.string());
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::Contains("warning: directory " + dir.string() + " has no files to read"));
  CHECK_THAT(result.err, Catch::Contains("0 documents"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("--format forces a format, for stdin too; a bad one is a usage error", "[cli][inputs]") {
  const auto text = run_command("printf 'Subscribe to our newsletter for weekly growth tips.' | " + vane_bin() +
                                " analyze -q --format text");
  CHECK(text.exit_code == 0);
  check_records(records_of(text.out), {{"stdin", "ok", "", ""}});

  const auto csv = run_command("printf 'id,text\\nx,Call our sales team today.\\n' | " + vane_bin() +
                               " analyze -q --format csv -");
  check_records(records_of(csv.out), {{"x", "ok", "", ""}});

  // Without --format, stdin is JSON Lines, as it always was.
  const auto jsonl = run_command("printf '{\"id\":\"j\",\"text\":\"Book a demo.\"}\\n' | " + vane_bin() + " analyze -q");
  check_records(records_of(jsonl.out), {{"j", "ok", "", ""}});

  // A forced format reads every file of a directory, whatever its extension.
  const auto forced = analyze_in_fixtures("--format text --include '*.docx' tree");
  check_records(records_of(forced.out), {{"notes.docx", "ok", "", ""}});

  CHECK(run_command(vane_bin() + " analyze --format xml").exit_code == 2);
}

TEST_CASE("analyze --help documents the input options", "[cli][inputs]") {
  const auto help = run_command(vane_bin() + " analyze --help");
  CHECK(help.exit_code == 0);
  for (const char* text : {"--format", "--include", "--exclude", "--hidden", "--id-column", "--text-column",
                           "--lang-column", "hidden", "docs/inputs.md", "Exit status"}) {
    INFO(text);
    CHECK_THAT(help.out, Catch::Contains(text));
  }
}
