// Chooses and opens the sink for a run from the output options.
//
//   vane::output::SinkOptions options;
//   options.target = "runs/may.sqlite";         // format inferred: sqlite
//   options.resume = true;
//   auto sink = vane::output::open_sink(options);
//   if (!sink) {
//     // sink.status().code is kBadOutputOptions when the options contradict
//     // each other (a usage error), anything else when the target is unusable.
//   }
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "output/record_sink.hpp"
#include "output/sink_format.hpp"
#include "util/status.hpp"

namespace vane::output {

// The status code of an option combination that cannot work whatever the
// target holds (e.g. --resume to stdout): the command line is wrong.
inline constexpr std::string_view kBadOutputOptions = "bad_output_options";

struct SinkOptions {
  std::string target = "-";           // a path, "-" for stdout, or a postgresql:// URL
  std::optional<SinkFormat> format;    // nullopt: infer_sink_format(target)
  bool resume = false;                 // keep what the target holds, add the rest
  bool replace = false;                // start the target afresh even if it holds a run
  bool csv_bom = false;                // CSV: start each file with a UTF-8 BOM (Excel)
  std::string csv_detail_dir;          // CSV: also write the companion tables here
};

Expected<std::unique_ptr<RecordSink>> open_sink(const SinkOptions& options);

}  // namespace vane::output
