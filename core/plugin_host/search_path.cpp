// Builds the ordered list of plugin directories; see search_path.hpp.
#include "plugin_host/search_path.hpp"

#include <string_view>
#include <system_error>

namespace vane::plugin_host {
namespace {

namespace fs = std::filesystem;

// "a/./b/" and "a/b" are the same directory: normalise so that reports and
// duplicate checks see one spelling. Relative paths stay relative.
fs::path tidy(const fs::path& dir) {
  fs::path p = dir.lexically_normal();
  if (!p.has_filename() && p.has_relative_path()) p = p.parent_path();
  return p;
}

}  // namespace

std::vector<SearchDir> plugin_search_path(const std::vector<fs::path>& cli_dirs,
                                          const char* env_value,
                                          const fs::path& exe_path) {
  std::vector<SearchDir> out;
  for (const auto& dir : cli_dirs) {
    if (!dir.empty()) out.push_back({tidy(dir), "--plugin-dir"});
  }

  if (env_value != nullptr) {
    std::string_view rest(env_value);
    while (true) {
      const auto colon = rest.find(':');
      const std::string_view entry = rest.substr(0, colon);
      // An empty entry ("a::b", a trailing colon) means nothing here; PATH's
      // "empty means the current directory" would surprise more than help.
      if (!entry.empty()) out.push_back({tidy(fs::path(entry)), "VANE_PLUGIN_PATH"});
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }

  if (!exe_path.empty()) {
    std::error_code ec;
    fs::path exe = exe_path.is_absolute() ? exe_path : fs::absolute(exe_path, ec);
    if (ec) exe = exe_path;
    out.push_back({tidy(exe.parent_path() / ".." / "lib" / "vane" / "plugins"), "default"});
  }
  return out;
}

}  // namespace vane::plugin_host
