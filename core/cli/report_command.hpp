// `vane report RESULTS.jsonl [--texts INPUT.jsonl] -o report.html`: one
// self-contained HTML page (charts, document table, document view) from the
// output of `vane analyze` (docs/report.md).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace vane::cli {

std::function<int()> add_report_command(CLI::App& app);

}  // namespace vane::cli
