// The probe: load a plugin in a forked child before trusting it in the host.
// The child runs open_plugin() (dlopen, static initialisers, entry point,
// descriptor checks, init), writes its verdict to a pipe and _exit()s; the
// parent turns a crash, an exit without verdict or a hang into a reason.
// A plugin that segfaults therefore costs one diagnostic, not the run.
//
// fork() is only safe while the host is single-threaded, which is why the
// registry is built before any worker thread starts.
//
//   if (auto s = vane::plugin_host::probe_plugin(manifest, 5s); !s)
//     report(manifest.library_path, s.message);  // "crashed while loading (signal 11: ...)"
#pragma once

#include <chrono>
#include <string>

#include "plugin_host/manifest.hpp"
#include "util/status.hpp"

namespace vane::plugin_host {

// Ok when the child loaded and initialised the plugin; otherwise the reason
// (the child's own verdict, or how it died).
Status probe_plugin(const Manifest& manifest, std::chrono::milliseconds timeout);

// Describes a waitpid() status of a child that gave no verdict:
// "crashed while loading (signal 11: Segmentation fault)".
std::string describe_child_exit(int wait_status);

}  // namespace vane::plugin_host
