#include "output/postgres_sink.hpp"

#include <algorithm>
#include <iostream>
#include <sstream>

#include <vane/version.h>

#include "io/record_json.hpp"
#include "output/copy_text_buffer.hpp"
#include "output/sql_schema.hpp"

namespace vane::output {
namespace {

// pg_advisory_xact_lock key for opening: "vane" in ASCII. Only vane takes
// it, and only while it inspects or creates the schema.
constexpr std::int64_t kSchemaLock = 0x76616e65;

struct SchemaObjects {
  std::vector<std::string> tables, views;  // in creation order
};

// The tables and views of schema/sql/vane.sql, read from the text itself so
// that --replace and the checks never fall out of step with the schema.
SchemaObjects schema_objects() {
  SchemaObjects objects;
  std::istringstream lines{std::string(sql_schema_text())};
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream words(line);
    std::string create, kind, name;
    if (!(words >> create >> kind >> name) || create != "CREATE") continue;
    if (kind == "TABLE") objects.tables.push_back(name);
    if (kind == "VIEW") objects.views.push_back(name);
  }
  return objects;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

// A PostgreSQL array literal of text values: {"a","b\"c"}.
std::string text_array(const std::vector<const RelationalRows*>& documents) {
  std::string out = "{";
  for (const auto* rows : documents) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (const char c : postgres_safe_text(rows->document.id)) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

Status refuse(std::string code, std::string message) { return Status::error(std::move(code), std::move(message)); }

Status create_schema(PostgresConnection& db) {
  if (auto status = db.exec(sql_schema_text()); !status) return status;
  auto inserted = db.query(
      "INSERT INTO vane_schema (schema_version, record_schema_version, vane_version) VALUES ($1, $2, $3)",
      {std::to_string(kSqlSchemaVersion), std::to_string(io::kSchemaVersion), VANE_VERSION_STRING});
  return inserted ? Status::ok() : inserted.status();
}

Status drop_schema(PostgresConnection& db, const SchemaObjects& objects) {
  // CASCADE: a view someone built on vane's tables goes too; it would
  // otherwise block the drop, and --replace means "start afresh".
  std::vector<std::string> views(objects.views.rbegin(), objects.views.rend());
  std::vector<std::string> tables(objects.tables.rbegin(), objects.tables.rend());
  return db.exec("DROP VIEW IF EXISTS " + joined(views) + " CASCADE; DROP TABLE IF EXISTS " + joined(tables) +
                 " CASCADE");
}

// Inside the locked transaction: decides whether this run may write into
// the database, creating or replacing the schema as needed; for a resume,
// returns the ids already stored.
Expected<std::unordered_set<std::string>> prepare_database(PostgresConnection& db, const PostgresSinkOptions& options) {
  const SchemaObjects objects = schema_objects();
  std::vector<std::string> names = objects.tables;
  names.insert(names.end(), objects.views.begin(), objects.views.end());
  // Appended rather than "{" + joined(names): g++ 12 at -O3 reports a false
  // -Wrestrict on `const char* + std::string&&`.
  std::string name_array = "{";
  name_array += joined(names);
  name_array += '}';
  name_array.erase(std::remove(name_array.begin(), name_array.end(), ' '), name_array.end());
  // to_regclass follows search_path, as the unqualified names in the
  // schema and in every statement here do.
  auto existing = db.query("SELECT name FROM unnest($1::text[]) AS name WHERE to_regclass(quote_ident(name)) IS NOT NULL",
                           {name_array});
  if (!existing) return existing.status();
  std::vector<std::string> found;
  for (int row = 0; row < existing->rows(); ++row) found.push_back(existing->text(row, 0));

  if (found.empty()) {
    if (auto status = create_schema(db); !status) return status;
    return std::unordered_set<std::string>();
  }
  if (std::find(found.begin(), found.end(), "vane_schema") == found.end()) {
    return refuse("not_vane_output",
                  db.server() + " already has " + joined(found) +
                      " but no vane_schema table, so it is not a vane output and vane will not touch it (not "
                      "even with --replace); use another database, or another schema with "
                      "?options=-csearch_path%3DNAME");
  }
  auto version = db.query("SELECT MAX(schema_version) FROM vane_schema");
  if (!version) return version.status();
  const std::string stored = version->rows() > 0 && !version->is_null(0, 0) ? version->text(0, 0) : "none";
  if (options.replace) {
    if (auto status = drop_schema(db, objects); !status) return status;
    if (auto status = create_schema(db); !status) return status;
    return std::unordered_set<std::string>();
  }
  if (stored != std::to_string(kSqlSchemaVersion)) {
    return refuse("incompatible_schema", db.server() + " has vane SQL schema version " + stored +
                                             ", this vane writes version " + std::to_string(kSqlSchemaVersion) +
                                             "; write to another database, or --replace to drop vane's tables "
                                             "and start afresh");
  }
  std::unordered_set<std::string> ids;
  if (!options.resume) return ids;
  auto stored_ids = db.query("SELECT id FROM documents");
  if (!stored_ids) return stored_ids.status();
  ids.reserve(static_cast<std::size_t>(stored_ids->rows()));
  for (int row = 0; row < stored_ids->rows(); ++row) ids.insert(stored_ids->text(row, 0));
  return ids;
}

void add_rows(const RelationalRows& rows, std::vector<CopyTextBuffer>& tables) {
  const DocumentRow& d = rows.document;
  tables[0].field(std::string_view(d.id)).field(d.input_seq).field(std::string_view(d.status));
  tables[0].field(d.lang_code).field(d.lang_confidence).field(d.lang_source);
  tables[0].field(d.plugin_name).field(d.plugin_version);
  tables[0].field(d.push_pull).field(d.push_score).field(d.pull_score);
  tables[0].field(d.inbound_outbound).field(d.inbound_score).field(d.outbound_score);
  tables[0].field(d.chars).field(d.sentences).field(d.words);
  tables[0].field(d.error_code).field(d.error_message).field(d.error_offset).field(d.meta_json).end_row();
  for (const auto& m : rows.channel_mentions) {
    tables[1].field(std::string_view(m.document_id)).field(m.ordinal).field(std::string_view(m.channel_id));
    tables[1].field(std::string_view(m.direction)).field(m.span.start_char).field(m.span.end_char);
    tables[1].field(std::string_view(m.span.text)).end_row();
  }
  for (const auto& c : rows.claims) {
    tables[2].field(std::string_view(c.document_id)).field(c.claim_no).field(std::string_view(c.kind));
    tables[2].field(std::string_view(c.polarity)).field(std::int64_t{c.comparative ? 1 : 0});
    tables[2].field(c.span.start_char).field(c.span.end_char).field(std::string_view(c.span.text)).end_row();
  }
  for (const auto& k : rows.claim_kinds) {
    tables[3].field(std::string_view(k.document_id)).field(k.claim_no).field(std::string_view(k.kind));
    tables[3].field(k.rank).end_row();
  }
  for (const auto& s : rows.claim_subjects) {
    tables[4].field(std::string_view(s.document_id)).field(s.claim_no).field(std::string_view(s.subject)).end_row();
  }
  for (const auto& q : rows.quantities) {
    tables[5].field(std::string_view(q.document_id)).field(q.claim_no).field(q.ordinal);
    tables[5].field(std::string_view(q.type)).field(q.value).field(q.currency);
    tables[5].field(q.span.start_char).field(q.span.end_char).field(std::string_view(q.span.text)).end_row();
  }
  for (const auto& e : rows.evidence) {
    tables[6].field(std::string_view(e.document_id)).field(std::string_view(e.axis)).field(e.ordinal);
    tables[6].field(std::string_view(e.side)).field(std::string_view(e.cue)).field(e.weight);
    tables[6].field(e.span.start_char).field(e.span.end_char).field(std::string_view(e.span.text)).end_row();
  }
}

// In the order add_rows fills the buffers; parents before children.
constexpr const char* kCopyStatements[] = {
    "COPY documents (id, input_seq, status, lang_code, lang_confidence, lang_source, plugin_name, plugin_version, "
    "push_pull, push_score, pull_score, inbound_outbound, inbound_score, outbound_score, chars, sentences, words, "
    "error_code, error_message, error_offset, meta) FROM STDIN",
    "COPY channel_mentions (document_id, ordinal, channel_id, direction, start_char, end_char, span_text) FROM STDIN",
    "COPY claims (document_id, claim_no, kind, polarity, comparative, start_char, end_char, span_text) FROM STDIN",
    "COPY claim_kinds (document_id, claim_no, kind, kind_rank) FROM STDIN",
    "COPY claim_subjects (document_id, claim_no, subject) FROM STDIN",
    "COPY quantities (document_id, claim_no, ordinal, quantity_type, value, currency, start_char, end_char, "
    "span_text) FROM STDIN",
    "COPY evidence (document_id, axis, ordinal, side, cue, weight, start_char, end_char, span_text) FROM STDIN",
};

}  // namespace

Expected<std::unique_ptr<RecordSink>> PostgresSink::open(const std::string& target,
                                                         const PostgresSinkOptions& options) {
  auto db = PostgresConnection::open(target);
  if (!db) return db.status();
  if (auto status = db->exec("BEGIN"); !status) return status;
  auto locked = db->query("SELECT pg_advisory_xact_lock($1)", {std::to_string(kSchemaLock)});
  if (!locked) return locked.status();
  auto completed = prepare_database(*db, options);
  if (!completed) return completed.status();  // the connection closes and the server rolls back
  if (auto status = db->exec("COMMIT"); !status) return status;
  auto sink = std::unique_ptr<PostgresSink>(new PostgresSink(std::move(*db), options));
  sink->completed_ = std::move(*completed);
  return std::unique_ptr<RecordSink>(std::move(sink));
}

PostgresSink::PostgresSink(PostgresConnection db, const PostgresSinkOptions& options)
    : db_(std::move(db)),
      batch_documents_limit_(std::max<std::uint64_t>(1, options.batch_documents)),
      batch_interval_(options.batch_interval) {}

Status PostgresSink::write(const engine::Record& record) {
  if (batch_.empty()) batch_started_ = std::chrono::steady_clock::now();
  RelationalRows rows = flatten_record(record);
  const auto [at, inserted] = batch_index_.try_emplace(rows.document.id, batch_.size());
  if (inserted) {
    batch_.push_back(std::move(rows));
  } else {
    // The input repeats an id within the batch: the later record wins, as
    // it does across batches (and in the SQLite output).
    batch_[at->second] = std::move(rows);
    ++replaced_;
  }
  if (batch_.size() >= batch_documents_limit_ ||
      std::chrono::steady_clock::now() - batch_started_ >= batch_interval_) {
    return flush();
  }
  return Status::ok();
}

Status PostgresSink::write_batch(const std::vector<const RelationalRows*>& documents) {
  std::vector<CopyTextBuffer> tables(std::size(kCopyStatements));
  for (const auto* rows : documents) add_rows(*rows, tables);
  if (auto status = db_.exec("BEGIN"); !status) return status;
  auto deleted = db_.query("DELETE FROM documents WHERE id = ANY($1::text[])", {text_array(documents)});
  Status status = deleted ? Status::ok() : deleted.status();
  for (std::size_t table = 0; status && table < tables.size(); ++table) {
    if (!tables[table].empty()) status = db_.copy_in(kCopyStatements[table], tables[table].text());
  }
  if (status) status = db_.exec("COMMIT");
  if (!status) {
    if (db_.connected()) db_.exec("ROLLBACK");
    return status;
  }
  replaced_ += static_cast<std::uint64_t>(deleted->affected_rows());
  return Status::ok();
}

Status PostgresSink::flush() {
  if (batch_.empty()) return Status::ok();
  std::vector<const RelationalRows*> documents;
  documents.reserve(batch_.size());
  for (const auto& rows : batch_) documents.push_back(&rows);
  Status status = write_batch(documents);
  if (!status && documents.size() > 1 && db_.connected()) {
    // Keep every good document of the failed batch and name the bad one.
    status = Status::ok();
    for (const auto* rows : documents) {
      if (Status single = write_batch({rows}); !single) {
        status = Status::error(single.code, "writing document " + rows->document.id + " to " + single.message);
        break;
      }
    }
  }
  batch_.clear();
  batch_index_.clear();
  return status;
}

Status PostgresSink::finish() {
  Status status = flush();
  if (replaced_ > 0) {
    std::cerr << "vane: " << replaced_ << " document(s) replaced a record with the same id (from an earlier run "
              << "or earlier in the input); " << db_.server() << " keeps the last record of each id\n";
    replaced_ = 0;
  }
  return status;
}

}  // namespace vane::output
