// A thin RAII layer over libpq for the PostgreSQL sink: one connection,
// commands and parameterised queries whose failures come back as a Status
// carrying the server's message, and COPY FROM STDIN for bulk loading.
//
//   auto db = vane::output::PostgresConnection::open("postgresql://vane@db.example/crawl");
//   if (!db) return db.status();   // "cannot connect to postgresql://vane@db.example/crawl: ..."
//   if (auto status = db->exec("BEGIN"); !status) return status;
//   auto ids = db->query("SELECT id FROM documents WHERE lang_code = $1", {"it"});
//   for (int row = 0; row < ids->rows(); ++row) use(ids->text(row, 0));
//   db->copy_in("COPY t (a, b) FROM STDIN", "x\t1\n");
//
// Every message names the server by its connection string with any
// password removed (redact_connection_target), never with the password.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.hpp"

struct pg_conn;
struct pg_result;

namespace vane::output {

// The connection string as a user may see it: the password of a URL's
// user info ("postgresql://user:secret@host" -> "postgresql://user:***@host")
// and the value of any password= parameter (URL query or key=value form)
// become "***".
std::string redact_connection_target(std::string_view target);

class PostgresResult {
 public:
  explicit PostgresResult(pg_result* result) : result_(result, &release) {}
  int rows() const;
  int columns() const;
  bool is_null(int row, int column) const;
  std::string text(int row, int column) const;
  // Rows a command touched (DELETE, INSERT, COPY); 0 for a query.
  std::int64_t affected_rows() const;

 private:
  static void release(pg_result* result);
  std::unique_ptr<pg_result, void (*)(pg_result*)> result_;
};

class PostgresConnection {
 public:
  // Connects with the string as libpq reads it (a postgresql:// URL or
  // key=value pairs), with client encoding UTF-8, a 10 s connect timeout and
  // application name "vane" unless the string sets them. Failure codes:
  // "postgres_connect".
  static Expected<PostgresConnection> open(const std::string& target);

  PostgresConnection(PostgresConnection&&) noexcept = default;
  PostgresConnection& operator=(PostgresConnection&&) noexcept = default;
  ~PostgresConnection();  // an open transaction is rolled back by the server

  // Runs one or more commands without parameters.
  Status exec(std::string_view sql);
  // One statement with text parameters ($1, $2, ...); also for commands.
  Expected<PostgresResult> query(const std::string& sql, const std::vector<std::string>& params = {});
  // Runs a COPY ... FROM STDIN and sends `data` (COPY text format) as its input.
  Status copy_in(const std::string& copy_sql, std::string_view data);

  // For messages: "<server>: <what>", code "postgres_error".
  Status error(std::string_view what) const;
  const std::string& server() const { return server_; }
  // False once the server has gone away: retrying is then pointless.
  bool connected() const;

 private:
  PostgresConnection(pg_conn* conn, std::string server);
  Status result_error(pg_result* result) const;
  static void close(pg_conn* conn);

  std::unique_ptr<pg_conn, void (*)(pg_conn*)> conn_;
  std::string server_;  // the redacted connection string
};

}  // namespace vane::output
