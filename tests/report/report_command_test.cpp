// `vane report` end to end, without a browser: exit codes, warnings, output.
// (tests/report/report_browser_test.py renders the page in Chromium.)
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../cli/run_command.hpp"

using vane::testing::read_file;
using vane::testing::run_command;
using vane::testing::vane_bin;

namespace {

std::filesystem::path write_temp(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / ("vane_report_test_" + std::to_string(::getpid()) + "_" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

const char* kRecord =
    R"({"id":"a","status":"error","schema_version":1,"error":{"code":"invalid_utf8","message":"bad"}})";

}  // namespace

TEST_CASE("vane report writes the page and exits 0 when every line is a record", "[report][cli]") {
  const auto results = write_temp("ok.jsonl", std::string(kRecord) + "\n");
  const auto page = write_temp("ok.html", "");
  const auto r = run_command(vane_bin() + " report " + results.string() + " -o " + page.string());
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("1 documents") != std::string::npos);
  const std::string html = read_file(page);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("invalid_utf8") != std::string::npos);
  std::filesystem::remove(results);
  std::filesystem::remove(page);
}

TEST_CASE("vane report skips a malformed results line with a file:line warning and exits 1", "[report][cli]") {
  const auto results = write_temp("broken.jsonl", std::string(kRecord) + "\n{oops\n");
  const auto page = write_temp("broken.html", "");
  const auto r = run_command(vane_bin() + " report " + results.string() + " -o " + page.string());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(results.string() + ":2: not valid JSON") != std::string::npos);
  CHECK(std::filesystem::file_size(page) > 1000);
  std::filesystem::remove(results);
  std::filesystem::remove(page);
}

TEST_CASE("vane report: usage errors exit 2, unreadable input and unwritable output exit 3", "[report][cli]") {
  const auto results = write_temp("usage.jsonl", std::string(kRecord) + "\n");
  CHECK(run_command(vane_bin() + " report " + results.string()).exit_code == 2);  // no -o
  CHECK(run_command(vane_bin() + " report /nonexistent/results.jsonl -o /tmp/x.html").exit_code == 3);
  CHECK(run_command(vane_bin() + " report " + results.string() + " --texts /nonexistent/in.jsonl -o /tmp/x.html")
            .exit_code == 3);
  const auto r = run_command(vane_bin() + " report " + results.string() + " -o /nonexistent/dir/report.html");
  CHECK(r.exit_code == 3);
  CHECK(r.err.find("cannot write /nonexistent/dir/report.html") != std::string::npos);
  std::filesystem::remove(results);
}
