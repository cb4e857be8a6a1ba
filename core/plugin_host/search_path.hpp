// Where plugins are looked for, in priority order (first claim of a
// language wins):
//   1. each --plugin-dir DIR, in the order given;
//   2. each entry of VANE_PLUGIN_PATH (colon-separated; empty entries ignored);
//   3. <directory of the executable>/../lib/vane/plugins (build and install trees).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace vane::plugin_host {

struct SearchDir {
  std::filesystem::path dir;
  std::string origin;  // "--plugin-dir", "VANE_PLUGIN_PATH", "default"
};

// env_value may be null (variable unset). exe_path is the running binary.
std::vector<SearchDir> plugin_search_path(const std::vector<std::filesystem::path>& cli_dirs,
                                          const char* env_value,
                                          const std::filesystem::path& exe_path);

}  // namespace vane::plugin_host
