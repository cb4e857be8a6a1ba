// `vane plugins`: every plugin candidate with its status, and why any failed.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace vane::cli {

std::function<int()> add_plugins_command(CLI::App& app);

}  // namespace vane::cli
