#include "output/sqlite_sink.hpp"

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "output/sql_schema.hpp"
#include "output/sqlite_database.hpp"
#include "sample_records.hpp"

namespace fs = std::filesystem;
using vane::output::SqliteDatabase;
using vane::output::SqliteSink;
using vane::output::SqliteSinkOptions;
using vane::testing::analysed_record;
using vane::testing::error_record;

namespace {

struct TempDatabase {
  fs::path path;
  explicit TempDatabase(const std::string& name)
      : path(fs::temp_directory_path() / ("vane_sqlite_" + std::to_string(::getpid()) + "_" + name)) {
    remove();
  }
  ~TempDatabase() { remove(); }
  void remove() const {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path.string() + suffix);
  }
  std::string str() const { return path.string(); }
};

std::int64_t count(const std::string& path, const std::string& sql) {
  auto db = SqliteDatabase::open(path);
  REQUIRE(db.has_value());
  auto query = db->prepare(sql);
  INFO(sql);
  REQUIRE(query.has_value());
  auto row = query->next_row();
  REQUIRE(row.has_value());
  REQUIRE(*row);
  return query->column_int(0);
}

std::string text(const std::string& path, const std::string& sql) {
  auto db = SqliteDatabase::open(path);
  REQUIRE(db.has_value());
  auto query = db->prepare(sql);
  REQUIRE(query.has_value());
  auto row = query->next_row();
  REQUIRE(row.has_value());
  REQUIRE(*row);
  return query->column_text(0);
}

void write_run(const std::string& path, SqliteSinkOptions options = {}) {
  auto sink = SqliteSink::open(path, options);
  REQUIRE(sink.has_value());
  REQUIRE((*sink)->write(analysed_record("doc-1")).is_ok());
  REQUIRE((*sink)->write(error_record("bad")).is_ok());
  REQUIRE((*sink)->finish().is_ok());
}

}  // namespace

TEST_CASE("the schema text is schema/sql/vane.sql with the code's version", "[output]") {
  const std::string schema(vane::output::sql_schema_text());
  CHECK_THAT(schema, Catch::Contains("-- schema_version: " + std::to_string(vane::output::kSqlSchemaVersion) + "\n"));
  CHECK_THAT(schema, Catch::Contains("CREATE TABLE documents"));
  CHECK_THAT(schema, Catch::Contains("CREATE VIEW quantities_by_kind"));
}

TEST_CASE("SQLite output holds each record as normalised rows", "[output]") {
  TempDatabase db("rows.sqlite");
  write_run(db.str());
  const auto p = db.str();
  CHECK(count(p, "SELECT schema_version FROM vane_schema") == vane::output::kSqlSchemaVersion);
  CHECK(count(p, "SELECT COUNT(*) FROM documents") == 2);
  CHECK(text(p, "SELECT push_pull FROM documents WHERE id = 'doc-1'") == "push");
  CHECK(text(p, "SELECT error_code FROM documents WHERE id = 'bad'") == "invalid_utf8");
  CHECK(text(p, "SELECT meta FROM documents WHERE id = 'bad'") == R"({"url":"u"})");
  CHECK(count(p, "SELECT COUNT(*) FROM documents WHERE id = 'bad' AND push_pull IS NULL") == 1);
  CHECK(count(p, "SELECT COUNT(*) FROM channel_mentions") == 3);
  CHECK(count(p, "SELECT start_char FROM channel_mentions WHERE ordinal = 1") == 10);  // code points
  CHECK(count(p, "SELECT COUNT(*) FROM claims") == 1);
  CHECK(count(p, "SELECT COUNT(*) FROM claim_kinds") == 2);
  CHECK(count(p, "SELECT COUNT(*) FROM claim_subjects") == 2);
  CHECK(count(p, "SELECT COUNT(*) FROM quantities WHERE value IS NULL") == 1);
  CHECK(count(p, "SELECT COUNT(*) FROM evidence") == 1);
  CHECK(count(p, "SELECT COUNT(*) FROM pragma_foreign_key_check") == 0);
  CHECK(count(p, "SELECT documents FROM labels_per_language WHERE axis = 'push_pull' AND label = 'push'") == 1);
  CHECK(count(p, "SELECT mentions FROM channel_frequency_by_direction WHERE channel_id = 'tv'") == 2);
  CHECK(count(p, "SELECT claims FROM claims_by_kind_and_polarity WHERE kind = 'performance'") == 1);
  CHECK(count(p, "SELECT quantities FROM quantities_by_kind WHERE quantity_type = 'percent'") == 1);
}

