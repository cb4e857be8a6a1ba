// Where analysed records go: JSON Lines, CSV, SQLite and PostgreSQL
// all sit behind this interface, so `vane analyze` only knows "write, then
// finish" and which documents a resumed target already holds.
//
//   auto sink = vane::output::open_sink(options);          // open_sink.hpp
//   if (!sink) return fail(sink.status());
//   for (const auto& record : records) {
//     if (auto status = (*sink)->write(record); !status) return fail(status);
//   }
//   if (auto status = (*sink)->finish(); !status) return fail(status);
//
// write() and finish() are called from one thread (the pipeline's writer);
// completed_ids() is read from the reader thread at the same time, so it
// must not change after the sink is opened. A sink receives every record
// in input order; what it writes for one record is all or nothing
// once finish() has returned (a database commits whole documents, a file
// ends with a complete line).
#pragma once

#include <string>
#include <unordered_set>

#include "engine/record.hpp"
#include "util/status.hpp"

namespace vane::output {

class RecordSink {
 public:
  virtual ~RecordSink() = default;

  // Ids of the documents whose records the target already holds completely,
  // read when the sink was opened to resume; empty otherwise. The caller
  // skips these documents before analysis, so a resumed run adds exactly
  // the records a single uninterrupted run would have written.
  virtual const std::unordered_set<std::string>& completed_ids() const = 0;

  // Appends one record. A failed write (disk full, database error) is fatal
  // for the run: the caller stops and reports the status.
  virtual Status write(const engine::Record& record) = 0;

  // Flushes or commits everything written; call once, also after an early
  // stop, so what was written is complete and durable.
  virtual Status finish() = 0;
};

}  // namespace vane::output
