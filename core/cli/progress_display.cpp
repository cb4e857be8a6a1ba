#include "cli/progress_display.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace vane::cli {
namespace {

// Rates over less than this are noise (the first batch is still in flight).
constexpr double kMinSecondsForRates = 0.5;
// "\r" returns to column 0 and ESC[K erases the rest of the old line, which
// may have been longer than the new one.
constexpr const char* kReturn = "\r";
constexpr const char* kEraseToEnd = "\x1b[K";

}  // namespace

std::optional<double> eta_seconds(const ProgressSnapshot& snapshot) {
  if (!snapshot.total_bytes || snapshot.bytes_read == 0 || snapshot.seconds < kMinSecondsForRates) {
    return std::nullopt;
  }
  if (snapshot.bytes_read >= *snapshot.total_bytes) return 0.0;
  const double rate = static_cast<double>(snapshot.bytes_read) / snapshot.seconds;
  return static_cast<double>(*snapshot.total_bytes - snapshot.bytes_read) / rate;
}

std::string format_duration(double seconds) {
  const auto total = static_cast<std::uint64_t>(std::llround(std::max(seconds, 0.0)));
  const std::uint64_t hours = total / 3600, minutes = total / 60 % 60, secs = total % 60;
  if (hours > 0) return fmt::format("{}:{:02}:{:02}", hours, minutes, secs);
  return fmt::format("{}:{:02}", minutes, secs);
}

std::string format_progress(const ProgressSnapshot& snapshot) {
  std::string line = fmt::format("vane: {} docs", snapshot.documents);
  if (snapshot.seconds >= kMinSecondsForRates) {
    line += fmt::format(", {:.0f} docs/s, {:.2f} MB/s", snapshot.documents / snapshot.seconds,
                        snapshot.bytes_read / snapshot.seconds / 1e6);
  }
  line += fmt::format(", {} error{}", snapshot.errors, snapshot.errors == 1 ? "" : "s");
  if (snapshot.total_bytes && *snapshot.total_bytes > 0) {
    const double share = std::min(1.0, static_cast<double>(snapshot.bytes_read) /
                                           static_cast<double>(*snapshot.total_bytes));
    // Floor, not round: "100%" only when every byte has been read.
    line += fmt::format(", {}%", static_cast<int>(std::floor(share * 100)));
    const auto eta = eta_seconds(snapshot);
    line += eta ? " ETA " + format_duration(*eta) : " ETA --";
  }
  return line;
}

bool progress_wanted(bool quiet, bool output_to_stdout) {
  if (quiet || ::isatty(STDERR_FILENO) != 1) return false;
  return !(output_to_stdout && ::isatty(STDOUT_FILENO) == 1);
}

ProgressDisplay::ProgressDisplay(std::ostream& terminal, std::optional<std::uint64_t> total_bytes,
                                 std::chrono::milliseconds interval)
    : terminal_(terminal), total_bytes_(total_bytes) {
  ticker_ = std::thread([this, interval] {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, interval, [&] { return finished_; })) {
      lock.unlock();
      draw();
      lock.lock();
    }
  });
}

ProgressDisplay::~ProgressDisplay() { finish(); }

void ProgressDisplay::document_read(const io::RawDoc& doc) {
  // A reader that does not count its bytes: the text's size is close enough.
  const std::size_t bytes = doc.input_bytes != 0 ? doc.input_bytes : (doc.text ? doc.text->size() : 0);
  bytes_read_.fetch_add(bytes, std::memory_order_relaxed);
}

void ProgressDisplay::record_written(const engine::Record& record) {
  documents_.fetch_add(1, std::memory_order_relaxed);
  if (record.status == engine::RecordStatus::error) errors_.fetch_add(1, std::memory_order_relaxed);
}

ProgressSnapshot ProgressDisplay::snapshot() const {
  ProgressSnapshot snapshot;
  snapshot.documents = documents_.load(std::memory_order_relaxed);
  snapshot.errors = errors_.load(std::memory_order_relaxed);
  snapshot.bytes_read = bytes_read_.load(std::memory_order_relaxed);
  snapshot.total_bytes = total_bytes_;
  snapshot.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  return snapshot;
}

void ProgressDisplay::draw() {
  // One write per redraw, so a terminal never shows half a line.
  // Appended piece by piece: `const char* + std::string&&` trips GCC 12's
  // -Wrestrict false positive at -O3.
  std::string line = kReturn;
  line += format_progress(snapshot());
  line += kEraseToEnd;
  std::lock_guard lock(mutex_);
  if (finished_) return;
  terminal_.write(line.data(), static_cast<std::streamsize>(line.size()));
  terminal_.flush();
  drawn_ = true;
}

void ProgressDisplay::finish() {
  {
    std::lock_guard lock(mutex_);
    if (finished_) return;
    finished_ = true;
  }
  wake_.notify_all();
  if (ticker_.joinable()) ticker_.join();
  if (drawn_) {
    const std::string erase = std::string(kReturn) + kEraseToEnd;
    terminal_.write(erase.data(), static_cast<std::streamsize>(erase.size()));
    terminal_.flush();
  }
}

}  // namespace vane::cli
