#include "cli/run_summary.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace vane::cli {
namespace {

std::string join_counts(const std::map<std::string, std::uint64_t>& counts) {
  std::string out;
  for (const auto& [key, n] : counts) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", key, n);
  return out.empty() ? "-" : out;
}

// "error 4 (malformed_json 3, too_large 1), ok 80": the error codes say
// which kind of bad input to look for without reading the records.
std::string join_statuses(const std::map<std::string, std::uint64_t>& by_status,
                          const std::map<std::string, std::uint64_t>& by_error_code) {
  std::string out;
  for (const auto& [status, n] : by_status) {
    out += fmt::format("{}{} {}", out.empty() ? "" : ", ", status, n);
    if (status == "error" && !by_error_code.empty()) out += " (" + join_counts(by_error_code) + ")";
  }
  return out.empty() ? "-" : out;
}

}  // namespace

void RunSummary::add(const engine::Record& record, std::size_t text_bytes) {
  ++documents_;
  bytes_ += text_bytes;
  last_id_ = record.id;
  ++by_status_[engine::to_string(record.status)];
  if (record.status == engine::RecordStatus::error && !record.error.code.empty()) {
    ++by_error_code_[record.error.code];
  }
  if (record.status != engine::RecordStatus::ok) return;
  if (record.lang) ++by_lang_[record.lang->code];
  ++push_pull_[record.push_pull.label];
  ++inbound_outbound_[record.inbound_outbound.label];
}

std::string RunSummary::line(std::chrono::duration<double> elapsed, bool interrupted) const {
  std::string stopped;
  if (interrupted) {
    // The id is JSON-quoted: ids are arbitrary strings, and a resuming script
    // must be able to tell "a, b" from two ids.
    stopped = documents_ == 0 ? "interrupted before the first document; "
                              : fmt::format("interrupted after {} documents (last id {}); ", documents_,
                                            nlohmann::json(last_id_).dump());
  }
  const double seconds = std::max(elapsed.count(), 1e-9);
  const std::string skipped = skipped_ == 0 ? "" : fmt::format(" (+{} skipped, already in the output)", skipped_);
  return fmt::format(
      "{}{} documents{} in {:.2f} s ({:.1f} docs/s, {:.2f} MB/s): {}; languages: {}; push_pull: {}; "
      "inbound_outbound: {}",
      stopped, documents_, skipped, elapsed.count(), documents_ / seconds, bytes_ / seconds / 1e6,
      join_statuses(by_status_, by_error_code_), join_counts(by_lang_), join_counts(push_pull_),
      join_counts(inbound_outbound_));
}

}  // namespace vane::cli
