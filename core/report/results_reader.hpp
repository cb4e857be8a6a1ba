// Reads `vane analyze` output (JSON Lines, one record per line) for the
// report, one line at a time. A line that is not a usable record is not
// fatal: it comes back with `problem` set, naming file and line, and the
// caller warns and skips it. Blank lines are skipped silently (`vane analyze`
// never writes one; an editor may add one at the end).
//
//   vane::report::ResultsReader reader(file, "results.jsonl");
//   while (auto line = reader.next()) {
//     if (!line->problem.empty()) { warn(line->problem); continue; }
//     use(std::move(line->record));
//   }
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "io/line_reader.hpp"

namespace vane::report {

struct ResultLine {
  std::size_t number = 0;   // 1-based line number in the file
  nlohmann::json record;    // a JSON object with string "id" and "status"; null when problem is set
  std::string problem;      // "results.jsonl:7: not JSON (...)"; empty for a usable record
};

class ResultsReader {
 public:
  // A record line may hold a whole long document's spans, so the line limit
  // is generous; a longer line is reported, not read.
  static constexpr std::size_t kMaxLineBytes = std::size_t{512} << 20;

  ResultsReader(std::istream& in, std::string source, std::size_t max_line = kMaxLineBytes);
  std::optional<ResultLine> next();
  bool failed() const { return lines_.failed(); }  // a read error, not EOF

 private:
  ResultLine parse(const io::Line& line) const;
  std::string source_;
  std::size_t max_line_;
  io::LineReader lines_;
};

}  // namespace vane::report
