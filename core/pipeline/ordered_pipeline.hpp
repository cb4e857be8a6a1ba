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
// Memory is bounded, whatever the input:
// - the input queue holds at most 2 batches per worker, and a worker more
//   than `window` batches ahead of the writer waits, so a slow document
//   cannot make the reorder buffer grow without limit;
// - the reader waits while more than in_flight_limit(jobs) units of weight
//   are read but not yet written, so a run of huge documents (10 MB texts)
//   cannot fill the queue and the reorder buffer with them;
// - a heavy batch (kHeavyBatchWeight or more: in practice one huge text) is
//   analysed only while no other heavy batch is: the engine's working set
//   is a multiple of the text's size (~35x), so two huge texts analysed at
//   once doubled the peak memory of -j 2 for no gain worth it; and its
//   memory is given back after it (release_heavy_memory).
// `work` must not throw (turn failures into outputs); a throwing `source` or
// `sink` stops the pipeline and the exception is rethrown to the caller.
// Returning false from `sink` (or setting `stop`) ends the run early: the
// reader stops, items already read are still processed and written.
#pragma once

#include <algorithm>
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

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "pipeline/bounded_queue.hpp"

namespace vane::pipeline {

inline constexpr std::size_t kBatchItems = 64;
inline constexpr std::size_t kBatchWeight = 1u << 20;
inline constexpr std::size_t kHeavyBatchWeight = 4 * kBatchWeight;

// Ordinary batches (about kBatchWeight each) never reach this: ~7 batches per
// worker are in flight at most, so it only holds back runs of huge items.
inline constexpr std::size_t in_flight_limit(unsigned jobs) {
  return std::max<std::size_t>(64 * kBatchWeight, std::size_t{jobs} * 8 * kBatchWeight);
}

struct CountOne {
  template <class T>
  std::size_t operator()(const T&) const {
    return 1;
  }
};

// After a heavy batch, gives its memory back. Scratch buffers keep the size
// of the largest item seen, so each worker would keep its own copy of that
// peak; and glibc's malloc gives each thread its own arena and keeps freed
// memory there, where another worker's next huge item cannot reuse it, so
// without malloc_trim -j 2 peaked at twice -j 1's memory on 9 MB texts.
template <class Scratch>
void release_heavy_memory(std::optional<Scratch>& scratch) {
  scratch.reset();
  scratch.emplace();
#ifdef __GLIBC__
  ::malloc_trim(0);
#endif
}

template <class In, class Out, class Scratch, class Source, class Work, class Sink, class Weigh = CountOne>
void run_ordered(unsigned jobs, Source&& source, Work&& work, Sink&& sink,
                 const std::atomic<bool>* stop = nullptr, Weigh weigh = {}) {
  if (jobs == 0) jobs = 1;
  struct InBatch {
    std::uint64_t seq;
    std::vector<In> items;
    std::size_t weight = 0;
  };
  struct OutBatch {
    std::vector<Out> items;
    std::size_t weight = 0;
  };
  BoundedQueue<InBatch> input(jobs * 2);
  const std::uint64_t window = jobs * 4;

  // A finished batch wakes only the writer; a writer step wakes workers only
  // when one waits on the window.
  std::mutex mutex;
  std::condition_variable writer_wake, window_wake, reader_wake, heavy_wake;
  unsigned window_waiters = 0;
  std::size_t in_flight = 0;  // weight of the batches pushed and not yet written
  bool heavy_running = false;
  std::map<std::uint64_t, OutBatch> done;
  std::uint64_t next_out = 0;        // next batch the writer needs
  std::uint64_t total = UINT64_MAX;  // number of batches read, known when the reader ends
  std::exception_ptr failure;
  std::atomic<bool> halt{false};

  std::thread reader([&] {
    std::uint64_t seq = 0;
    try {
      InBatch batch{0, {}};
      auto flush = [&] {
        if (batch.items.empty()) return true;
        batch.seq = seq++;
        {
          std::lock_guard lock(mutex);
          in_flight += batch.weight;
        }
        const bool pushed = input.push(std::move(batch));
        batch = InBatch{0, {}};
        return pushed;
      };
      const std::size_t limit = in_flight_limit(jobs);
      while (!halt.load() && !(stop && stop->load())) {
        if (batch.items.empty()) {
          // Between batches: wait for the writer while too much is in
          // flight. The batch being filled is not counted, so with nothing
          // in flight the reader always goes on, however heavy the item.
          std::unique_lock lock(mutex);
          reader_wake.wait(lock, [&] { return in_flight < limit || halt.load(); });
        }
        std::optional<In> item = source();
        if (!item) break;
        batch.weight += weigh(*item);
        batch.items.push_back(std::move(*item));
        if ((batch.items.size() >= kBatchItems || batch.weight >= kBatchWeight) && !flush()) break;
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
      std::optional<Scratch> scratch(std::in_place);
      while (auto batch = input.pop()) {
        {
          std::unique_lock lock(mutex);
          if (batch->seq >= next_out + window && !halt.load()) {
            ++window_waiters;
            window_wake.wait(lock, [&] { return batch->seq < next_out + window || halt.load(); });
            --window_waiters;
          }
        }
        const bool heavy = batch->weight >= kHeavyBatchWeight;
        if (heavy) {
          std::unique_lock lock(mutex);
          heavy_wake.wait(lock, [&] { return !heavy_running || halt.load(); });
          heavy_running = true;
        }
        OutBatch outs{{}, batch->weight};
        outs.items.reserve(batch->items.size());
        for (auto& item : batch->items) outs.items.push_back(work(item, *scratch));
        const std::uint64_t seq = batch->seq;
        batch.reset();  // the inputs' memory goes now, not when the writer is done
        if (heavy) release_heavy_memory(scratch);
        std::lock_guard lock(mutex);
        if (heavy) {
          heavy_running = false;
          heavy_wake.notify_one();
        }
        const bool needed_now = seq == next_out;
        done.emplace(seq, std::move(outs));
        if (needed_now) writer_wake.notify_one();
      }
    });
  }

  try {
    while (true) {
      OutBatch outs;
      {
        std::unique_lock lock(mutex);
        writer_wake.wait(lock, [&] { return done.count(next_out) != 0 || next_out >= total; });
        const auto ready = done.find(next_out);
        if (ready == done.end()) break;  // everything read has been written
        outs = std::move(ready->second);
        done.erase(ready);
      }
      bool keep_going = true;
      for (auto& out : outs.items) keep_going = sink(std::move(out)) && keep_going;
      outs.items.clear();
      {
        std::lock_guard lock(mutex);
        ++next_out;
        in_flight -= outs.weight;
        reader_wake.notify_one();
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
    reader_wake.notify_all();
    heavy_wake.notify_all();
  }
  reader.join();
  for (auto& worker : workers) worker.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace vane::pipeline
