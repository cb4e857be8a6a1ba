// Builds the single self-contained HTML page of `vane report`: the template
// from assets/ with the records (and texts) embedded as JSON in a
// <script type="application/json"> element; the page's own script draws the
// charts, the table and the document view from it. Nothing is fetched: the
// file opens from disk, offline, in any current browser.
//
//   vane::report::HtmlReport report({"results.jsonl", "posts.jsonl", "vane 0.3.0"});
//   while (auto line = reader.next()) report.add(std::move(line->record), texts.take(id));
//   report.add_warning("results.jsonl:7: not valid JSON (at byte 12)");
//   report.write_page(out);
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace vane::report {

struct ReportSources {
  std::string results;               // the results file, as named on the command line
  std::optional<std::string> texts;  // the --texts file, if one was given
  std::string generator;             // "vane 0.3.0", shown in the page footer
};

// What became of a document's text.
enum class TextUse {
  none,        // no text known for this record
  embedded,    // embedded; the record's span texts were dropped as redundant
  mismatched,  // a text with this id exists but the record's spans do not fit it
};

class HtmlReport {
 public:
  // The page lists at most this many warnings (the count is always exact).
  static constexpr std::size_t kMaxWarningsShown = 100;

  explicit HtmlReport(ReportSources sources);

  // One record, in results order. Records are not validated beyond what
  // ResultsReader checks: the page shows what it can.
  TextUse add(nlohmann::json record, const std::optional<std::string>& text);
  void add_warning(std::string message);

  std::size_t documents() const { return documents_; }
  void write_page(std::ostream& out) const;
  std::string page() const;  // write_page into a string

 private:
  void write_data(std::ostream& out) const;
  void note_channel_directions(const nlohmann::json& record);

  ReportSources sources_;
  std::string documents_json_;  // script-safe JSON objects, comma-separated
  std::size_t documents_ = 0;
  std::vector<std::string> warnings_;
  std::size_t warnings_total_ = 0;
  std::map<std::string, std::string> channel_directions_;  // SPEC.md default per channel id seen
};

}  // namespace vane::report
