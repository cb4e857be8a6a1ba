#include "output/jsonl_sink.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "output/open_sink.hpp"

namespace fs = std::filesystem;
using vane::engine::Record;
using vane::engine::RecordStatus;

namespace {

fs::path temp_path(const std::string& name) {
  return fs::temp_directory_path() / ("vane_output_" + std::to_string(::getpid()) + "_" + name);
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Record empty_record(const std::string& id) {
  Record record;
  record.id = id;
  record.status = RecordStatus::empty;
  record.error = vane::Status::error("empty_text", "the text is empty");
  return record;
}

}  // namespace

TEST_CASE("resuming JSON Lines keeps complete lines and cuts a partial last one", "[output]") {
  const auto path = temp_path("partial.jsonl");
  std::ofstream(path, std::ios::binary) << R"({"id":"a","status":"ok"})" "\n"
                                           R"({"id":"b\"q","status":"empty"})" "\n"
                                           R"({"id":"c","sta)";
  const auto ids = vane::output::recover_jsonl_output(path.string());
  REQUIRE(ids.has_value());
  CHECK(ids->size() == 2);
  CHECK(ids->count("a") == 1);
  CHECK(ids->count("b\"q") == 1);
  CHECK(slurp(path) == R"({"id":"a","status":"ok"})" "\n" R"({"id":"b\"q","status":"empty"})" "\n");
  fs::remove(path);
}

TEST_CASE("resuming a missing JSON Lines file starts from nothing", "[output]") {
  const auto ids = vane::output::recover_jsonl_output(temp_path("missing.jsonl").string());
  REQUIRE(ids.has_value());
  CHECK(ids->empty());
}

TEST_CASE("resuming refuses a file whose complete lines are not records", "[output]") {
  const auto path = temp_path("foreign.jsonl");
  std::ofstream(path, std::ios::binary) << R"({"id":"a"})" "\n" "not json\n";
  const auto ids = vane::output::recover_jsonl_output(path.string());
  REQUIRE_FALSE(ids.has_value());
  CHECK(ids.status().code == "output_not_resumable");
  CHECK_THAT(ids.status().message, Catch::Contains("line 2"));
  CHECK(slurp(path) == R"({"id":"a"})" "\n" "not json\n");  // untouched
  fs::remove(path);
}

TEST_CASE("the JSON Lines sink appends after a resumed file and reports its ids", "[output]") {
  const auto path = temp_path("append.jsonl");
  {
    vane::output::SinkOptions options;
    options.target = path.string();
    auto sink = vane::output::open_sink(options);
    REQUIRE(sink.has_value());
    CHECK((*sink)->completed_ids().empty());
    CHECK((*sink)->write(empty_record("one")).is_ok());
    CHECK((*sink)->finish().is_ok());
  }
  const std::string first = slurp(path);
  std::ofstream(path, std::ios::binary | std::ios::app) << R"({"id":"two","sta)";
  {
    vane::output::SinkOptions options;
    options.target = path.string();
    options.resume = true;
    auto sink = vane::output::open_sink(options);
    REQUIRE(sink.has_value());
    CHECK((*sink)->completed_ids() == std::unordered_set<std::string>{"one"});
    CHECK((*sink)->write(empty_record("two")).is_ok());
    CHECK((*sink)->finish().is_ok());
  }
  const std::string both = slurp(path);
  REQUIRE(both.starts_with(first));
  CHECK(both.substr(first.size()).starts_with(R"({"id":"two","status":"empty")"));
  CHECK(both.back() == '\n');
  fs::remove(path);
}

TEST_CASE("contradictory output options are usage errors", "[output]") {
  vane::output::SinkOptions options;
  options.resume = true;  // to stdout
  auto sink = vane::output::open_sink(options);
  REQUIRE_FALSE(sink.has_value());
  CHECK(sink.status().code == vane::output::kBadOutputOptions);

  options = {};
  options.target = temp_path("x.jsonl").string();
  options.csv_detail_dir = "detail";
  sink = vane::output::open_sink(options);
  REQUIRE_FALSE(sink.has_value());
  CHECK(sink.status().code == vane::output::kBadOutputOptions);
}
