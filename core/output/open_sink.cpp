#include "output/open_sink.hpp"

#include "output/csv_sink.hpp"
#include "output/jsonl_sink.hpp"
#include "output/postgres_sink.hpp"
#include "output/sqlite_sink.hpp"

namespace vane::output {
namespace {

Status bad_options(std::string message) {
  return Status::error(std::string(kBadOutputOptions), std::move(message));
}

}  // namespace

Expected<std::unique_ptr<RecordSink>> open_sink(const SinkOptions& options) {
  const SinkFormat format = options.format.value_or(infer_sink_format(options.target));
  if (options.resume && options.replace) return bad_options("--resume and --replace exclude each other");
  if (options.resume && options.target == "-") {
    return bad_options("--resume needs an output to resume: give -o FILE");
  }
  if (format != SinkFormat::csv && (options.csv_bom || !options.csv_detail_dir.empty())) {
    return bad_options("--csv-bom and --csv-detail apply to CSV output only");
  }
  switch (format) {
    case SinkFormat::jsonl:
      return JsonlSink::open(options.target, options.resume);
    case SinkFormat::csv:
      // A CSV row has no end marker a killed run could be recognised by
      // (quoted fields span lines), so CSV is written whole, not resumed.
      if (options.resume) return bad_options("--resume works with jsonl, sqlite and postgresql output, not csv");
      return CsvSink::open(options.target, {options.csv_bom, options.csv_detail_dir});
    case SinkFormat::sqlite:
      if (options.target == "-") return bad_options("SQLite output needs a file: give -o FILE.sqlite");
      return SqliteSink::open(options.target, {.resume = options.resume, .replace = options.replace});
    case SinkFormat::postgresql:
      if (options.target == "-") {
        return bad_options("PostgreSQL output needs a connection string: give -o postgresql://USER@HOST/DB");
      }
      return PostgresSink::open(options.target, {.resume = options.resume, .replace = options.replace});
  }
  return bad_options("unknown output format");
}

}  // namespace vane::output
