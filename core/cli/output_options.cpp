#include "cli/output_options.hpp"

#include <iostream>

#include "cli/exit_codes.hpp"

namespace vane::cli {

void add_output_options(CLI::App& command, OutputOptions& options) {
  command
      .add_option("-o,--output", options.sink.target,
                  "Write records here instead of stdout: a file, its format from the extension (.csv; "
                  ".sqlite .sqlite3 .db; anything else JSON Lines), or a postgresql:// URL (libpq's "
                  "connection string, docs/sql-schema.md)")
      ->type_name("TARGET");
  command
      .add_option("--output-format", options.format,
                  "Output format instead of guessing it from -o; with neither, JSON Lines")
      ->check(CLI::IsMember({"jsonl", "csv", "sqlite", "postgresql"}))
      ->type_name("FORMAT");
  auto* resume = command.add_flag(
      "--resume", options.sink.resume,
      "Continue an interrupted run: keep the records the output already holds, skip their "
      "documents (by id) and add the rest (jsonl, sqlite and postgresql)");
  auto* replace = command.add_flag(
      "--replace", options.sink.replace,
      "Start an SQLite output afresh even if it holds an earlier run; PostgreSQL: drop vane's "
      "tables and views first (JSON Lines and CSV files are rewritten anyway unless --resume)");
  resume->excludes(replace);
  command.add_flag("--csv-bom", options.sink.csv_bom,
                   "CSV: start each file with a UTF-8 byte order mark, for Excel");
  command
      .add_option("--csv-detail", options.sink.csv_detail_dir,
                  "CSV: also write channel_mentions.csv, claims.csv, quantities.csv and evidence.csv "
                  "into this directory, keyed by document id (docs/csv-output.md)")
      ->type_name("DIR");
}

Expected<std::unique_ptr<output::RecordSink>> open_output(const OutputOptions& options) {
  output::SinkOptions sink = options.sink;
  if (!options.format.empty()) sink.format = output::parse_sink_format(options.format);
  return output::open_sink(sink);
}

int report_output_failure(const Status& status) {
  std::cerr << "vane: " << status.message << '\n';
  return status.code == output::kBadOutputOptions ? kExitUsage : kExitFatal;
}

}  // namespace vane::cli
