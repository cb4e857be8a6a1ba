#include "pipeline/ordered_pipeline.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <random>
#include <stdexcept>

#include <catch2/catch.hpp>

namespace {

struct NoScratch {};

// Runs n items through `jobs` workers whose work takes random time, so that
// they finish out of order; returns what the sink saw.
std::vector<int> run(int n, unsigned jobs) {
  int next = 0;
  std::vector<int> seen;
  vane::pipeline::run_ordered<int, int, NoScratch>(
      jobs, [&]() -> std::optional<int> { return next < n ? std::optional<int>(next++) : std::nullopt; },
      [](const int& x, NoScratch&) {
        thread_local std::minstd_rand rng(std::random_device{}());
        std::this_thread::sleep_for(std::chrono::microseconds(rng() % 200));
        return x * 10;
      },
      [&](int&& y) {
        seen.push_back(y);
        return true;
      });
  return seen;
}

}  // namespace

TEST_CASE("every input gives one output, in input order, whatever the worker count", "[pipeline]") {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    const auto seen = run(500, jobs);
    REQUIRE(seen.size() == 500);
    for (int i = 0; i < 500; ++i) REQUIRE(seen[static_cast<std::size_t>(i)] == i * 10);
  }
  CHECK(run(0, 4).empty());
}

TEST_CASE("a throwing sink stops the pipeline and the error reaches the caller", "[pipeline]") {
  int next = 0;
  auto source = [&]() -> std::optional<int> { return next < 10000 ? std::optional<int>(next++) : std::nullopt; };
  auto work = [](const int& x, NoScratch&) { return x; };
  auto sink = [](int&& y) -> bool {
    if (y == 5) throw std::runtime_error("disk full");
    return true;
  };
  CHECK_THROWS_WITH((vane::pipeline::run_ordered<int, int, NoScratch>(2, source, work, sink)), "disk full");
  CHECK(next < 10000);  // the reader stopped early instead of reading everything
}

TEST_CASE("huge items: bounded in flight, and one heavy batch analysed at a time", "[pipeline]") {
  using vane::pipeline::in_flight_limit;
  using vane::pipeline::kHeavyBatchWeight;
  constexpr int kItems = 200;
  constexpr unsigned kJobs = 4;
  // Every item alone is a heavy batch and 1/8 of the in-flight limit.
  const std::size_t item_weight = std::max(kHeavyBatchWeight, in_flight_limit(kJobs) / 8);
  std::mutex mutex;
  int read = 0, written = 0, max_in_flight = 0, heavy_now = 0, max_heavy = 0;
  vane::pipeline::run_ordered<int, int, NoScratch>(
      kJobs,
      [&]() -> std::optional<int> {
        std::lock_guard lock(mutex);
        if (read == kItems) return std::nullopt;
        max_in_flight = std::max(max_in_flight, read - written);
        return read++;
      },
      [&](const int& x, NoScratch&) {
        {
          std::lock_guard lock(mutex);
          max_heavy = std::max(max_heavy, ++heavy_now);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(100));
        std::lock_guard lock(mutex);
        --heavy_now;
        return x;
      },
      [&](int&& y) {
        std::lock_guard lock(mutex);
        REQUIRE(y == written);
        ++written;
        return true;
      },
      nullptr, [&](const int&) { return item_weight; });
  CHECK(written == kItems);
  CHECK(max_heavy == 1);
  // The reader stops at the limit; the item it then reads makes one more.
  CHECK(max_in_flight <= 8);
  CHECK(max_in_flight >= 2);  // the bound did not serialise the reader either
}

TEST_CASE("ordinary items are analysed in parallel", "[pipeline]") {
  // The heavy-batch rule must not serialise ordinary batches: with two
  // workers and items that wait for each other, a serialised run would hang,
  // so both work calls must run at the same time.
  std::mutex mutex;
  std::condition_variable both;
  int arrived = 0;
  int next = 0;
  std::vector<int> seen;
  vane::pipeline::run_ordered<int, int, NoScratch>(
      2, [&]() -> std::optional<int> { return next < 2 ? std::optional<int>(next++) : std::nullopt; },
      [&](const int& x, NoScratch&) {
        std::unique_lock lock(mutex);
        ++arrived;
        both.notify_all();
        both.wait_for(lock, std::chrono::seconds(30), [&] { return arrived == 2; });
        return arrived == 2 ? x : -1;
      },
      [&](int&& y) {
        seen.push_back(y);
        return true;
      },
      nullptr, [](const int&) { return vane::pipeline::kBatchWeight; });  // one item per batch
  CHECK(seen == std::vector<int>{0, 1});
}
