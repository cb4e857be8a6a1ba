#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../test_paths.hpp"
#include "run_command.hpp"

using vane::testing::run_command;
using vane::testing::vane_bin;

TEST_CASE("vane plugins lists the four language plugins of the build tree", "[cli]") {
  const auto result = run_command(vane_bin() + " plugins");
  CHECK(result.exit_code == 0);
  for (const char* name : {"en", "fr", "it", "nl"}) {
    CHECK_THAT(result.out, Catch::Contains(std::string("libvane_") + name + ".so"));
  }
  CHECK_THAT(result.out, Catch::Contains("NAME"));
  CHECK_THAT(result.out, Catch::Contains("loaded"));
}

TEST_CASE("vane plugins --json gives one object per plugin", "[cli]") {
  const auto result = run_command(vane_bin() + " plugins --json");
  std::istringstream in(result.out);
  std::string line;
  int loaded = 0;
  while (std::getline(in, line)) {
    const auto row = nlohmann::json::parse(line);
    if (row["status"] == "loaded") ++loaded;
  }
  CHECK(loaded == 4);
}

TEST_CASE("a plugin dir given first wins a language and the other is shown as shadowed", "[cli]") {
  // A copy of the build tree's en plugin, offered through --plugin-dir,
  // claims "en" first; the default one is then shadowed.
  const auto copy = std::filesystem::temp_directory_path() / "vane_plugins_cmd_en";
  std::filesystem::remove_all(copy);
  std::filesystem::copy(vane::testing::binary_dir() / "lib" / "vane" / "plugins" / "en", copy,
                        std::filesystem::copy_options::recursive |
                            std::filesystem::copy_options::copy_symlinks);
  const auto result = run_command(vane_bin() + " plugins --json --plugin-dir " + copy.string());
  CHECK(result.exit_code == 0);
  std::istringstream in(result.out);
  std::string line;
  std::vector<nlohmann::json> rows;
  while (std::getline(in, line)) rows.push_back(nlohmann::json::parse(line));
  REQUIRE(rows.size() == 5);
  CHECK(rows[0]["name"] == "en");
  CHECK(rows[0]["status"] == "loaded");
  CHECK(rows[0]["origin"] == "--plugin-dir");
  const auto shadowed = std::count_if(rows.begin(), rows.end(), [](const auto& r) {
    return r["name"] == "en" && r["status"] == "shadowed";
  });
  CHECK(shadowed == 1);
  std::filesystem::remove_all(copy);
}
