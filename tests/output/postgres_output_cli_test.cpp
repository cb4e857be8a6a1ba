// End to end: `vane analyze -o postgresql://...` against a real PostgreSQL
// server that tests/output/with_postgres_server.sh starts for this binary
// (VANE_TEST_POSTGRES is its superuser URL). Read back with libpq and
// compared with the SQLite output and the JSON Lines records of the same
// input; each test case works in a database of its own.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../cli/run_command.hpp"
#include "../test_paths.hpp"
#include "output/postgres_connection.hpp"
#include "database_test_support.hpp"

namespace fs = std::filesystem;
using nlohmann::json;
using vane::output::PostgresConnection;
using vane::testing::parse_json_lines;
using vane::testing::read_file;
using vane::testing::run_command;
using vane::testing::sqlite_rows;
using vane::testing::vane_bin;
using vane::testing::Rows;

namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) FAIL(name << " is not set: run through tests/output/with_postgres_server.sh (ctest does)");
  return value;
}

// A URL for database `name` on the test server, as `user`.
std::string database_url(const std::string& name, const std::string& user = "vane_test") {
  return "postgresql://" + user + "@/" + name + "?host=" + env("VANE_TEST_POSTGRES_SOCKET_DIR") +
         "&port=" + env("VANE_TEST_POSTGRES_PORT");
}

PostgresConnection connect(const std::string& url) {
  auto db = PostgresConnection::open(url);
  if (!db) FAIL(db.status().message);
  return std::move(*db);
}

void admin(const std::string& sql) {
  auto db = connect(env("VANE_TEST_POSTGRES"));
  const auto status = db.exec(sql);
  INFO(sql);
  REQUIRE(status.is_ok());
}

// A new, empty database for one test case.
std::string fresh_database(const std::string& name) {
  admin("DROP DATABASE IF EXISTS " + name);
  admin("CREATE DATABASE " + name);
  return database_url(name);
}

