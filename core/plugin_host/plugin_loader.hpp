// Discovers and loads plugins. For each search directory, a plugin is a
// directory holding manifest.json (the directory itself, or each immediate
// subdirectory, in sorted order). Each candidate goes through:
//   manifest.json validated without running code (name, version, abi, langs, library)
//   -> probe in a child process (a crashing plugin costs a message, not the host)
//   -> load with Boost.DLL (RTLD_NOW | RTLD_LOCAL)
//   -> entry point vane_plugin_info_v1 present, descriptor checked: abi, size,
//      c_abi, non-null fields, agreement with the manifest
//   -> init hook called with the absolute data directory.
// Any failure becomes a PluginReport with state failed and a reason, and the
// loader goes on. A language claimed twice is served by the first plugin in
// search order; a later plugin claiming only served languages is validated
// (by the probe, which then spares the host its code) and reported as
// shadowed, one claiming some new ones is loaded for those (served_langs).
// A plugin directory reached twice (say --plugin-dir and the default) is one
// candidate. A --plugin-dir that does not exist gets a failed report; a
// missing VANE_PLUGIN_PATH entry or default directory is silently empty.
//
//   auto set = vane::plugin_host::load_plugins(search_path, {});
//   for (auto& r : set.reports) if (r.state != PluginState::loaded) std::cerr << r.diagnostic() << '\n';
#pragma once

#include <chrono>
#include <memory>
#include <ostream>
#include <vector>

#include "plugin_host/plugin_handle.hpp"
#include "plugin_host/plugin_report.hpp"
#include "plugin_host/search_path.hpp"

namespace vane::plugin_host {

struct LoadOptions {
  bool probe_in_child = true;       // fork a child to load and init first
  std::chrono::milliseconds probe_timeout{5000};  // a child still loading then is killed
  std::ostream* narrate = nullptr;  // VANE_DEBUG_PLUGINS=1: every candidate and verdict
};

struct PluginSet {
  std::vector<std::shared_ptr<const PluginHandle>> plugins;  // loaded, in search order
  std::vector<PluginReport> reports;                         // every candidate, in search order
};

PluginSet load_plugins(const std::vector<SearchDir>& search_path, const LoadOptions& options);

}  // namespace vane::plugin_host
