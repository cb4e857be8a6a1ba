// The plugin options every command shares (--plugin-dir) and the step that
// turns them into a LanguageRegistry, narrating with VANE_DEBUG_PLUGINS=1.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "plugin_host/language_registry.hpp"

namespace vane::cli {

struct PluginOptions {
  std::vector<std::string> plugin_dirs;
};

void add_plugin_options(CLI::App& command, PluginOptions& options);

// Loads plugins from --plugin-dir, VANE_PLUGIN_PATH and the default
// directory. With report_problems, prints one line per failed or shadowed
// plugin to stderr.
plugin_host::LanguageRegistry load_registry(const PluginOptions& options, bool report_problems);

}  // namespace vane::cli