TEST_CASE("an existing run is refused without --resume, resumed or replaced with it", "[output]") {
  TempDatabase db("existing.sqlite");
  write_run(db.str());

  auto again = SqliteSink::open(db.str(), {});
  REQUIRE_FALSE(again.has_value());
  CHECK(again.status().code == "output_exists");
  CHECK_THAT(again.status().message, Catch::Contains("2 documents") && Catch::Contains("--resume"));

  auto resumed = SqliteSink::open(db.str(), {.resume = true});
  REQUIRE(resumed.has_value());
  CHECK((*resumed)->completed_ids() == std::unordered_set<std::string>{"doc-1", "bad"});
  REQUIRE((*resumed)->write(analysed_record("doc-2")).is_ok());
  REQUIRE((*resumed)->finish().is_ok());
  resumed->reset();
  CHECK(count(db.str(), "SELECT COUNT(*) FROM documents") == 3);

  auto replaced = SqliteSink::open(db.str(), {.replace = true});
  REQUIRE(replaced.has_value());
  CHECK((*replaced)->completed_ids().empty());
  REQUIRE((*replaced)->finish().is_ok());
  replaced->reset();
  CHECK(count(db.str(), "SELECT COUNT(*) FROM documents") == 0);
}

TEST_CASE("a database of another schema version is refused with both versions named", "[output]") {
  TempDatabase db("old.sqlite");
  write_run(db.str());
  {
    auto raw = SqliteDatabase::open(db.str());
    REQUIRE(raw.has_value());
    REQUIRE(raw->exec("UPDATE vane_schema SET schema_version = 99").is_ok());
  }
  for (const bool resume : {false, true}) {
    auto sink = SqliteSink::open(db.str(), {.resume = resume});
    REQUIRE_FALSE(sink.has_value());
    CHECK(sink.status().code == "incompatible_schema");
    CHECK_THAT(sink.status().message, Catch::Contains("version 99") &&
                                          Catch::Contains("version " + std::to_string(vane::output::kSqlSchemaVersion)));
  }
  CHECK(count(db.str(), "SELECT COUNT(*) FROM documents") == 2);  // untouched
}

TEST_CASE("a foreign SQLite database or a non-database file is refused", "[output]") {
  TempDatabase foreign("foreign.sqlite");
  {
    auto raw = SqliteDatabase::open(foreign.str());
    REQUIRE(raw.has_value());
    REQUIRE(raw->exec("CREATE TABLE customers (id INTEGER)").is_ok());
  }
  auto sink = SqliteSink::open(foreign.str(), {.resume = true});
  REQUIRE_FALSE(sink.has_value());
  CHECK(sink.status().code == "not_vane_output");

  TempDatabase text_file("notes.db");
  std::ofstream(text_file.path) << "these are my notes, not a database\n";
  sink = SqliteSink::open(text_file.str(), {});
  REQUIRE_FALSE(sink.has_value());
  CHECK_THAT(sink.status().message, Catch::Contains(text_file.str()));
}

TEST_CASE("a run that stops without finish keeps only whole committed documents", "[output]") {
  TempDatabase db("crash.sqlite");
  {
    auto sink = SqliteSink::open(db.str(), {.batch_documents = 2, .batch_interval = std::chrono::hours(1)});
    REQUIRE(sink.has_value());
    for (const char* id : {"a", "b", "c"}) REQUIRE((*sink)->write(analysed_record(id)).is_ok());
    // Destroyed without finish(), as if the process died: "c" was not committed.
  }
  CHECK(count(db.str(), "SELECT COUNT(*) FROM documents") == 2);
  CHECK(count(db.str(), "SELECT COUNT(*) FROM documents WHERE id = 'c'") == 0);
  CHECK(count(db.str(), "SELECT COUNT(*) FROM channel_mentions") == 2 * 3);
  CHECK(count(db.str(), "SELECT COUNT(*) FROM quantities") == 2 * 2);
}

TEST_CASE("a repeated document id keeps the last record, with its rows only", "[output]") {
  TempDatabase db("repeat.sqlite");
  auto sink = SqliteSink::open(db.str(), {});
  REQUIRE(sink.has_value());
  REQUIRE((*sink)->write(analysed_record("same")).is_ok());
  auto second = analysed_record("same");
  second.channels.pop_back();  // no blog this time
  second.push_pull.label = "pull";
  REQUIRE((*sink)->write(second).is_ok());
  REQUIRE((*sink)->finish().is_ok());
  sink->reset();
  CHECK(count(db.str(), "SELECT COUNT(*) FROM documents") == 1);
  CHECK(text(db.str(), "SELECT push_pull FROM documents") == "pull");
  CHECK(count(db.str(), "SELECT COUNT(*) FROM channel_mentions") == 2);
  CHECK(count(db.str(), "SELECT COUNT(*) FROM claims") == 1);
}
