#include "pipeline/ordered_pipeline.hpp"

#include <chrono>
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
