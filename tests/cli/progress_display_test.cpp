#include "cli/progress_display.hpp"

#include <sstream>

#include <catch2/catch.hpp>

using namespace vane::cli;

namespace {

ProgressSnapshot snapshot(std::uint64_t documents, std::uint64_t errors, std::uint64_t bytes_read,
                          std::optional<std::uint64_t> total, double seconds) {
  return ProgressSnapshot{documents, errors, bytes_read, total, seconds};
}

}  // namespace

TEST_CASE("durations read as m:ss or h:mm:ss", "[cli][progress]") {
  CHECK(format_duration(0) == "0:00");
  CHECK(format_duration(7.4) == "0:07");
  CHECK(format_duration(59.6) == "1:00");
  CHECK(format_duration(754) == "12:34");
  CHECK(format_duration(3723) == "1:02:03");
  CHECK(format_duration(-5) == "0:00");
}

TEST_CASE("the ETA extrapolates the average input rate so far", "[cli][progress]") {
  // 25 MB of 100 in 10 s: 75 MB left at 2.5 MB/s.
  const auto eta = eta_seconds(snapshot(1000, 0, 25'000'000, 100'000'000, 10));
  REQUIRE(eta);
  CHECK(*eta == Approx(30.0));
  CHECK(eta_seconds(snapshot(1000, 0, 100'000'000, 100'000'000, 10)) == 0.0);
  CHECK(eta_seconds(snapshot(1000, 0, 120'000'000, 100'000'000, 10)) == 0.0);  // the file grew

  CHECK_FALSE(eta_seconds(snapshot(1000, 0, 25'000'000, std::nullopt, 10)));  // a pipe: no total
  CHECK_FALSE(eta_seconds(snapshot(0, 0, 0, 100'000'000, 10)));              // nothing read yet
  CHECK_FALSE(eta_seconds(snapshot(10, 0, 1'000, 100'000'000, 0.1)));        // too early to tell
}

TEST_CASE("the progress line shows counts, rates, errors, percentage and ETA", "[cli][progress]") {
  CHECK(format_progress(snapshot(12840, 2, 25'600'000, 51'200'000, 5)) ==
        "vane: 12840 docs, 2568 docs/s, 5.12 MB/s, 2 errors, 50% ETA 0:05");
  CHECK(format_progress(snapshot(12840, 1, 25'600'000, std::nullopt, 5)) ==
        "vane: 12840 docs, 2568 docs/s, 5.12 MB/s, 1 error");
  // Before half a second the rates are noise and are left out.
  CHECK(format_progress(snapshot(3, 0, 1'000, 4'000, 0.2)) == "vane: 3 docs, 0 errors, 25% ETA --");
  // 100% only once everything is read.
  CHECK_THAT(format_progress(snapshot(10, 0, 999, 1000, 1)), Catch::Contains(", 99% ETA 0:00"));
  CHECK_THAT(format_progress(snapshot(10, 0, 1000, 1000, 1)), Catch::Contains(", 100% ETA 0:00"));
  CHECK(format_progress(snapshot(0, 0, 0, 0, 1)) == "vane: 0 docs, 0 docs/s, 0.00 MB/s, 0 errors");
}

TEST_CASE("the display counts what it is told and erases its line when finished", "[cli][progress]") {
  std::ostringstream terminal;
  // An interval far beyond the test's length: only explicit draw() calls draw.
  ProgressDisplay display(terminal, 4000, std::chrono::hours(1));
  vane::io::RawDoc doc;
  doc.input_bytes = 1000;
  display.document_read(doc);
  doc.input_bytes = 0;  // a reader that does not count: the text's size stands in
  doc.text = std::make_shared<const std::string>(500, 'x');
  display.document_read(doc);
  vane::engine::Record record;
  display.record_written(record);
  record.status = vane::engine::RecordStatus::error;
  display.record_written(record);

  const auto now = display.snapshot();
  CHECK(now.documents == 2);
  CHECK(now.errors == 1);
  CHECK(now.bytes_read == 1500);
  CHECK(now.total_bytes == 4000u);

  display.draw();
  const std::string drawn = terminal.str();
  CHECK_THAT(drawn, Catch::StartsWith("\rvane: 2 docs"));
  CHECK_THAT(drawn, Catch::Contains(", 1 error, 37%"));
  CHECK_THAT(drawn, Catch::EndsWith("\x1b[K"));

  display.finish();
  CHECK(terminal.str() == drawn + "\r\x1b[K");
  display.finish();  // idempotent
  display.draw();    // and nothing is drawn after it
  CHECK(terminal.str() == drawn + "\r\x1b[K");
}

TEST_CASE("a display that never drew leaves the terminal untouched", "[cli][progress]") {
  std::ostringstream terminal;
  {
    ProgressDisplay display(terminal, std::nullopt, std::chrono::hours(1));
    display.finish();
  }
  CHECK(terminal.str().empty());
}
