// SQLite output: the normalised tables and views of schema/sql/vane.sql
// (docs/sql-schema.md) in one database file, ready for Metabase, Superset,
// DBeaver or a Python notebook.
//
//   auto sink = vane::output::SqliteSink::open("runs/may.sqlite", {.resume = true});
//   (*sink)->write(record);   // buffered in the current transaction
//   (*sink)->finish();        // commits
//
// Records are committed in transactions of up to 1000 documents or one
// second (SqliteSinkOptions), whichever comes first, and a document's rows are always
// in one transaction (a failed document is rolled back to its savepoint),
// so a crash or kill loses at most the last uncommitted batch and never
// leaves half a document: --resume then adds exactly what is missing.
//
// Opening refuses, with a message naming the file: a database of another
// schema version ("incompatible_schema"), an SQLite file that is not a vane
// output, and an existing vane run without resume or replace
// ("output_exists"): mixing two runs silently would double-count in every
// dashboard.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>

#include "output/record_sink.hpp"
#include "output/sqlite_database.hpp"

namespace vane::output {

struct SqliteSinkOptions {
  bool resume = false;   // continue the run the file holds
  bool replace = false;  // delete the file first
  // A transaction commits after this many documents or this much time,
  // whichever comes first: large enough for SQLite's speed, small enough
  // that a crash loses little and a dashboard sees progress.
  std::uint64_t batch_documents = 1000;
  std::chrono::milliseconds batch_interval{1000};
};

class SqliteSink final : public RecordSink {
 public:
  static Expected<std::unique_ptr<RecordSink>> open(const std::string& path, const SqliteSinkOptions& options);
  ~SqliteSink() override;

  const std::unordered_set<std::string>& completed_ids() const override { return completed_; }
  Status write(const engine::Record& record) override;
  Status finish() override;

 private:
  struct Statements;
  SqliteSink(std::string path, SqliteDatabase db, const SqliteSinkOptions& options);
  Status write_document(const engine::Record& record);
  Status commit();

  std::string path_;
  SqliteDatabase db_;
  std::uint64_t batch_documents_limit_;
  std::chrono::milliseconds batch_interval_;
  std::unique_ptr<Statements> statements_;
  std::unordered_set<std::string> completed_;
  std::uint64_t repeated_ids_ = 0;  // documents that replaced an earlier one with the same id
  bool in_transaction_ = false;
  std::uint64_t batch_documents_ = 0;
  std::chrono::steady_clock::time_point batch_started_;
};

}  // namespace vane::output
