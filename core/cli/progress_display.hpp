// A one-line progress display for `vane analyze` on a terminal's stderr:
//
//   vane: 12840 docs, 3402 docs/s, 5.12 MB/s, 2 errors, 47% ETA 0:12
//
// documents written, their rate, input megabytes (10^6 bytes) consumed per
// second and errors so far, plus a percentage and an ETA when the total input
// size is known (regular files; cli/input_size.hpp). The figures are averages
// since the start. A ticker thread redraws the line with "\r" every
// `interval` (4 times a second by default), so it goes on moving while one
// huge document is analysed and costs the pipeline two relaxed atomic adds
// per document. finish() (or the destructor) stops the ticker and erases the
// line, so the summary line that follows starts clean.
//
//   std::optional<ProgressDisplay> progress;
//   if (progress_wanted(quiet, output == "-")) progress.emplace(std::cerr, total_input_bytes(inputs));
//   progress->document_read(doc);        // reader thread
//   progress->record_written(record);    // writer thread
//   progress->finish();
//
// The drawing logic (format_progress, eta_seconds) is free functions, tested
// without a terminal.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <thread>

#include "engine/record.hpp"
#include "io/raw_doc.hpp"

namespace vane::cli {

struct ProgressSnapshot {
  std::uint64_t documents = 0;   // records written
  std::uint64_t errors = 0;      // of them with status "error"
  std::uint64_t bytes_read = 0;  // input bytes consumed by the reader
  std::optional<std::uint64_t> total_bytes;  // the whole input's size, when known
  double seconds = 0;            // since the run started
};

// Seconds left at the average rate so far; nullopt while the total is
// unknown or nothing has been read yet. 0 once bytes_read reaches the total.
std::optional<double> eta_seconds(const ProgressSnapshot& snapshot);
// "0:07", "12:34", "1:02:03".
std::string format_duration(double seconds);
// The line without "\r" or terminal codes, e.g.
// "vane: 12840 docs, 3402 docs/s, 5.12 MB/s, 2 errors, 47% ETA 0:12".
std::string format_progress(const ProgressSnapshot& snapshot);

// True when a progress display makes sense: not --quiet, stderr a terminal,
// and the records not going to that terminal too (stdout a terminal while
// output_to_stdout), where progress lines would break into them.
bool progress_wanted(bool quiet, bool output_to_stdout);

class ProgressDisplay {
 public:
  ProgressDisplay(std::ostream& terminal, std::optional<std::uint64_t> total_bytes,
                  std::chrono::milliseconds interval = std::chrono::milliseconds(250));
  ~ProgressDisplay();
  ProgressDisplay(const ProgressDisplay&) = delete;
  ProgressDisplay& operator=(const ProgressDisplay&) = delete;

  void document_read(const io::RawDoc& doc);
  void record_written(const engine::Record& record);
  ProgressSnapshot snapshot() const;
  // Draws the current line now (what the ticker does every interval).
  void draw();
  // Stops the ticker and erases the line; idempotent.
  void finish();

 private:
  std::ostream& terminal_;
  const std::optional<std::uint64_t> total_bytes_;
  const std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  std::atomic<std::uint64_t> documents_{0}, errors_{0}, bytes_read_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool finished_ = false;
  bool drawn_ = false;
  std::thread ticker_;
};

}  // namespace vane::cli
