// The output options of `vane analyze` (-o, --output-format, --resume,
// --replace, --csv-bom, --csv-detail) and the step that turns them into a
// RecordSink, with the exit code a failure to open it means.
//
//   OutputOptions output;
//   add_output_options(*cmd, output);
//   ...
//   auto sink = open_output(output);
//   if (!sink) return report_output_failure(sink.status());
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "output/open_sink.hpp"

namespace vane::cli {

struct OutputOptions {
  output::SinkOptions sink;
  std::string format;  // --output-format; empty: inferred from -o
};

void add_output_options(CLI::App& command, OutputOptions& options);

Expected<std::unique_ptr<output::RecordSink>> open_output(const OutputOptions& options);

// Prints "vane: <message>" on stderr and returns the exit code: usage (2)
// for contradictory options, fatal (3) for a target that cannot be written.
int report_output_failure(const Status& status);

}  // namespace vane::cli
