// The `vane` command: dispatches to its subcommands and maps every outcome
// to a documented exit code (cli/exit_codes.hpp).
#include <CLI/CLI.hpp>

#include <exception>
#include <functional>
#include <iostream>
#include <map>

#include <vane/plugin_abi.h>
#include <vane/version.h>

#include "cli/analyze_command.hpp"
#include "cli/eval_command.hpp"
#include "cli/exit_codes.hpp"
#include "cli/plugins_command.hpp"
#include "cli/report_command.hpp"

int main(int argc, char** argv) {
  using namespace vane::cli;
  CLI::App app{"vane: push/pull and inbound/outbound analysis of marketing texts, with channels "
               "and ROI claims, as JSON Lines",
               "vane"};
  app.set_version_flag("-V,--version",
                       std::string("vane ") + VANE_VERSION_STRING + " (plugin ABI " +
                           std::to_string(VANE_PLUGIN_ABI) + ", " + VANE_C_ABI_ID + ")");
  app.require_subcommand(1);
  app.footer("Run `vane COMMAND --help` for a command's options. Exit codes: docs/exit-codes.md.");

  std::map<std::string, std::function<int()>> commands;
  commands["analyze"] = add_analyze_command(app);
  commands["plugins"] = add_plugins_command(app);
  commands["eval"] = add_eval_command(app);
  commands["report"] = add_report_command(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  try {
    for (auto* sub : app.get_subcommands()) return commands.at(sub->get_name())();
  } catch (const std::exception& e) {
    std::cerr << "vane: fatal: " << e.what() << '\n';
    return kExitFatal;
  }
  return kExitUsage;
}
