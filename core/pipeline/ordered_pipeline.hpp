// The ordered parallel runner: one reader, N workers, one writer, and
// exactly one output per input, delivered in input order whatever N is.
//
//   vane::pipeline::run_ordered<RawDoc, Record, Scratch>(
//       jobs,
//       [&]() -> std::optional<RawDoc> { return reader.next(); },      // reader thread
//       [&](RawDoc& in, Scratch& s) { return analyzer.analyze(in, s); }, // worker threads
//       [&](Record&& out) { writer.write(out); });                      // calling thread
//
// Memory is bounded: the input queue holds at most 4 items per worker, and a
// worker that runs more than `window` items ahead of the writer waits, so a
// slow document cannot make the reorder buffer grow without limit.
// `work` must not throw (turn failures into outputs); a throwing `source` or
// `sink` stops the pipeline and the exception is rethrown to the caller.
// Returning false from `sink` (or setting `stop`) ends the run early: the
// reader stops, items already read are still processed and written.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "pipeline/bounded_queue.hpp"

namespace vane::pipeline {

template <class In, class Out, class Scratch, class Source, class Work, class Sink>
void run_ordered(unsigned jobs, Source&& source, Work&& work, Sink&& sink,
                 const std::atomic<bool>* stop = nullptr) {
  if (jobs == 0) jobs = 1;
  struct Numbered {
    std::uint64_t seq;
    In item;
  };
  BoundedQueue<Numbered> input(jobs * 4);
  const std::uint64_t window = jobs * 8;

  // Two condition variables so that a finished item wakes only the writer,
  // and a writer step wakes workers only when one is waiting on the window:
  // a notify_all per document cost ~8% of a run in futex calls.
  std::mutex mutex;
  std::condition_variable writer_wake, window_wake;
  unsigned window_waiters = 0;
  std::map<std::uint64_t, Out> done;
  std::uint64_t next_out = 0;     // next seq the writer needs
  std::uint64_t total = UINT64_MAX;  // number of items read, known when the reader ends
  std::exception_ptr failure;
  std::atomic<bool> halt{false};

  std::thread reader([&] {
    std::uint64_t seq = 0;
    try {
      while (!halt.load() && !(stop && stop->load())) {
        std::optional<In> item = source();
        if (!item) break;
        if (!input.push(Numbered{seq, std::move(*item)})) break;
        ++seq;
      }
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
      while (auto numbered = input.pop()) {
        {
          std::unique_lock lock(mutex);
          if (numbered->seq >= next_out + window && !halt.load()) {
            ++window_waiters;
            window_wake.wait(lock, [&] { return numbered->seq < next_out + window || halt.load(); });
            --window_waiters;
          }
        }
        Out out = work(numbered->item, scratch);
        std::lock_guard lock(mutex);
        const bool needed_now = numbered->seq == next_out;
        done.emplace(numbered->seq, std::move(out));
        if (needed_now) writer_wake.notify_one();
      }
    });
  }

  try {
    while (true) {
      Out out;
      {
        std::unique_lock lock(mutex);
        writer_wake.wait(lock, [&] { return done.count(next_out) != 0 || next_out >= total; });
        const auto ready = done.find(next_out);
        if (ready == done.end()) break;  // everything read has been written
        out = std::move(ready->second);
        done.erase(ready);
      }
      const bool keep_going = sink(std::move(out));
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
