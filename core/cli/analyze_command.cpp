#include "cli/analyze_command.hpp"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include "cli/exit_codes.hpp"
#include "cli/input_size.hpp"
#include "cli/input_source.hpp"
#include "cli/interrupt.hpp"
#include "cli/plugin_setup.hpp"
#include "cli/progress_display.hpp"
#include "cli/run_summary.hpp"
#include "engine/document_analyzer.hpp"
#include "io/record_json.hpp"
#include "pipeline/ordered_pipeline.hpp"

namespace vane::cli {
namespace {

struct AnalyzeOptions {
  PluginOptions plugins;
  std::vector<std::string> inputs;
  std::string output = "-";
  std::string lang;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::size_t max_bytes = 10u << 20;
  std::vector<std::string> keep_fields;
  std::size_t line_offset = 0;
  bool quiet = false;
};

int run_analyze(const AnalyzeOptions& options) {
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (options.output != "-") {
    file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "vane: cannot write " << options.output << ": " << std::strerror(errno) << '\n';
      return kExitFatal;
    }
    out = &file;
  }

  const auto registry = load_registry(options.plugins, /*report_problems=*/true);
  if (registry.served_languages().empty()) {
    std::cerr << "vane: no plugin could be loaded; run `vane plugins` to see why\n";
    return kExitFatal;
  }
  const engine::DocumentAnalyzer analyzer(registry, {options.lang});
  InputSource source(options.inputs, {options.max_bytes, options.keep_fields, options.line_offset});
  RunSummary summary;
  std::string line;
  // After the plugins are loaded: the probes' child processes keep the default handlers.
  const InterruptGuard interrupt;
  std::optional<ProgressDisplay> progress;
  if (progress_wanted(options.quiet, options.output == "-")) progress.emplace(std::cerr, total_input_bytes(options.inputs));
  bool input_exhausted = false;  // a signal after the last read interrupts nothing
  const auto started = std::chrono::steady_clock::now();

  pipeline::run_ordered<io::RawDoc, engine::Record, engine::Scratch>(
      options.jobs,
      [&] {
        auto doc = source.next();
        if (!doc) input_exhausted = true;
        if (doc && progress) progress->document_read(*doc);
        return doc;
      },
      [&](const io::RawDoc& doc, engine::Scratch& scratch) { return analyzer.analyze(doc, scratch); },
      [&](engine::Record&& record) {
        line.clear();
        io::append_record_json(record, line);
        line.push_back('\n');
        out->write(line.data(), static_cast<std::streamsize>(line.size()));
        summary.add(record, record.text ? record.text->size() : 0);
        if (progress) progress->record_written(record);
        return true;
      },
      &interrupt.stop_flag(),
      [](const io::RawDoc& doc) { return doc.text ? doc.text->size() : std::size_t{1}; });
  const bool interrupted = interrupt.interrupted() && !input_exhausted;

  if (progress) progress->finish();
  out->flush();
  if (!*out) {
    std::cerr << "vane: writing " << (options.output == "-" ? "stdout" : options.output) << " failed\n";
    return kExitFatal;
  }
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
      "Analyze JSON Lines documents ({\"id\", \"text\", \"lang\"?} per line) and write one JSON "
      "record per document, in input order");
  cmd->add_option("files", options->inputs, "Input files; - or none reads stdin")->type_name("FILE");
  cmd->add_option("-o,--output", options->output, "Write records here instead of stdout")
      ->type_name("FILE");
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
  add_plugin_options(*cmd, options->plugins);
  cmd->footer(
      "Exit status: 0 all records ok (or empty / unsupported_language), 1 some records are errors,\n"
      "2 usage error, 3 fatal error, 130 stopped by SIGINT or SIGTERM (the records written so far\n"
      "are complete; the summary names the last one; a second signal ends vane at once).\n"
      "See docs/exit-codes.md.");
  return [options] { return run_analyze(*options); };
}

}  // namespace vane::cli
