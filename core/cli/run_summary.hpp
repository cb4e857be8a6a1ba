// Tallies a run's records for the one-line summary on stderr: counts per
// status (errors also per error code), per language and per label of both
// axes, and, for a run stopped by a signal, after which document it stopped.
//
//   RunSummary summary;
//   summary.add(record, text_bytes);          // once per record written, in order
//   std::cerr << "vane: " << summary.line(elapsed, interrupted) << '\n';
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <string>

#include "engine/record.hpp"

namespace vane::cli {

class RunSummary {
 public:
  void add(const engine::Record& record, std::size_t text_bytes);
  // Documents --resume skipped because the output already held their records.
  void add_skipped(std::uint64_t count) { skipped_ += count; }
  std::uint64_t documents() const { return documents_; }
  std::uint64_t errors() const { return by_status_.count("error") ? by_status_.at("error") : 0; }
  const std::string& last_id() const { return last_id_; }  // of the last record added
  // "84 documents in 0.41 s (204.9 docs/s, 1.20 MB/s): error 4 (malformed_json 4), ok 80;
  //  languages: ...; push_pull: ...; inbound_outbound: ..."
  // With `interrupted`, it opens with "interrupted after 84 documents (last id "x"); ".
  std::string line(std::chrono::duration<double> elapsed, bool interrupted = false) const;

 private:
  std::uint64_t documents_ = 0;
  std::uint64_t bytes_ = 0;
  std::uint64_t skipped_ = 0;
  std::string last_id_;
  std::map<std::string, std::uint64_t> by_status_, by_error_code_, by_lang_, push_pull_, inbound_outbound_;
};

}  // namespace vane::cli
