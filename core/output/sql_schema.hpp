// The relational schema the SQL sinks create: schema/sql/vane.sql, compiled
// into the binary at build time (cmake/VaneEmbedText.cmake), and its version.
//
//   db.exec(vane::output::sql_schema_text());          // a fresh database
//   if (stored_version != vane::output::kSqlSchemaVersion) refuse();
#pragma once

#include <string_view>

namespace vane::output {

// Bumped together with the "schema_version:" line of schema/sql/vane.sql
// whenever a change would break a query written against the old tables.
inline constexpr int kSqlSchemaVersion = 1;

// Every CREATE statement of schema/sql/vane.sql, portable SQL for SQLite and
// PostgreSQL; run it once, in a transaction, on an empty database.
std::string_view sql_schema_text();

}  // namespace vane::output
