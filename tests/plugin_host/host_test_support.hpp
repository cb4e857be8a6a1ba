// Shared helpers for the plugin host tests: where the built fixtures are, a
// one-call loader for a list of --plugin-dir directories, a scratch directory.
//
//   auto set = load_dirs({fixture("good")}, probe_off());
//   REQUIRE(report_of(set, "fx_good").state == PluginState::loaded);
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "plugin_host/plugin_loader.hpp"

namespace vane::plugin_host::test {

namespace fs = std::filesystem;

// The directory the build put fixture <name> in (fx_<name>/).
inline fs::path fixture(const std::string& name) {
  return fs::path(VANE_HOST_FIXTURES) / ("fx_" + name);
}

inline fs::path fixture_library(const std::string& name) {
  return fixture(name) / ("libvane_fx_" + name + ".so");
}

inline LoadOptions probe_on() { return LoadOptions{}; }

inline LoadOptions probe_off() {
  LoadOptions o;
  o.probe_in_child = false;
  return o;
}

inline PluginSet load_dirs(const std::vector<fs::path>& dirs, const LoadOptions& options) {
  std::vector<SearchDir> path;
  for (const auto& d : dirs) path.push_back({d, "--plugin-dir"});
  return load_plugins(path, options);
}

// The report for plugin `name`; throws (failing the test) when there is none.
inline const PluginReport& report_of(const PluginSet& set, const std::string& name) {
  for (const auto& r : set.reports) {
    if (r.name == name) return r;
  }
  throw std::runtime_error("no report for " + name);
}

// A scratch directory, removed with everything in it at scope exit.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = fs::temp_directory_path() /
            ("vane_host_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }

  // Writes `text` to path()/rel, creating directories on the way.
  fs::path write(const fs::path& rel, const std::string& text) const {
    const fs::path p = path_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

 private:
  fs::path path_;
};

}  // namespace vane::plugin_host::test
