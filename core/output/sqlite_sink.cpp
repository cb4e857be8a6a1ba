#include "output/sqlite_sink.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <vector>

#include <vane/version.h>

#include "io/record_json.hpp"
#include "output/relational_rows.hpp"
#include "output/sql_schema.hpp"

namespace vane::output {
namespace {

namespace fs = std::filesystem;

// WAL lets a dashboard read the database while a long run writes it;
// synchronous=NORMAL is WAL's recommended setting: a power cut may lose the
// last commits but never corrupts the file, and --resume redoes them.
// foreign_keys makes SQLite enforce the schema's REFERENCES (and the
// cascade that replaces a repeated document id). busy_timeout waits for a
// reader's lock instead of failing at once.
constexpr std::string_view kPragmas =
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
    "PRAGMA busy_timeout = 10000; PRAGMA cache_size = -32768;";

std::optional<std::int64_t> opt(std::int64_t value) { return value; }
std::optional<double> opt(double value) { return value; }

Status refuse(std::string code, std::string message) { return Status::error(std::move(code), std::move(message)); }

void remove_database_files(const std::string& path) {
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ignored);
}

struct TableCheck {
  bool any_table = false;
  bool vane_schema = false;
};

Expected<TableCheck> inspect_tables(SqliteDatabase& db) {
  auto query = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
  if (!query) return query.status();
  TableCheck check;
  while (true) {
    auto row = query->next_row();
    if (!row) return db.error(row.status().message);
    if (!*row) break;
    check.any_table = true;
    if (query->column_text(0) == "vane_schema") check.vane_schema = true;
  }
  return check;
}

Expected<std::int64_t> single_integer(SqliteDatabase& db, std::string_view sql) {
  auto query = db.prepare(sql);
  if (!query) return query.status();
  auto row = query->next_row();
  if (!row) return db.error(row.status().message);
  if (!*row) return db.error(std::string("no row from ") + std::string(sql));
  return query->column_int(0);
}

Status create_schema(SqliteDatabase& db) {
  if (auto status = db.exec("BEGIN"); !status) return status;
  if (auto status = db.exec(sql_schema_text()); !status) return status;
  auto insert = db.prepare(
      "INSERT INTO vane_schema (schema_version, record_schema_version, vane_version) VALUES (?, ?, ?)");
  if (!insert) return insert.status();
  insert->bind(1, opt(std::int64_t{kSqlSchemaVersion}))
      .bind(2, opt(std::int64_t{io::kSchemaVersion}))
      .bind(3, std::string_view(VANE_VERSION_STRING));
  if (auto status = insert->run(); !status) return db.error(status.message);
  return db.exec("COMMIT");
}

// Checks what an existing file holds and decides whether this run may
// write into it; for a resume, returns the ids it already holds.
Expected<std::unordered_set<std::string>> prepare_existing(SqliteDatabase& db, const std::string& path,
                                                           bool resume) {
  auto tables = inspect_tables(db);
  if (!tables) return tables.status();
  if (!tables->any_table) {
    if (auto status = create_schema(db); !status) return status;
    return std::unordered_set<std::string>();
  }
  if (!tables->vane_schema) {
    return refuse("not_vane_output", path + " is an SQLite database but not a vane output (no vane_schema "
                                            "table); write to another file, or --replace to overwrite it");
  }
  auto version = single_integer(db, "SELECT MAX(schema_version) FROM vane_schema");
  if (!version) return version.status();
  if (*version != kSqlSchemaVersion) {
    return refuse("incompatible_schema",
                  path + " has vane SQL schema version " + std::to_string(*version) + ", this vane writes version " +
                      std::to_string(kSqlSchemaVersion) + "; write to a new file, or --replace to overwrite it");
  }
  if (!resume) {
    auto documents = single_integer(db, "SELECT COUNT(*) FROM documents");
    if (!documents) return documents.status();
    return refuse("output_exists", path + " already holds a vane run (" + std::to_string(*documents) +
                                       " documents); --resume continues it, --replace starts afresh");
  }
  std::unordered_set<std::string> ids;
  auto query = db.prepare("SELECT id FROM documents");
  if (!query) return query.status();
  while (true) {
    auto row = query->next_row();
    if (!row) return db.error(row.status().message);
    if (!*row) break;
    ids.insert(query->column_text(0));
  }
  return ids;
}

}  // namespace

struct SqliteSink::Statements {
  SqliteStatement begin, commit, savepoint, release, rollback_to;
  SqliteStatement insert_document, delete_document, insert_mention, insert_claim, insert_claim_kind,
      insert_claim_subject, insert_quantity, insert_evidence;

