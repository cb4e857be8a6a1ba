// The total size of a run's input, when it can be known in advance: the sum
// of the sizes of the input files if every one is a regular file ("-" counts
// when stdin is redirected from a regular file, from its current offset).
// A pipe, a terminal or a FIFO has no size, and then neither has the run.
// The progress display uses it for a percentage and an ETA.
//
//   auto total = vane::cli::total_input_bytes({"a.jsonl", "b.jsonl"});  // 1234567
//   auto none = vane::cli::total_input_bytes({"-"});   // nullopt when stdin is a pipe
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vane::cli {

// An input that cannot be opened counts 0: it yields one error record, no bytes.
std::optional<std::uint64_t> total_input_bytes(const std::vector<std::string>& inputs);

}  // namespace vane::cli
