// A thin RAII layer over the SQLite C API for the SQLite sink: one
// connection, prepared statements that bind optional values as NULL, and
// every failure as a Status carrying SQLite's own message.
//
//   auto db = vane::output::SqliteDatabase::open("runs/may.sqlite");
//   if (!db) return db.status();
//   auto insert = db->prepare("INSERT INTO t (a, b) VALUES (?, ?)");
//   insert->bind(1, std::string("x")).bind(2, std::optional<double>());
//   if (auto status = insert->run(); !status) return status;   // steps and resets
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "util/status.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace vane::output {

class SqliteStatement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&&) = delete;
  SqliteStatement(const SqliteStatement&) = delete;
  ~SqliteStatement();

  // Parameters count from 1, as in SQL's "?".
  SqliteStatement& bind(int index, std::string_view value);
  SqliteStatement& bind(int index, const std::optional<std::string>& value);
  SqliteStatement& bind(int index, std::optional<double> value);
  SqliteStatement& bind(int index, std::optional<std::int64_t> value);

  // Executes a statement that returns no rows, then resets it for reuse.
  // The status code is "sqlite_constraint" for a constraint violation
  // (e.g. a repeated primary key) and "sqlite_error" otherwise.
  Status run();

  // For queries: true while a row is available; column accessors read it.
  Expected<bool> next_row();
  int column_count() const;
  std::int64_t column_int(int index) const;
  std::string column_text(int index) const;
  void reset();

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

class SqliteDatabase {
 public:
  // Opens (creating if needed) a database file for reading and writing.
  static Expected<SqliteDatabase> open(const std::string& path);
  SqliteDatabase(SqliteDatabase&& other) noexcept;
  SqliteDatabase& operator=(SqliteDatabase&&) = delete;
  SqliteDatabase(const SqliteDatabase&) = delete;
  ~SqliteDatabase();  // an open transaction is rolled back

  // Runs one or more statements separated by ';'.
  Status exec(std::string_view sql);
  Expected<SqliteStatement> prepare(std::string_view sql);
  // For messages: "<path>: <what SQLite said>".
  Status error(std::string_view what) const;

 private:
  SqliteDatabase(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

}  // namespace vane::output
