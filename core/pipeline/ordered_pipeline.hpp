// The ordered parallel runner: one reader, N workers, one writer, and
// exactly one output per input, delivered in input order whatever N is.
//
//   vane::pipeline::run_ordered<RawDoc, Record, Scratch>(
//       jobs,
//       [&]() -> std::optional<RawDoc> { return reader.next(); },      // reader thread
//       [&](RawDoc& in, Scratch& s) { return analyzer.analyze(in, s); }, // worker threads
//       [&](Record&& out) { writer.write(out); return true; });         // calling thread
//
// Items travel in batches (up to kBatchItems items or kBatchWeight units of
// `weigh`, e.g. bytes of text): one queue operation and one wake-up per
// batch instead of per document, which on short texts was ~8% of a run.
// Memory is bounded: the input queue holds at most 2 batches per worker,
// and a worker more than `window` batches ahead of the writer waits, so a
// slow document cannot make the reorder buffer grow without limit.
// `work` must not throw (turn failures into outputs); a throwing `source` or
// `sink` stops the pipeline and the exception is rethrown to the caller.
// Returning false from `sink` (or setting `stop`) ends the run early: the
// reader stops, items already read are still processed and written.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "pipeline/bounded_queue.hpp"

namespace vane::pipeline {

inline constexpr std::size_t kBatchItems = 64;
inline constexpr std::size_t kBatchWeight = 1u << 20;

struct CountOne {
  template <class T>
  std::size_t operator()(const T&) const {
    return 1;
  }
};

template <class In, class Out, class Scratch, class Source, class Work, class Sink, class Weigh = CountOne>
void run_ordered(unsigned jobs, Source&& source, Work&& work, Sink&& sink,
                 const std::atomic<bool>* stop = nullptr, Weigh weigh = {}) {
  if (jobs == 0) jobs = 1;
  struct InBatch {
    std::uint64_t seq;
    std::vector<In> items;
  };
  BoundedQueue<InBatch> input(jobs * 2);
  const std::uint64_t window = jobs * 4;

  // A finished batch wakes only the writer; a writer step wakes workers only
  // when one waits on the window.
  std::mutex mutex;
  std::condition_variable writer_wake, window_wake;
  unsigned window_waiters = 0;
  std::map<std::uint64_t, std::vector<Out>> done;
  std::uint64_t next_out = 0;        // next batch the writer needs
  std::uint64_t total = UINT64_MAX;  // number of batches read, known when the reader ends
  std::exception_ptr failure;
  std::atomic<bool> halt{false};

  std::thread reader([&] {
    std::uint64_t seq = 0;
    try {
      InBatch batch{0, {}};
      std::size_t weight = 0;
      auto flush = [&] {
        if (batch.items.empty()) return true;
        batch.seq = seq++;
        weight = 0;
        const bool pushed = input.push(std::move(batch));
        batch = InBatch{0, {}};
        return pushed;
      };
      while (!halt.load() && !(stop && stop->load())) {
        std::optional<In> item = source();
        if (!item) break;
        weight += weigh(*item);
        batch.items.push_back(std::move(*item));
        if ((batch.items.size() >= kBatchItems || weight >= kBatchWeight) && !flush()) break;
      }
      flush();
    } catch (...) {
      std::lock_guard lock(mutex);
      failure = std::current_exception();
    }
    input.close();
    std::lock_guard lock(mutex);
    total = seq;
    writer_wake.notify_one();
  });

  std::vector<std::thread> workers;
  for (unsigned w = 0; w < jobs; ++w) {
    workers.emplace_back([&] {
      Scratch scratch;
      while (auto batch = input.pop()) {
        {
          std::unique_lock lock(mutex);
          if (batch->seq >= next_out + window && !halt.load()) {
            ++window_waiters;
            window_wake.wait(lock, [&] { return batch->seq < next_out + window || halt.load(); });
            --window_waiters;
          }
        }
        std::vector<Out> outs;
        outs.reserve(batch->items.size());
        for (auto& item : batch->items) outs.push_back(work(item, scratch));
        std::lock_guard lock(mutex);
        const bool needed_now = batch->seq == next_out;
        done.emplace(batch->seq, std::move(outs));
        if (needed_now) writer_wake.notify_one();
      }
    });
  }

  try {
    while (true) {
      std::vector<Out> outs;
      {
        std::unique_lock lock(mutex);
        writer_wake.wait(lock, [&] { return done.count(next_out) != 0 || next_out >= total; });
        const auto ready = done.find(next_out);
        if (ready == done.end()) break;  // everything read has been written
        outs = std::move(ready->second);
        done.erase(ready);
      }
      bool keep_going = true;
      for (auto& out : outs) keep_going = sink(std::move(out)) && keep_going;
      {
        std::lock_guard lock(mutex);
        ++next_out;
        if (window_waiters > 0) window_wake.notify_all();
      }
      if (!keep_going) halt.store(true);
    }
  } catch (...) {
    std::lock_guard lock(mutex);
    if (!failure) failure = std::current_exception();
    halt.store(true);
    window_wake.notify_all();
  }
  halt.store(true);
  input.close();
  {
    std::lock_guard lock(mutex);
    window_wake.notify_all();
  }
  reader.join();
  for (auto& worker : workers) worker.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace vane::pipeline
