// plugin_search_path: order, origins, VANE_PLUGIN_PATH parsing, default dir.
#include "plugin_host/search_path.hpp"

#include <catch2/catch.hpp>

namespace fs = std::filesystem;
using vane::plugin_host::plugin_search_path;
using vane::plugin_host::SearchDir;

namespace {

std::vector<std::string> dirs_of(const std::vector<SearchDir>& path) {
  std::vector<std::string> out;
  for (const auto& d : path) out.push_back(d.dir.string());
  return out;
}

std::vector<std::string> origins_of(const std::vector<SearchDir>& path) {
  std::vector<std::string> out;
  for (const auto& d : path) out.push_back(d.origin);
  return out;
}

}  // namespace

TEST_CASE("search path: --plugin-dir, then VANE_PLUGIN_PATH, then the default", "[search_path]") {
  const auto path = plugin_search_path({"cli1", "/abs/cli2"}, "/env/a:env/b", "/opt/vane/bin/vane");
  CHECK(dirs_of(path) == std::vector<std::string>{"cli1", "/abs/cli2", "/env/a", "env/b",
                                                  "/opt/vane/lib/vane/plugins"});
  CHECK(origins_of(path) == std::vector<std::string>{"--plugin-dir", "--plugin-dir", "VANE_PLUGIN_PATH",
                                                     "VANE_PLUGIN_PATH", "default"});
}

TEST_CASE("search path: VANE_PLUGIN_PATH entries split on colons, empty ones ignored", "[search_path]") {
  const fs::path exe = "/x/bin/vane";
  CHECK(dirs_of(plugin_search_path({}, nullptr, exe)) == std::vector<std::string>{"/x/lib/vane/plugins"});
  CHECK(dirs_of(plugin_search_path({}, "", exe)) == std::vector<std::string>{"/x/lib/vane/plugins"});
  CHECK(dirs_of(plugin_search_path({}, ":::", exe)) == std::vector<std::string>{"/x/lib/vane/plugins"});
  CHECK(dirs_of(plugin_search_path({}, "a::b:", exe)) ==
        std::vector<std::string>{"a", "b", "/x/lib/vane/plugins"});
  CHECK(dirs_of(plugin_search_path({}, ":only", exe)) ==
        std::vector<std::string>{"only", "/x/lib/vane/plugins"});
}

TEST_CASE("search path: directories are lexically normalised, relative ones stay relative", "[search_path]") {
  const auto path = plugin_search_path({"plugins/./en/", "a/../b"}, "/e//x/./y/", "/build/bin/../bin/vane");
  CHECK(dirs_of(path) == std::vector<std::string>{"plugins/en", "b", "/e/x/y", "/build/lib/vane/plugins"});
}

TEST_CASE("search path: the default dir sits next to bin/ of the executable", "[search_path]") {
  SECTION("absolute executable path") {
    const auto path = plugin_search_path({}, nullptr, "/usr/local/bin/vane");
    REQUIRE(path.size() == 1);
    CHECK(path[0].dir == fs::path("/usr/local/lib/vane/plugins"));
    CHECK(path[0].origin == "default");
  }
  SECTION("relative executable path is taken from the current directory") {
    const auto path = plugin_search_path({}, nullptr, "bin/vane");
    REQUIRE(path.size() == 1);
    CHECK(path[0].dir.is_absolute());
    CHECK(path[0].dir == (fs::current_path() / "lib/vane/plugins").lexically_normal());
  }
  SECTION("no executable path, no default") {
    CHECK(plugin_search_path({"d"}, nullptr, fs::path()).size() == 1);
  }
}

TEST_CASE("search path: nonexistent directories are kept (the loader reports them)", "[search_path]") {
  const auto path = plugin_search_path({"/definitely/not/here"}, "/nor/here", "/nowhere/bin/vane");
  CHECK(path.size() == 3);
}
