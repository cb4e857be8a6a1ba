#include "cli/run_summary.hpp"

#include <fmt/format.h>

namespace vane::cli {
namespace {

std::string join_counts(const std::map<std::string, std::uint64_t>& counts) {
  std::string out;
  for (const auto& [key, n] : counts) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", key, n);
  return out.empty() ? "-" : out;
}

}  // namespace

void RunSummary::add(const engine::Record& record, std::size_t text_bytes) {
  ++documents_;
  bytes_ += text_bytes;
  ++by_status_[engine::to_string(record.status)];
  if (record.status != engine::RecordStatus::ok) return;
  if (record.lang) ++by_lang_[record.lang->code];
  ++push_pull_[record.push_pull.label];
  ++inbound_outbound_[record.inbound_outbound.label];
}

std::string RunSummary::line(std::chrono::duration<double> elapsed) const {
  const double seconds = std::max(elapsed.count(), 1e-9);
  const std::string skipped = skipped_ == 0 ? "" : fmt::format(" (+{} skipped, already in the output)", skipped_);
  return fmt::format(
      "{} documents{} in {:.2f} s ({:.1f} docs/s, {:.2f} MB/s): {}; languages: {}; push_pull: {}; "
      "inbound_outbound: {}",
      documents_, skipped, elapsed.count(), documents_ / seconds, bytes_ / seconds / 1e6, join_counts(by_status_),
      join_counts(by_lang_), join_counts(push_pull_), join_counts(inbound_outbound_));
}

}  // namespace vane::cli
