// `vane analyze [FILES...]`: JSON Lines in, one JSON record per document out,
// in input order.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace vane::cli {

// Registers the subcommand; the returned function runs it and gives the exit code.
std::function<int()> add_analyze_command(CLI::App& app);

}  // namespace vane::cli
