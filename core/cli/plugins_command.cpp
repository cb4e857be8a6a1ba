#include "cli/plugins_command.hpp"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/exit_codes.hpp"
#include "cli/plugin_setup.hpp"

namespace vane::cli {
namespace {

struct PluginsOptions {
  PluginOptions plugins;
  bool json = false;
};

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
  return out.empty() ? "-" : out;
}

int run_plugins(const PluginsOptions& options) {
  const auto registry = load_registry(options.plugins, /*report_problems=*/false);
  const auto& reports = registry.reports();
  if (options.json) {
    for (const auto& r : reports) {
      nlohmann::json row = {{"name", r.name},   {"version", r.version},
                            {"langs", r.langs}, {"served_langs", r.served_langs},
                            {"path", r.path.string()}, {"origin", r.origin},
                            {"status", plugin_host::to_string(r.state)}, {"reason", r.reason}};
      std::cout << row.dump() << '\n';
    }
    return kExitOk;
  }
  std::cout << fmt::format("{:<10} {:<9} {:<10} {:<9} {}\n", "NAME", "VERSION", "LANGUAGES", "STATUS", "PATH");
  for (const auto& r : reports) {
    std::cout << fmt::format("{:<10} {:<9} {:<10} {:<9} {}\n", r.name.empty() ? "?" : r.name,
                             r.version.empty() ? "-" : r.version,
                             join(r.state == plugin_host::PluginState::loaded ? r.served_langs : r.langs),
                             plugin_host::to_string(r.state), r.path.string());
  }
  bool any_problem = false;
  for (const auto& r : reports) {
    if (r.reason.empty()) continue;
    if (!any_problem) std::cout << '\n';
    any_problem = true;
    std::cout << r.diagnostic() << '\n';
  }
  if (reports.empty()) std::cout << "(no plugins found; see --plugin-dir and VANE_PLUGIN_PATH)\n";
  return kExitOk;
}

}  // namespace

std::function<int()> add_plugins_command(CLI::App& app) {
  auto options = std::make_shared<PluginsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "plugins", "List the plugins found, in search order, with their status and any error");
  cmd->add_flag("--json", options->json, "One JSON object per plugin instead of a table");
  add_plugin_options(*cmd, options->plugins);
  return [options] { return run_plugins(*options); };
}

}  // namespace vane::cli
