// CSV for spreadsheets and BI imports: one row per document with the
// flattened fields an analyst filters on (labels, scores, channel list,
// claim counts by kind and polarity, error), and, with a detail directory,
// companion files with one row per channel mention, claim, quantity and
// evidence span, keyed by document id. Columns: docs/csv-output.md.
//
//   auto sink = vane::output::CsvSink::open("results.csv", {.bom = false, .detail_dir = "detail"});
//   (*sink)->write(record);   // results.csv, detail/channel_mentions.csv, ...
//   (*sink)->finish();
//
// RFC 4180 (CsvRow), UTF-8, CRLF line ends, one header row per file.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "output/record_sink.hpp"

namespace vane::output {

struct CsvSinkOptions {
  bool bom = false;        // a UTF-8 byte order mark first, so Excel reads UTF-8
  std::string detail_dir;  // empty: no companion files
};

// The column names, in file order (the header rows).
const std::vector<std::string>& csv_document_columns();

class CsvSink final : public RecordSink {
 public:
  // target "-" is stdout.
  static Expected<std::unique_ptr<RecordSink>> open(const std::string& target, const CsvSinkOptions& options);
  ~CsvSink() override;

  const std::unordered_set<std::string>& completed_ids() const override { return completed_; }
  Status write(const engine::Record& record) override;
  Status finish() override;

 private:
  class File;
  CsvSink();
  std::unique_ptr<File> documents_;
  std::unique_ptr<File> mentions_, claims_, quantities_, evidence_;  // null without a detail dir
  std::unordered_set<std::string> completed_;  // always empty: CSV does not resume
  std::string line_;
};

}  // namespace vane::output
