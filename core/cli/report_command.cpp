#include "cli/report_command.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include <vane/version.h>

#include "cli/exit_codes.hpp"
#include "report/html_report.hpp"
#include "report/results_reader.hpp"
#include "report/text_store.hpp"

namespace vane::cli {
namespace {

struct ReportOptions {
  std::string results;
  std::string texts;
  std::string output;
  bool quiet = false;
};

// Opens `path` for reading, "-" being stdin; nullptr (after a message) if it cannot be.
std::istream* open_input(const std::string& path, std::ifstream& file) {
  if (path == "-") return &std::cin;
  file.open(path, std::ios::binary);
  if (!file) {
    std::cerr << "vane: cannot read " << path << ": " << std::strerror(errno) << '\n';
    return nullptr;
  }
  return &file;
}

int run_report(const ReportOptions& options) {
  if (options.results == "-" && options.texts == "-") {
    std::cerr << "vane: results and --texts cannot both be stdin\n";
    return kExitUsage;
  }
  std::optional<report::TextStore> texts;
  if (!options.texts.empty()) {
    std::ifstream file;
    std::istream* in = open_input(options.texts, file);
    if (in == nullptr) return kExitFatal;
    texts = report::TextStore::read(*in, options.texts == "-" ? "stdin" : options.texts);
    if (texts->read_failed()) {
      std::cerr << "vane: reading " << options.texts << " failed\n";
      return kExitFatal;
    }
  }

  std::ifstream results_file;
  std::istream* results_in = open_input(options.results, results_file);
  if (results_in == nullptr) return kExitFatal;
  const std::string results_name = options.results == "-" ? "stdin" : options.results;

  report::HtmlReport page({results_name, texts ? std::optional<std::string>(options.texts) : std::nullopt,
                           std::string("vane ") + VANE_VERSION_STRING});
  report::ResultsReader reader(*results_in, results_name);
  std::size_t skipped = 0, with_text = 0, mismatched = 0;
  while (auto line = reader.next()) {
    if (!line->problem.empty()) {
      std::cerr << "vane: warning: " << line->problem << "; line skipped\n";
      page.add_warning(line->problem);
      ++skipped;
      continue;
    }
    std::optional<std::string> text;
    if (texts) text = texts->take(line->record["id"].get<std::string>());
    const auto use = page.add(std::move(line->record), text);
    if (use == report::TextUse::embedded) ++with_text;
    if (use == report::TextUse::mismatched) ++mismatched;
  }
  if (reader.failed()) {
    std::cerr << "vane: reading " << results_name << " failed\n";
    return kExitFatal;
  }
  if (mismatched > 0) {
    std::cerr << "vane: warning: " << mismatched << " texts in " << options.texts
              << " do not match their records' spans (another version of the input?); those documents show "
                 "span texts only\n";
  }

  std::ofstream out(options.output, std::ios::binary | std::ios::trunc);
  if (!out) {
    std::cerr << "vane: cannot write " << options.output << ": " << std::strerror(errno) << '\n';
    return kExitFatal;
  }
  page.write_page(out);
  const auto bytes = static_cast<std::size_t>(out.tellp());
  out.close();
  if (!out) {
    std::cerr << "vane: writing " << options.output << " failed\n";
    return kExitFatal;
  }
  if (!options.quiet) {
    std::cerr << "vane: wrote " << options.output << " (" << (bytes + 512) / 1024 << " KiB): "
              << page.documents() << " documents";
    if (texts) std::cerr << ", " << with_text << " with text";
    if (skipped > 0) std::cerr << ", " << skipped << " results lines skipped";
    if (texts && texts->unusable_lines() > 0) {
      std::cerr << ", " << texts->unusable_lines() << " unusable lines in " << options.texts;
    }
    std::cerr << '\n';
  }
  return skipped > 0 ? kExitDocumentErrors : kExitOk;
}

}  // namespace

std::function<int()> add_report_command(CLI::App& app) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report",
      "Write one self-contained HTML page (charts, a sortable document table, highlighted texts) "
      "from `vane analyze` results");
  cmd->add_option("results", options->results, "Records written by `vane analyze` (JSON Lines); - reads stdin")
      ->required()
      ->type_name("RESULTS.jsonl");
  cmd->add_option("--texts", options->texts,
                  "The input that was analysed, to show each document's text with its spans highlighted "
                  "(matched by id)")
      ->type_name("INPUT.jsonl");
  cmd->add_option("-o,--output", options->output, "Write the HTML page here")->required()->type_name("FILE");
  cmd->add_flag("-q,--quiet", options->quiet, "No summary line on stderr");
  cmd->footer(
      "A results line that is not a record is skipped with a warning naming file:line.\n"
      "Exit status: 0 report written with every results line, 1 written but some lines were skipped,\n"
      "2 usage error, 3 fatal error (input unreadable, output not writable). See docs/report.md.");
  return [options] { return run_report(*options); };
}

}  // namespace vane::cli
