// What happened to each plugin candidate: the rows of `vane plugins` and the
// one-line diagnostics on stderr.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace vane::plugin_host {

enum class PluginState {
  loaded,    // usable; serves the languages in `langs`
  shadowed,  // valid, but every language it claims is served by an earlier plugin
  failed,    // not usable; `reason` says why
};

const char* to_string(PluginState state);

struct PluginReport {
  std::filesystem::path path;   // the library; manifest.json if the manifest is unusable;
                                // the directory for a --plugin-dir that is not one
  std::string origin;           // "--plugin-dir", "VANE_PLUGIN_PATH", "default"
  std::string name;             // empty when unknown
  std::string version;
  std::vector<std::string> langs;         // as claimed
  std::vector<std::string> served_langs;  // the ones this plugin actually serves
  PluginState state = PluginState::failed;
  std::string reason;           // why it failed or was (partly) shadowed; empty when fully loaded

  // "vane: plugin PATH: REASON; skipped" style line for stderr.
  std::string diagnostic() const;
  // The same without the "vane: plugin PATH: " prefix: "REASON; skipped".
  std::string summary() const;
};

}  // namespace vane::plugin_host
