#include "cli/analyze_command.hpp"

#include <chrono>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include "cli/exit_codes.hpp"
#include "cli/input_options.hpp"
#include "cli/input_size.hpp"
#include "cli/input_source.hpp"
#include "cli/interrupt.hpp"
#include "cli/output_options.hpp"
#include "cli/plugin_setup.hpp"
#include "cli/progress_display.hpp"
#include "cli/run_summary.hpp"
#include "engine/document_analyzer.hpp"
#include "pipeline/ordered_pipeline.hpp"

namespace vane::cli {
namespace {

struct AnalyzeOptions {
  PluginOptions plugins;
  InputOptions input;
  std::vector<std::string> inputs;
  OutputOptions output;
  std::string lang;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::size_t max_bytes = 10u << 20;
  std::vector<std::string> keep_fields;
  std::size_t line_offset = 0;
  bool quiet = false;
};

int run_analyze(const AnalyzeOptions& options) {
  auto opened = open_output(options.output);
  if (!opened) return report_output_failure(opened.status());
  output::RecordSink& sink = **opened;

  const auto registry = load_registry(options.plugins, /*report_problems=*/true);
  if (registry.served_languages().empty()) {
    std::cerr << "vane: no plugin could be loaded; run `vane plugins` to see why\n";
    return kExitFatal;
  }
  const engine::DocumentAnalyzer analyzer(registry, {options.lang});
  io::ReaderOptions reader_options{options.max_bytes, options.keep_fields};
  reader_options.line_offset = options.line_offset;
  InputSource source(options.inputs, options.input, reader_options, &std::cerr);
  RunSummary summary;
  Status write_status;
  std::uint64_t skipped = 0;  // counted on the reader thread, read after it has joined
  // After the plugins are loaded: the probes' child processes keep the default handlers.
  const InterruptGuard interrupt;
  std::optional<ProgressDisplay> progress;
  if (progress_wanted(options.quiet, options.output.sink.target == "-")) {
    progress.emplace(std::cerr, total_input_bytes(options.inputs));
  }
  bool input_exhausted = false;  // a signal after the last read interrupts nothing
  const auto started = std::chrono::steady_clock::now();

  pipeline::run_ordered<io::RawDoc, engine::Record, engine::Scratch>(
      options.jobs,
      [&] {  // --resume: documents the output already holds are skipped before analysis
        auto doc = source.next();
        for (; doc && sink.completed_ids().count(doc->id) != 0; doc = source.next()) ++skipped;
        if (!doc) input_exhausted = true;
        if (doc && progress) progress->document_read(*doc);
        return doc;
      },
      [&](const io::RawDoc& doc, engine::Scratch& scratch) { return analyzer.analyze(doc, scratch); },
      [&](engine::Record&& record) {
        write_status = sink.write(record);
        summary.add(record, record.text ? record.text->size() : 0);
        if (progress) progress->record_written(record);
        return write_status.is_ok();
      },
      &interrupt.stop_flag(),
      [](const io::RawDoc& doc) { return doc.text ? doc.text->size() : std::size_t{1}; });
  const bool interrupted = interrupt.interrupted() && !input_exhausted;

  if (progress) progress->finish();
  summary.add_skipped(skipped);
  if (const Status finished = sink.finish(); write_status.is_ok() && !finished.is_ok()) write_status = finished;
  if (!write_status.is_ok()) return report_output_failure(write_status);
  if (!options.quiet) {
    std::cerr << "vane: " << summary.line(std::chrono::steady_clock::now() - started, interrupted) << '\n';
  }
  if (interrupted) return kExitInterrupted;
  return summary.errors() > 0 ? kExitDocumentErrors : kExitOk;
}

}  // namespace

std::function<int()> add_analyze_command(CLI::App& app) {
  auto options = std::make_shared<AnalyzeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "analyze",
      "Analyze documents (JSON Lines, text, CSV/TSV, HTML files or directories of them) and write one "
      "record per document, in input order (JSON Lines, CSV, SQLite or PostgreSQL: see -o)");
  cmd->add_option("files", options->inputs, "Input files and directories; - or none reads stdin")
      ->type_name("PATH");
  add_output_options(*cmd, options->output);
  cmd->add_option("--lang", options->lang,
                  "Force this language for every document (skips detection and input hints)")
      ->type_name("CODE");
  cmd->add_option("-j,--jobs", options->jobs, "Worker threads (default: number of cores)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_option("--max-bytes", options->max_bytes,
                  "Largest text analysed; longer ones get an error record (default 10 MiB)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--keep-fields", options->keep_fields,
                  "Input fields to copy into each record's meta (comma-separated; * for all)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("NAME,...");
  cmd->add_option("--line-offset", options->line_offset,
                  "Add N to input line numbers in error messages and positional ids, for a shard that "
                  "starts after line N of a larger input (docs/scaling.md)")
      ->type_name("N");
  cmd->add_flag("-q,--quiet", options->quiet,
                "No progress display and no summary line on stderr (the progress display is only "
                "shown when stderr is a terminal)");
  add_input_options(*cmd, options->input);
  add_plugin_options(*cmd, options->plugins);
  cmd->footer(
      "Exit status: 0 all records ok (or empty / unsupported_language), 1 some records are errors,\n"
      "2 usage error, 3 fatal error, 130 stopped by SIGINT or SIGTERM (the records written so far\n"
      "are complete; the summary names the last one; a second signal ends vane at once).\n"
      "See docs/exit-codes.md.");
  return [options] { return run_analyze(*options); };
}

}  // namespace vane::cli
