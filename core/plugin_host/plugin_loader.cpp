// Plugin discovery and the per-candidate load sequence; see plugin_loader.hpp.
#include "plugin_host/plugin_loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <map>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

#include "plugin_host/manifest.hpp"
#include "plugin_host/plugin_open.hpp"
#include "plugin_host/probe.hpp"

namespace vane::plugin_host {
namespace {

namespace fs = std::filesystem;

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

bool is_dir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

bool has_manifest(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / kManifestFile, ec);
}

class Loader {
 public:
  explicit Loader(const LoadOptions& options) : options_(options) {}

  void search(const SearchDir& search_dir) {
    const fs::path& dir = search_dir.dir;
    std::error_code ec;
    if (!fs::exists(dir, ec) || !is_dir(dir)) {
      const char* why = fs::exists(dir, ec) ? "not a directory" : "no such directory";
      narrate(fmt::format("search {} ({}): {}", dir.string(), search_dir.origin, why));
      // Only a directory the user named on the command line is worth a
      // diagnostic; a stale VANE_PLUGIN_PATH entry or a missing default is not.
      if (search_dir.origin == "--plugin-dir") fail_dir(search_dir, why);
      return;
    }
    narrate(fmt::format("search {} ({})", dir.string(), search_dir.origin));
    if (has_manifest(dir)) {
      consider(dir, search_dir.origin);
      return;
    }
    std::vector<fs::path> subdirs;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (is_dir(it->path())) subdirs.push_back(it->path());
    }
    if (ec) {
      narrate(fmt::format("search {}: cannot list ({})", dir.string(), ec.message()));
      if (search_dir.origin == "--plugin-dir") fail_dir(search_dir, "cannot list directory (" + ec.message() + ")");
      return;
    }
    std::sort(subdirs.begin(), subdirs.end());
    for (const auto& sub : subdirs) {
      if (has_manifest(sub)) {
        consider(sub, search_dir.origin);
      } else {
        narrate(fmt::format("  {}: no manifest.json; not a plugin", sub.string()));
      }
    }
  }

  PluginSet take() { return std::move(set_); }

 private:
  void narrate(std::string_view line) const {
    if (options_.narrate != nullptr) *options_.narrate << "vane: plugins: " << line << '\n';
  }

  void fail_dir(const SearchDir& search_dir, std::string reason) {
    PluginReport r;
    r.path = search_dir.dir;
    r.origin = search_dir.origin;
    r.reason = std::move(reason);
    set_.reports.push_back(std::move(r));
  }

  void consider(const fs::path& dir, const std::string& origin) {
    // The same directory reached twice (a --plugin-dir that is also the
    // default) is one plugin, not a plugin shadowing itself.
    std::error_code ec;
    fs::path key = fs::weakly_canonical(dir, ec);
    if (ec) key = fs::absolute(dir, ec).lexically_normal();
    if (!seen_.insert(key).second) {
      narrate(fmt::format("candidate {} ({}): already considered", dir.string(), origin));
      return;
    }
    narrate(fmt::format("candidate {} ({})", dir.string(), origin));

    PluginReport r;
    r.path = dir / kManifestFile;
    r.origin = origin;
    try {
      run_steps(r);
    } catch (const std::exception& e) {
      r.state = PluginState::failed;
      r.reason = fmt::format("internal error ({})", e.what());
    }
    narrate("  verdict: " + r.summary());
    set_.reports.push_back(std::move(r));
  }

  // Fills `r`; on failure leaves state failed with the reason.
  void run_steps(PluginReport& r) {
    const auto fail = [&](std::string_view step, std::string reason) {
      narrate(fmt::format("  {}: {}", step, reason));
      r.state = PluginState::failed;
      r.reason = std::move(reason);
    };

    auto manifest = read_manifest(r.path.parent_path());
    if (!manifest) return fail("manifest", manifest.status().message);
    r.name = manifest->name;
    r.version = manifest->version;
    r.langs = manifest->langs;
    if (manifest->abi != static_cast<long long>(VANE_PLUGIN_ABI)) {
      return fail("manifest", fmt::format("manifest.json declares ABI {}, host supports {}",
                                          manifest->abi, VANE_PLUGIN_ABI));
    }
    r.path = manifest->library_path;
    std::error_code ec;
    if (!fs::exists(r.path, ec)) return fail("manifest", "library file not found");
    if (!fs::is_regular_file(r.path, ec)) return fail("manifest", "library is not a regular file");
    narrate(fmt::format("  manifest: ok ({} {}, langs {}, library {})", manifest->name,
                        manifest->version, join(manifest->langs), manifest->library));

    if (options_.probe_in_child) {
      if (auto verdict = probe_plugin(*manifest, options_.probe_timeout); !verdict) {
        return fail("probe", verdict.message);
      }
      narrate("  probe: ok");
    }

    const auto [fresh, shadow_reason] = split_by_server(manifest->langs);
    if (fresh.empty() && options_.probe_in_child) {
      // Valid (the probe said so) but useless: keep its code out of the host.
      r.state = PluginState::shadowed;
      r.reason = shadow_reason;
      return;
    }

    auto handle = open_plugin(*manifest);
    if (!handle) return fail("load", handle.status().message);
    narrate(fmt::format("  load: ok (data dir {})", (*handle)->data_dir.string()));
    if (fresh.empty()) {
      // Loaded only to validate it; dropping the handle unloads it.
      r.state = PluginState::shadowed;
      r.reason = shadow_reason;
      return;
    }

    (*handle)->served_langs = fresh;
    for (const auto& lang : fresh) server_of_[lang] = set_.reports.size();
    r.served_langs = fresh;
    r.state = PluginState::loaded;
    r.reason = shadow_reason;
    set_.plugins.push_back(std::move(*handle));
  }

  // Splits claimed languages into those nobody serves yet and a reason
  // naming, per earlier plugin, the languages it already serves.
  std::pair<std::vector<std::string>, std::string> split_by_server(
      const std::vector<std::string>& langs) const {
    std::vector<std::string> fresh;
    std::map<std::size_t, std::vector<std::string>> taken;  // report index -> langs
    for (const auto& lang : langs) {
      const auto it = server_of_.find(lang);
      if (it == server_of_.end()) {
        fresh.push_back(lang);
      } else {
        taken[it->second].push_back(lang);
      }
    }
    std::string reason;
    for (const auto& [index, codes] : taken) {
      const PluginReport& by = set_.reports[index];
      if (!reason.empty()) reason += "; ";
      reason += fmt::format("{} {} already served by plugin {} ({})",
                            codes.size() == 1 ? "language" : "languages", join(codes), by.name,
                            by.path.string());
    }
    return {std::move(fresh), std::move(reason)};
  }

  const LoadOptions& options_;
  PluginSet set_;
  std::set<fs::path> seen_;
  std::map<std::string, std::size_t> server_of_;  // language -> index into set_.reports
};

}  // namespace

PluginSet load_plugins(const std::vector<SearchDir>& search_path, const LoadOptions& options) {
  Loader loader(options);
  for (const auto& dir : search_path) loader.search(dir);
  return loader.take();
}

}  // namespace vane::plugin_host
