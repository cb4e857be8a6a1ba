// `vane eval GOLD.jsonl...`: analyses hand-labelled documents and scores the
// result (docs/corpus-format.md, docs/evaluation.md).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace vane::cli {

std::function<int()> add_eval_command(CLI::App& app);

}  // namespace vane::cli