// Numbers as text differ between the databases (SQLite "300.0", PostgreSQL
// "300"): a cell that reads fully as a number with a fraction is compared
// by its value.
std::string normalised(const std::string& cell) {
  if (cell.find_first_of(".eE") == std::string::npos || cell.find_first_not_of("0123456789.eE+-") != std::string::npos) {
    return cell;
  }
  char* end = nullptr;
  const double value = std::strtod(cell.c_str(), &end);
  if (end != cell.c_str() + cell.size()) return cell;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

Rows pg_query(const std::string& url, const std::string& sql) {
  auto db = connect(url);
  auto result = db.query(sql);
  INFO(sql);
  if (!result) FAIL(result.status().message);
  Rows rows;
  for (int row = 0; row < result->rows(); ++row) {
    std::vector<std::string> cells;
    for (int column = 0; column < result->columns(); ++column) {
      cells.push_back(result->is_null(row, column) ? "" : result->text(row, column));
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

// Every table in key order, numbers normalised: equal dumps, equal data.
template <class Query>
std::string dump(Query query) {
  std::string out;
  for (const auto& [table, key] : vane::testing::kTablesInKeyOrder) {
    // COLLATE "C": the same byte order as SQLite's, whatever the server's locale.
    std::string order;
    for (std::string rest = key; !rest.empty();) {
      const auto comma = rest.find(", ");
      const std::string column = rest.substr(0, comma);
      const bool text_column = column == "id" || column == "document_id" || column == "kind" ||
                               column == "subject" || column == "axis";
      order += (order.empty() ? "" : ", ") + column + (text_column ? " COLLATE \"C\"" : "");
      rest = comma == std::string::npos ? "" : rest.substr(comma + 2);
    }
    out += std::string("== ") + table + "\n";
    for (const auto& row : query(std::string("SELECT * FROM ") + table + " ORDER BY " + order)) {
      for (const auto& cell : row) out += normalised(cell) + "\x1f";
      out += "\n";
    }
  }
  return out;
}

std::string pg_dump(const std::string& url) {
  return dump([&](const std::string& sql) { return pg_query(url, sql); });
}

std::string sqlite_dump(const fs::path& path) {
  return dump([&](const std::string& sql) {
    // SQLite has no COLLATE "C"; its default BINARY is the same order.
    std::string plain = sql;
    for (auto at = plain.find(" COLLATE \"C\""); at != std::string::npos; at = plain.find(" COLLATE \"C\"")) {
      plain.erase(at, 12);
    }
    return sqlite_rows(path, plain);
  });
}

fs::path work_dir() {
  const auto dir = fs::temp_directory_path() / ("vane_postgres_cli_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

// The test splits, the good-and-bad mixed file and the tricky texts (tabs,
// newlines, quotes, backslashes in ids and texts) as one file.
fs::path corpus_file(const fs::path& dir) {
  std::string input;
  for (const char* lang : {"en", "fr", "it", "nl"}) {
    input += read_file(vane::testing::source_dir() / "corpora" / lang / "test" / "gold.jsonl");
  }
  input += read_file(vane::testing::source_dir() / "tests/schema/mixed_input.jsonl");
  input += read_file(vane::testing::source_dir() / "tests/output/tricky_input.jsonl");
  const auto path = dir / "corpus.jsonl";
  std::ofstream(path, std::ios::binary) << input;
  return path;
}

std::string quoted(const std::string& url) { return "'" + url + "'"; }

}  // namespace

TEST_CASE("PostgreSQL output holds what the SQLite output and the JSON Lines records hold", "[output][postgres]") {
  const auto dir = work_dir();
  const auto input = corpus_file(dir);
  const auto jsonl = dir / "reference.jsonl";
  const auto sqlite = dir / "reference.sqlite";
  const std::string url = fresh_database("vane_facts");
  const std::string args = " analyze -q -j 2 --keep-fields genre " + input.string();
  REQUIRE(run_command(vane_bin() + args + " -o " + jsonl.string()).exit_code == 1);
  REQUIRE(run_command(vane_bin() + args + " -o " + sqlite.string()).exit_code == 1);
  const auto result = run_command(vane_bin() + args + " -o " + quoted(url));
  INFO(result.err);
  REQUIRE(result.exit_code == 1);

  // Row for row, column for column the same as SQLite (tested against the
  // records in sqlite_output_cli_test.cpp).
  const std::string pg = pg_dump(url);
  CHECK(pg == sqlite_dump(sqlite));
  CHECK(pg.find("multi\nline-id") != std::string::npos);  // an id with a newline survived COPY's escaping

  // And the views against counts over the records.
  std::map<std::string, long> labels, channels, claims;
  long documents = 0, mentions = 0, claim_count = 0, quantities = 0;
  for (const auto& r : parse_json_lines(read_file(jsonl))) {
    ++documents;
    if (r["status"] != "ok") continue;
    const std::string lang = r["lang"]["code"];
    for (const char* axis : {"push_pull", "inbound_outbound"}) {
      ++labels[lang + "|" + axis + "|" + r[axis]["label"].get<std::string>()];
    }
    for (const auto& channel : r["channels"]) {
      ++channels[lang + "|" + channel["direction"].get<std::string>() + "|" + channel["id"].get<std::string>()];
      mentions += static_cast<long>(channel["mentions"].size());
    }
    for (const auto& claim : r["roi_claims"]) {
      ++claim_count;
      quantities += static_cast<long>(claim["quantities"].size());
      const std::set<std::string> kinds(claim["kinds"].begin(), claim["kinds"].end());
      for (const auto& kind : kinds) ++claims[lang + "|" + kind + "|" + claim["polarity"].get<std::string>()];
    }
  }
  auto as_map = [&](const std::string& sql) {
    std::map<std::string, long> out;
    for (const auto& row : pg_query(url, sql)) out[row[0] + "|" + row[1] + "|" + row[2]] = std::stol(row[3]);
    return out;
  };
  CHECK(as_map("SELECT lang_code, axis, label, documents FROM labels_per_language") == labels);
  CHECK(as_map("SELECT lang_code, direction, channel_id, documents FROM channel_frequency_by_direction") == channels);
  CHECK(as_map("SELECT lang_code, kind, polarity, claims FROM claims_by_kind_and_polarity") == claims);
  CHECK(labels.size() > 20);
  const auto counts = pg_query(url, "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM channel_mentions), "
                                    "(SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM quantities)");
  CHECK(counts[0] == std::vector<std::string>{std::to_string(documents), std::to_string(mentions),
                                              std::to_string(claim_count), std::to_string(quantities)});
  CHECK(mentions > 500);
  CHECK(claim_count > 100);
  // The docs' PostgreSQL spelling of a meta lookup works on what vane stored.
  CHECK(pg_query(url, "SELECT COUNT(*) FROM documents WHERE meta::json->>'genre' IS NOT NULL")[0][0] != "0");
  fs::remove_all(dir);
}

TEST_CASE("re-running the same input into PostgreSQL keeps one copy of every document", "[output][postgres]") {
  const auto dir = work_dir();
  const auto input = corpus_file(dir);
  const std::string url = fresh_database("vane_rerun");
  const std::string command = vane_bin() + " analyze -q -j 2 " + input.string() + " -o " + quoted(url);
  REQUIRE(run_command(command).exit_code == 1);
  const std::string once = pg_dump(url);
  const auto documents = pg_query(url, "SELECT COUNT(*) FROM documents")[0][0];

  const auto again = run_command(command);
  CHECK(again.exit_code == 1);
  CHECK_THAT(again.err, Catch::Contains(documents + " document(s) replaced a record with the same id"));
  CHECK(pg_dump(url) == once);
  CHECK(pg_query(url, "SELECT COUNT(*) FROM documents")[0][0] == documents);
  fs::remove_all(dir);
}

TEST_CASE("a shorter PostgreSQL run continued with --resume equals one uninterrupted run", "[output][postgres]") {
  const auto dir = work_dir();
  const auto input = corpus_file(dir);
  const std::string once = fresh_database("vane_once");
  REQUIRE(run_command(vane_bin() + " analyze -q " + input.string() + " -o " + quoted(once)).exit_code == 1);
  const std::string reference = pg_dump(once);

  // The first 60 documents, as a stopped run would have left them; same
  // file name, because a line without a usable id is named by path and line.
  const std::string full = read_file(input);
  std::istringstream lines(full);
  std::string head, line;
  for (int i = 0; i < 60 && std::getline(lines, line); ++i) head += line + "\n";
  std::ofstream(input, std::ios::binary | std::ios::trunc) << head;
  const std::string resumed = fresh_database("vane_resumed");
  REQUIRE(run_command(vane_bin() + " analyze -q " + input.string() + " -o " + quoted(resumed)).exit_code <= 1);
  std::ofstream(input, std::ios::binary | std::ios::trunc) << full;
  const auto result = run_command(vane_bin() + " analyze --resume " + input.string() + " -o " + quoted(resumed));
  INFO(result.err);
  CHECK(result.exit_code == 1);  // the tricky and mixed lines come after the first 60
  CHECK_THAT(result.err, Catch::Contains("+60 skipped"));
  CHECK_THAT(result.err, !Catch::Contains("replaced"));
  CHECK(pg_dump(resumed) == reference);
  fs::remove_all(dir);
}

TEST_CASE("PostgreSQL output refuses another schema version and foreign tables", "[output][postgres]") {
  const auto dir = work_dir();
  const auto input = corpus_file(dir);
  const std::string url = fresh_database("vane_versions");
  const std::string run = vane_bin() + " analyze -q " + input.string() + " -o " + quoted(url);
  REQUIRE(run_command(run).exit_code == 1);
  {
    auto db = connect(url);
    REQUIRE(db.exec("UPDATE vane_schema SET schema_version = 99").is_ok());
  }
  for (const char* flag : {"", " --resume"}) {
    const auto result = run_command(run + flag);
    CHECK(result.exit_code == 3);
    CHECK_THAT(result.err, Catch::Contains("has vane SQL schema version 99, this vane writes version 1") &&
                               Catch::Contains("/vane_versions?host="));
  }
  const auto replaced = run_command(run + " --replace");
  CHECK(replaced.exit_code == 1);
  CHECK(pg_query(url, "SELECT schema_version FROM vane_schema") == Rows{{"1"}});

  // A database with a table vane would create, but not vane's: left alone.
  const std::string foreign = fresh_database("vane_foreign");
  {
    auto db = connect(foreign);
    REQUIRE(db.exec("CREATE TABLE documents (id TEXT PRIMARY KEY, body TEXT)").is_ok());
  }
  for (const char* flag : {"", " --replace"}) {
    const auto result = run_command(vane_bin() + " analyze -q " + input.string() + " -o " + quoted(foreign) + flag);
    CHECK(result.exit_code == 3);
    CHECK_THAT(result.err, Catch::Contains("already has documents but no vane_schema table"));
  }
  CHECK(pg_query(foreign, "SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'documents'") ==
        Rows{{"2"}});
  fs::remove_all(dir);
}

TEST_CASE("PostgreSQL connection and permission failures exit 3 naming the server", "[output][postgres]") {
  const auto dir = work_dir();
  const auto input = corpus_file(dir);
  const std::string analyze = vane_bin() + " analyze -q " + input.string() + " -o ";

  // Nothing listens on port 1.
  auto result = run_command(analyze + "postgresql://nobody@127.0.0.1:1/vane");
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.err, Catch::StartsWith("vane: cannot connect to postgresql://nobody@127.0.0.1:1/vane: ") &&
                             Catch::Contains("refused"));

  // A wrong password: refused, and the password is never printed.
  admin("DROP ROLE IF EXISTS vane_password");
  admin("CREATE ROLE vane_password LOGIN PASSWORD 'right-secret'");
  const std::string socket = "?host=" + env("VANE_TEST_POSTGRES_SOCKET_DIR") + "&port=" + env("VANE_TEST_POSTGRES_PORT");
  result = run_command(analyze + quoted("postgresql://vane_password:wrong-secret@/postgres" + socket));
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.err, Catch::Contains("postgresql://vane_password:***@/postgres") &&
                             Catch::Contains("password authentication failed"));
  CHECK_THAT(result.err, !Catch::Contains("wrong-secret"));

  // A role that may not create tables (PostgreSQL 15's public schema).
  const std::string url = fresh_database("vane_denied");
  admin("DROP ROLE IF EXISTS vane_reader");
  admin("CREATE ROLE vane_reader LOGIN");
  result = run_command(analyze + quoted(database_url("vane_denied", "vane_reader")));
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.err, Catch::Contains("vane_reader@/vane_denied") && Catch::Contains("permission denied"));
  CHECK(pg_query(url, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'") == Rows{{"0"}});

  // PostgreSQL output needs somewhere to go.
  result = run_command(vane_bin() + " analyze -q --output-format postgresql " + input.string());
  CHECK(result.exit_code == 2);
  fs::remove_all(dir);
}

TEST_CASE("a PostgreSQL batch that fails keeps the documents before the bad one; --resume completes it",
          "[output][postgres]") {
  const auto dir = work_dir();
  const auto input = corpus_file(dir);
  const std::string once = fresh_database("vane_failed_once");
  REQUIRE(run_command(vane_bin() + " analyze -q " + input.string() + " -o " + quoted(once)).exit_code == 1);

  // The server rejects the 30th document (a trigger stands in for any
  // server-side failure), in the middle of the run's first batch.
  std::istringstream lines(read_file(input));
  std::string line;
  for (int i = 0; i < 30; ++i) std::getline(lines, line);
  const std::string bad_id = json::parse(line)["id"];
  const std::string url = fresh_database("vane_failed");
  REQUIRE(run_command(vane_bin() + " analyze -q --output-format postgresql /dev/null -o " + quoted(url)).exit_code == 0);
  {
    auto db = connect(url);
    REQUIRE(db.exec("CREATE FUNCTION reject_one() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "IF NEW.id = '" + bad_id + "' THEN RAISE EXCEPTION 'rejected by the test'; END IF; "
                    "RETURN NEW; END $$; "
                    "CREATE TRIGGER reject_one BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION reject_one()")
                .is_ok());
  }
  auto result = run_command(vane_bin() + " analyze -q " + input.string() + " -o " + quoted(url));
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.err, Catch::Contains("writing document " + bad_id + " to postgresql://vane_test@/vane_failed") &&
                             Catch::Contains("rejected by the test"));
  CHECK(pg_query(url, "SELECT COUNT(*) FROM documents") == Rows{{"29"}});

  {
    auto db = connect(url);
    REQUIRE(db.exec("DROP TRIGGER reject_one ON documents").is_ok());
  }
  result = run_command(vane_bin() + " analyze --resume " + input.string() + " -o " + quoted(url));
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("+29 skipped"));
  CHECK(pg_dump(url) == pg_dump(once));
  fs::remove_all(dir);
}
