// Loads one plugin into this process, given its checked manifest: dlopen
// with RTLD_NOW | RTLD_LOCAL, find vane_plugin_info_v1, check the descriptor,
// resolve the data directory and call the init hook. The probe runs exactly
// this in a child first, so a crash anywhere here costs the child only.
//
//   auto handle = vane::plugin_host::open_plugin(manifest);
//   if (!handle) report(manifest.library_path, handle.status().message);
#pragma once

#include <memory>

#include "plugin_host/manifest.hpp"
#include "plugin_host/plugin_handle.hpp"
#include "util/status.hpp"

namespace vane::plugin_host {

// Size of the buffer an init hook may write its reason into.
inline constexpr std::size_t kInitErrorCapacity = 1024;

Expected<std::shared_ptr<PluginHandle>> open_plugin(const Manifest& manifest);

}  // namespace vane::plugin_host
