// PostgreSQL output: the tables and views of schema/sql/vane.sql
// (docs/sql-schema.md) in a PostgreSQL database, for Metabase, Superset,
// Grafana or anything else that speaks to a database server.
//
//   auto sink = vane::output::PostgresSink::open("postgresql://vane@db/crawl", {});
//   (*sink)->write(record);   // kept in the current batch
//   (*sink)->finish();        // writes and commits the last batch
//
// Loading: records are batched (up to 1000 documents or one second,
// PostgresSinkOptions) and each batch is one transaction: delete the
// batch's ids from documents (ON DELETE CASCADE takes their rows in every
// other table), then one COPY FROM STDIN per table. A document's rows are
// therefore always committed together, and a document id is stored once
// whatever ran before: re-running the same input into the same database
// replaces each document instead of adding a second copy. Should a batch
// fail, its documents are retried one per transaction, so only the
// document at fault is missing when the run stops.
//
// Opening takes an advisory lock while it inspects the database, so two
// runs starting at once against an empty database create the schema once.
// It creates the schema when none of vane's tables exist, and refuses
// (exit 3): another schema version ("incompatible_schema", even with
// resume), and vane's table names without a vane_schema table
// ("not_vane_output"). `resume` reads the ids already stored (they are
// skipped); `replace` drops vane's tables and views and creates them anew.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "output/postgres_connection.hpp"
#include "output/record_sink.hpp"
#include "output/relational_rows.hpp"

namespace vane::output {

struct PostgresSinkOptions {
  bool resume = false;   // skip the documents the database already holds
  bool replace = false;  // drop vane's tables and views first
  // A batch is written and committed after this many documents or this
  // much time, whichever comes first: large enough that COPY's per-call
  // cost disappears, small enough that a crash loses little and a
  // dashboard sees progress.
  std::uint64_t batch_documents = 1000;
  std::chrono::milliseconds batch_interval{1000};
};

class PostgresSink final : public RecordSink {
 public:
  static Expected<std::unique_ptr<RecordSink>> open(const std::string& target, const PostgresSinkOptions& options);

  const std::unordered_set<std::string>& completed_ids() const override { return completed_; }
  Status write(const engine::Record& record) override;
  Status finish() override;

 private:
  PostgresSink(PostgresConnection db, const PostgresSinkOptions& options);
  Status flush();
  // One transaction: delete the documents' ids, COPY their rows, commit.
  Status write_batch(const std::vector<const RelationalRows*>& documents);

  PostgresConnection db_;
  std::uint64_t batch_documents_limit_;
  std::chrono::milliseconds batch_interval_;
  std::unordered_set<std::string> completed_;
  std::vector<RelationalRows> batch_;
  std::unordered_map<std::string, std::size_t> batch_index_;  // id -> position in batch_
  std::chrono::steady_clock::time_point batch_started_;
  std::uint64_t replaced_ = 0;  // documents that replaced a stored record (or an earlier one of this batch)
};

}  // namespace vane::output
