// Tallies a run's records for the one-line summary on stderr: counts per
// status, per language and per label of both axes.
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
  // "84 documents in 0.41 s (204.9 docs/s, 1.2 MB/s): 80 ok, 4 error; languages: ..."
  std::string line(std::chrono::duration<double> elapsed) const;

 private:
  std::uint64_t documents_ = 0;
  std::uint64_t bytes_ = 0;
  std::uint64_t skipped_ = 0;
  std::map<std::string, std::uint64_t> by_status_, by_lang_, push_pull_, inbound_outbound_;
};

}  // namespace vane::cli
