// End to end: the real `vane` binary writing each output format from the
// real plugins, checked against its own JSON Lines output (the reference).
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../cli/run_command.hpp"
#include "../test_paths.hpp"

namespace fs = std::filesystem;
using nlohmann::json;
using vane::testing::read_file;
using vane::testing::run_command;
using vane::testing::vane_bin;

namespace {

fs::path work_dir() {
  const auto dir = fs::temp_directory_path() / ("vane_output_cli_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

std::string corpus_inputs() {
  std::string inputs;
  for (const char* lang : {"en", "fr", "it", "nl"}) {
    inputs += " " + (vane::testing::source_dir() / "corpora" / lang / "test" / "gold.jsonl").string();
  }
  // Good and bad lines: errors, empty texts and an unsupported language.
  return inputs + " " + (vane::testing::source_dir() / "tests/schema/mixed_input.jsonl").string();
}

}  // namespace

TEST_CASE("a JSON Lines run cut anywhere and resumed equals one uninterrupted run", "[output]") {
  const auto dir = work_dir();
  const auto full = dir / "full.jsonl";
  const auto once = run_command(vane_bin() + " analyze -q -j 2" + corpus_inputs() + " -o " + full.string());
  REQUIRE(once.exit_code == 1);  // mixed_input has error records
  const std::string reference = read_file(full);
  REQUIRE(reference.size() > 10000);

  // A killed writer leaves complete lines and maybe part of the next one.
  for (const std::size_t cut : {std::size_t{0}, reference.size() / 3, reference.find('\n') + 1,
                                reference.size() - 7}) {
    INFO("cut at byte " << cut);
    const auto partial = dir / "partial.jsonl";
    std::ofstream(partial, std::ios::binary | std::ios::trunc) << reference.substr(0, cut);
    const auto resumed =
        run_command(vane_bin() + " analyze -j 2 --resume" + corpus_inputs() + " -o " + partial.string());
    CHECK(resumed.exit_code <= 1);
    CHECK(read_file(partial) == reference);
    const auto complete_lines = std::count(reference.begin(), reference.begin() + static_cast<long>(cut), '\n');
    if (complete_lines > 0) {
      CHECK_THAT(resumed.err, Catch::Contains("+" + std::to_string(complete_lines) + " skipped"));
    }
  }
  fs::remove_all(dir);
}

TEST_CASE("output option mistakes are usage errors, unwritable targets fatal", "[output]") {
  const auto dir = work_dir();
  auto result = run_command(vane_bin() + " analyze --resume" + corpus_inputs());
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("--resume needs an output"));
  result = run_command(vane_bin() + " analyze --csv-bom -o " + (dir / "x.jsonl").string() + corpus_inputs());
  CHECK(result.exit_code == 2);
  result = run_command(vane_bin() + " analyze --resume -o " + (dir / "x.csv").string() + corpus_inputs());
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("not csv"));
  result = run_command(vane_bin() + " analyze --output-format xml" + corpus_inputs());
  CHECK(result.exit_code == 2);
  result = run_command(vane_bin() + " analyze -o " + (dir / "no/such/dir/x.jsonl").string() + corpus_inputs());
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.err, Catch::Contains("cannot write"));
  fs::remove_all(dir);
}