  static Expected<std::unique_ptr<Statements>> prepare(SqliteDatabase& db) {
    const char* const sql[] = {
        "BEGIN",
        "COMMIT",
        "SAVEPOINT vane_document",
        "RELEASE vane_document",
        "ROLLBACK TO vane_document",
        "INSERT INTO documents (id, input_seq, status, lang_code, lang_confidence, lang_source, plugin_name, "
        "plugin_version, push_pull, push_score, pull_score, inbound_outbound, inbound_score, outbound_score, "
        "chars, sentences, words, error_code, error_message, error_offset, meta) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "DELETE FROM documents WHERE id = ?",
        "INSERT INTO channel_mentions (document_id, ordinal, channel_id, direction, start_char, end_char, "
        "span_text) VALUES (?, ?, ?, ?, ?, ?, ?)",
        "INSERT INTO claims (document_id, claim_no, kind, polarity, comparative, start_char, end_char, "
        "span_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        "INSERT INTO claim_kinds (document_id, claim_no, kind, kind_rank) VALUES (?, ?, ?, ?)",
        "INSERT INTO claim_subjects (document_id, claim_no, subject) VALUES (?, ?, ?)",
        "INSERT INTO quantities (document_id, claim_no, ordinal, quantity_type, value, currency, start_char, "
        "end_char, span_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "INSERT INTO evidence (document_id, axis, ordinal, side, cue, weight, start_char, end_char, span_text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    };
    std::vector<SqliteStatement> prepared;
    for (const char* text : sql) {
      auto statement = db.prepare(text);
      if (!statement) return statement.status();
      prepared.push_back(std::move(*statement));
    }
    auto at = [&](std::size_t i) { return std::move(prepared[i]); };
    return std::unique_ptr<Statements>(new Statements{at(0), at(1), at(2), at(3), at(4), at(5), at(6), at(7),
                                                      at(8), at(9), at(10), at(11), at(12)});
  }
};

Expected<std::unique_ptr<RecordSink>> SqliteSink::open(const std::string& path, const SqliteSinkOptions& options) {
  if (options.replace) remove_database_files(path);
  auto db = SqliteDatabase::open(path);
  if (!db) return db.status();
  if (auto status = db->exec(kPragmas); !status) return status;
  auto completed = prepare_existing(*db, path, options.resume);
  if (!completed) return completed.status();
  auto statements = Statements::prepare(*db);
  if (!statements) return statements.status();
  auto sink = std::unique_ptr<SqliteSink>(new SqliteSink(path, std::move(*db), options));
  sink->statements_ = std::move(*statements);
  sink->completed_ = std::move(*completed);
  return std::unique_ptr<RecordSink>(std::move(sink));
}

SqliteSink::SqliteSink(std::string path, SqliteDatabase db, const SqliteSinkOptions& options)
    : path_(std::move(path)),
      db_(std::move(db)),
      batch_documents_limit_(std::max<std::uint64_t>(1, options.batch_documents)),
      batch_interval_(options.batch_interval) {}

// Statements go before the connection; an uncommitted batch is rolled back
// by SQLite when the connection closes (finish() was not reached).
SqliteSink::~SqliteSink() { statements_.reset(); }

Status SqliteSink::write(const engine::Record& record) {
  Statements& s = *statements_;
  if (!in_transaction_) {
    if (auto status = s.begin.run(); !status) return db_.error(status.message);
    in_transaction_ = true;
    batch_documents_ = 0;
    batch_started_ = std::chrono::steady_clock::now();
  }
  if (auto status = s.savepoint.run(); !status) return db_.error(status.message);
  if (auto status = write_document(record); !status) {
    // Keep the batch's other documents whole; this one is not written.
    s.rollback_to.run();
    s.release.run();
    return db_.error("writing document " + record.id + ": " + status.message);
  }
  if (auto status = s.release.run(); !status) return db_.error(status.message);
  ++batch_documents_;
  if (batch_documents_ >= batch_documents_limit_ ||
      std::chrono::steady_clock::now() - batch_started_ >= batch_interval_) {
    return commit();
  }
  return Status::ok();
}

Status SqliteSink::write_document(const engine::Record& record) {
  const RelationalRows rows = flatten_record(record);
  Statements& s = *statements_;
  const DocumentRow& d = rows.document;
  auto insert_document = [&] {
    s.insert_document.bind(1, std::string_view(d.id)).bind(2, opt(d.input_seq)).bind(3, std::string_view(d.status));
    s.insert_document.bind(4, d.lang_code).bind(5, d.lang_confidence).bind(6, d.lang_source);
    s.insert_document.bind(7, d.plugin_name).bind(8, d.plugin_version);
    s.insert_document.bind(9, d.push_pull).bind(10, d.push_score).bind(11, d.pull_score);
    s.insert_document.bind(12, d.inbound_outbound).bind(13, d.inbound_score).bind(14, d.outbound_score);
    s.insert_document.bind(15, d.chars).bind(16, d.sentences).bind(17, d.words);
    s.insert_document.bind(18, d.error_code).bind(19, d.error_message).bind(20, d.error_offset);
    s.insert_document.bind(21, d.meta_json);
    return s.insert_document.run();
  };
  Status status = insert_document();
  if (status.code == "sqlite_constraint") {
    // The input repeats an id: the later document replaces the earlier one
    // (ON DELETE CASCADE removes its rows), as an upsert by id would.
    s.delete_document.bind(1, std::string_view(d.id));
    if (status = s.delete_document.run(); !status) return status;
    ++repeated_ids_;
    status = insert_document();
  }
  if (!status) return status;

  for (const auto& m : rows.channel_mentions) {
    s.insert_mention.bind(1, std::string_view(m.document_id)).bind(2, opt(m.ordinal));
    s.insert_mention.bind(3, std::string_view(m.channel_id)).bind(4, std::string_view(m.direction));
    s.insert_mention.bind(5, opt(m.span.start_char)).bind(6, opt(m.span.end_char)).bind(7, std::string_view(m.span.text));
    if (status = s.insert_mention.run(); !status) return status;
  }
  for (const auto& c : rows.claims) {
    s.insert_claim.bind(1, std::string_view(c.document_id)).bind(2, opt(c.claim_no));
    s.insert_claim.bind(3, std::string_view(c.kind)).bind(4, std::string_view(c.polarity));
    s.insert_claim.bind(5, opt(std::int64_t{c.comparative ? 1 : 0}));
    s.insert_claim.bind(6, opt(c.span.start_char)).bind(7, opt(c.span.end_char)).bind(8, std::string_view(c.span.text));
    if (status = s.insert_claim.run(); !status) return status;
  }
  for (const auto& k : rows.claim_kinds) {
    s.insert_claim_kind.bind(1, std::string_view(k.document_id)).bind(2, opt(k.claim_no));
    s.insert_claim_kind.bind(3, std::string_view(k.kind)).bind(4, opt(k.rank));
    if (status = s.insert_claim_kind.run(); !status) return status;
  }
  for (const auto& subject : rows.claim_subjects) {
    s.insert_claim_subject.bind(1, std::string_view(subject.document_id)).bind(2, opt(subject.claim_no));
    s.insert_claim_subject.bind(3, std::string_view(subject.subject));
    if (status = s.insert_claim_subject.run(); !status) return status;
  }
  for (const auto& q : rows.quantities) {
    s.insert_quantity.bind(1, std::string_view(q.document_id)).bind(2, opt(q.claim_no)).bind(3, opt(q.ordinal));
    s.insert_quantity.bind(4, std::string_view(q.type)).bind(5, q.value).bind(6, q.currency);
    s.insert_quantity.bind(7, opt(q.span.start_char)).bind(8, opt(q.span.end_char)).bind(9, std::string_view(q.span.text));
    if (status = s.insert_quantity.run(); !status) return status;
  }
  for (const auto& e : rows.evidence) {
    s.insert_evidence.bind(1, std::string_view(e.document_id)).bind(2, std::string_view(e.axis));
    s.insert_evidence.bind(3, opt(e.ordinal)).bind(4, std::string_view(e.side)).bind(5, std::string_view(e.cue));
    s.insert_evidence.bind(6, opt(e.weight));
    s.insert_evidence.bind(7, opt(e.span.start_char)).bind(8, opt(e.span.end_char)).bind(9, std::string_view(e.span.text));
    if (status = s.insert_evidence.run(); !status) return status;
  }
  return Status::ok();
}

Status SqliteSink::commit() {
  if (!in_transaction_) return Status::ok();
  in_transaction_ = false;
  if (auto status = statements_->commit.run(); !status) return db_.error(status.message);
  return Status::ok();
}

Status SqliteSink::finish() {
  if (auto status = commit(); !status) return status;
  // Refreshes the planner's statistics for the dashboards' queries; cheap.
  db_.exec("PRAGMA optimize");
  if (repeated_ids_ > 0) {
    std::cerr << "vane: " << repeated_ids_ << " document(s) repeated an earlier id; " << path_
              << " keeps the last record of each id\n";
    repeated_ids_ = 0;
  }
  return Status::ok();
}

}  // namespace vane::output
