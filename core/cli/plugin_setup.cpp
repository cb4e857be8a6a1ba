#include "cli/plugin_setup.hpp"

#include <boost/dll/runtime_symbol_info.hpp>

#include <cstdlib>
#include <iostream>
#include <string_view>

namespace vane::cli {

void add_plugin_options(CLI::App& command, PluginOptions& options) {
  command.add_option("--plugin-dir", options.plugin_dirs,
                     "Directory to search for plugins first (repeatable; before VANE_PLUGIN_PATH "
                     "and the installed plugins)")
      ->type_name("DIR")
      ->allow_extra_args(false);  // one directory per flag: `--plugin-dir X in.jsonl` keeps in.jsonl an input
}

plugin_host::LanguageRegistry load_registry(const PluginOptions& options, bool report_problems) {
  std::vector<std::filesystem::path> dirs(options.plugin_dirs.begin(), options.plugin_dirs.end());
  const auto search_path = plugin_host::plugin_search_path(
      dirs, std::getenv("VANE_PLUGIN_PATH"), boost::dll::program_location().string());

  plugin_host::LoadOptions load_options;
  const char* debug = std::getenv("VANE_DEBUG_PLUGINS");
  if (debug != nullptr && *debug != '\0' && std::string_view(debug) != "0") {
    load_options.narrate = &std::cerr;
  }
  auto registry = plugin_host::LanguageRegistry::build(plugin_host::load_plugins(search_path, load_options));
  if (report_problems) {
    for (const auto& report : registry.reports()) {
      if (report.state != plugin_host::PluginState::loaded || !report.reason.empty()) {
        std::cerr << report.diagnostic() << '\n';
      }
    }
  }
  return registry;
}

}  // namespace vane::cli
