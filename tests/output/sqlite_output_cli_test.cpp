// End to end: `vane analyze -o FILE.sqlite` on the real corpora, read back
// with SQL and compared with the JSON Lines records of the same input.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../cli/run_command.hpp"
#include "../test_paths.hpp"
#include "database_test_support.hpp"

namespace fs = std::filesystem;
using nlohmann::json;
using vane::testing::parse_json_lines;
using vane::testing::read_file;
using vane::testing::run_command;
using vane::testing::sqlite_rows;
using vane::testing::vane_bin;
using vane::output::SqliteDatabase;
using vane::testing::Rows;

namespace {

fs::path work_dir() {
  const auto dir = fs::temp_directory_path() / ("vane_sqlite_cli_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

// Every test split plus the good-and-bad mixed file, as one input file so
// that a prefix of it is a shorter run of the same input.
fs::path corpus_file(const fs::path& dir, int copies = 1) {
  std::string all;
  for (const char* lang : {"en", "fr", "it", "nl"}) {
    all += read_file(vane::testing::source_dir() / "corpora" / lang / "test" / "gold.jsonl");
  }
  std::string input = read_file(vane::testing::source_dir() / "tests/schema/mixed_input.jsonl");
  for (int copy = 0; copy < copies; ++copy) {
    std::istringstream lines(all);
    std::string line;
    while (std::getline(lines, line)) {
      auto doc = json::parse(line);
      if (copy > 0) doc["id"] = doc["id"].get<std::string>() + "#" + std::to_string(copy);
      input += doc.dump() + "\n";
    }
  }
  const auto path = dir / ("corpus" + std::to_string(copies) + ".jsonl");
  std::ofstream(path, std::ios::binary) << input;
  return path;
}

// Everything a database holds, table by table in key order: equal dumps
// mean equal databases.
std::string dump(const fs::path& db_path) {
  std::string out;
  for (const auto& [table, key] : vane::testing::kTablesInKeyOrder) {
    out += std::string("== ") + table + "\n";
    for (const auto& row : sqlite_rows(db_path, std::string("SELECT * FROM ") + table + " ORDER BY " + key)) {
      for (const auto& cell : row) out += cell + "\x1f";
      out += "\n";
    }
  }
  return out;
}

std::string str(const json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

void remove_database(const fs::path& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
}

}  // namespace

TEST_CASE("SQLite output holds the same facts as the JSON Lines records", "[output]") {
  const auto dir = work_dir();
  const auto input = corpus_file(dir);
  const auto jsonl = dir / "reference.jsonl";
  const auto db = dir / "facts.sqlite";
  const std::string args = " analyze -q -j 2 --keep-fields genre " + input.string();
  REQUIRE(run_command(vane_bin() + args + " -o " + jsonl.string()).exit_code == 1);
  REQUIRE(run_command(vane_bin() + args + " -o " + db.string()).exit_code == 1);
  const auto records = parse_json_lines(read_file(jsonl));
  REQUIRE(records.size() > 140);

  std::map<std::string, std::vector<std::string>> documents;
  for (auto& row : sqlite_rows(db, "SELECT id, status, lang_code, push_pull, push_score, pull_score, inbound_outbound, "
                             "inbound_score, outbound_score, words, error_code, meta FROM documents")) {
    documents[row[0]] = row;
  }
  REQUIRE(documents.size() == records.size());
  std::size_t mentions_checked = 0, claims_checked = 0;
  for (const auto& r : records) {
    const std::string id = r["id"];
    INFO("document " << id);
    REQUIRE(documents.count(id) == 1);
    const auto& d = documents[id];
    CHECK(d[1] == r["status"]);
    CHECK(d[2] == (r.contains("lang") ? r["lang"]["code"].get<std::string>() : ""));
    CHECK(d[11] == (r.contains("meta") ? r["meta"].dump() : ""));
    if (r["status"] != "ok") {
      CHECK(d[10] == r["error"]["code"]);
      CHECK(d[3].empty());
      continue;
    }
    CHECK(d[3] == r["push_pull"]["label"]);
    CHECK(std::stod(d[4]) == Approx(r["push_pull"]["scores"]["push"].get<double>()));
    CHECK(std::stod(d[5]) == Approx(r["push_pull"]["scores"]["pull"].get<double>()));
    CHECK(d[6] == r["inbound_outbound"]["label"]);
    CHECK(std::stod(d[7]) == Approx(r["inbound_outbound"]["scores"]["inbound"].get<double>()));
    CHECK(std::stod(d[8]) == Approx(r["inbound_outbound"]["scores"]["outbound"].get<double>()));
    CHECK(d[9] == str(r["stats"]["words"]));

    Rows expected_mentions;
    for (const auto& channel : r["channels"]) {
      for (const auto& m : channel["mentions"]) {
        expected_mentions.push_back({channel["id"], channel["direction"], str(m["start"]), str(m["end"]), m["text"]});
      }
    }
    const auto mentions = sqlite_rows(db, "SELECT channel_id, direction, start_char, end_char, span_text FROM "
                                    "channel_mentions WHERE document_id = '" + id + "' ORDER BY ordinal");
    CHECK(mentions == expected_mentions);
    mentions_checked += mentions.size();

    Rows expected_claims;
    for (const auto& c : r["roi_claims"]) {
      std::string kinds, subjects, quantities;
      for (const auto& k : c["kinds"]) kinds += str(k) + ",";
      for (const auto& s : c["subjects"]) subjects += str(s) + ",";
      for (const auto& q : c["quantities"]) {
        // Values through double on both sides: JSON writes 3, SQLite 3.0.
        quantities += str(q["type"]) + ":" + (q["value"].is_null() ? "" : json(q["value"].get<double>()).dump()) + ":" +
                      (q.contains("currency") ? str(q["currency"]) : "") + ":" + str(q["text"]) + ",";
      }
      expected_claims.push_back({c["kind"], c["polarity"], c["comparative"].get<bool>() ? "1" : "0",
                                 str(c["start"]), str(c["text"]), kinds, subjects, quantities});
    }
    Rows claims;
    for (auto row : sqlite_rows(db, "SELECT claim_no, kind, polarity, comparative, start_char, span_text FROM claims "
                              "WHERE document_id = '" + id + "' ORDER BY claim_no")) {
      const std::string where = " WHERE document_id = '" + id + "' AND claim_no = " + row[0];
      std::string kinds, subjects, quantities;
      for (const auto& k : sqlite_rows(db, "SELECT kind FROM claim_kinds" + where + " ORDER BY kind_rank")) kinds += k[0] + ",";
      for (const auto& s : sqlite_rows(db, "SELECT subject FROM claim_subjects" + where)) subjects += s[0] + ",";
      for (const auto& q : sqlite_rows(db, "SELECT quantity_type, value, currency, span_text FROM quantities" + where +
                                         " ORDER BY ordinal")) {
        const std::string value = q[1].empty() ? "" : json(std::stod(q[1])).dump();
        quantities += q[0] + ":" + value + ":" + q[2] + ":" + q[3] + ",";
      }
      claims.push_back({row[1], row[2], row[3], row[4], row[5], kinds, subjects, quantities});
    }
    // Subjects are a set in the database: compare them sorted.
    auto sort_subjects = [](Rows& rows) {
      for (auto& row : rows) {
        std::multiset<std::string> parts;
        std::istringstream in(row[6]);
        for (std::string part; std::getline(in, part, ',');) parts.insert(part);
        row[6].clear();
        for (const auto& part : parts) row[6] += part + ",";
      }
    };
    sort_subjects(claims);
    sort_subjects(expected_claims);
    CHECK(claims == expected_claims);
    claims_checked += claims.size();

    std::size_t evidence = r["push_pull"]["evidence"].size() + r["inbound_outbound"]["evidence"].size();
    CHECK(sqlite_rows(db, "SELECT COUNT(*) FROM evidence WHERE document_id = '" + id + "'")[0][0] == std::to_string(evidence));
  }
  CHECK(mentions_checked > 500);
  CHECK(claims_checked > 100);
  CHECK(sqlite_rows(db, "SELECT COUNT(*) FROM pragma_foreign_key_check")[0][0] == "0");
  fs::remove_all(dir);
}

TEST_CASE("SQLite views agree with counts over the JSON Lines records", "[output]") {
  const auto dir = work_dir();
  const auto input = corpus_file(dir);
  const auto jsonl = dir / "reference.jsonl";
  const auto db = dir / "views.sqlite";
  REQUIRE(run_command(vane_bin() + " analyze -q " + input.string() + " -o " + jsonl.string()).exit_code == 1);
  REQUIRE(run_command(vane_bin() + " analyze -q " + input.string() + " -o " + db.string()).exit_code == 1);
  std::map<std::string, std::string> labels, channels, claims;  // view key -> count
  for (const auto& r : parse_json_lines(read_file(jsonl))) {
    if (r["status"] != "ok") continue;
    const std::string lang = r["lang"]["code"];
    for (const char* axis : {"push_pull", "inbound_outbound"}) {
      auto& n = labels[lang + "|" + axis + "|" + r[axis]["label"].get<std::string>()];
      n = std::to_string(n.empty() ? 1 : std::stoi(n) + 1);
    }
    for (const auto& channel : r["channels"]) {
      auto& n = channels[lang + "|" + channel["direction"].get<std::string>() + "|" + channel["id"].get<std::string>()];
      n = std::to_string(n.empty() ? 1 : std::stoi(n) + 1);
    }
    for (const auto& claim : r["roi_claims"]) {
      std::set<std::string> kinds(claim["kinds"].begin(), claim["kinds"].end());
      for (const auto& kind : kinds) {
        auto& n = claims[lang + "|" + kind + "|" + claim["polarity"].get<std::string>()];
        n = std::to_string(n.empty() ? 1 : std::stoi(n) + 1);
      }
    }
  }
  auto as_map = [&](const std::string& sql) {
    std::map<std::string, std::string> out;
    for (const auto& row : sqlite_rows(db, sql)) out[row[0] + "|" + row[1] + "|" + row[2]] = row[3];
    return out;
  };
  CHECK(as_map("SELECT lang_code, axis, label, documents FROM labels_per_language") == labels);
  CHECK(as_map("SELECT lang_code, direction, channel_id, documents FROM channel_frequency_by_direction") == channels);
  CHECK(as_map("SELECT lang_code, kind, polarity, claims FROM claims_by_kind_and_polarity") == claims);
  CHECK(labels.size() > 20);
  CHECK(channels.size() > 40);
  // Shares are fractions of each language's analysed documents per axis.
  for (const auto& row : sqlite_rows(db, "SELECT lang_code, axis, SUM(share) FROM labels_per_language GROUP BY lang_code, axis")) {
    CHECK(std::stod(row[2]) == Approx(1.0));
  }
  const auto money = sqlite_rows(db, "SELECT quantities, min_value <= avg_value AND avg_value <= max_value "
                               "FROM quantities_by_kind WHERE quantity_type = 'money'");
  REQUIRE_FALSE(money.empty());
  for (const auto& row : money) CHECK(row[1] == "1");
  fs::remove_all(dir);
}

TEST_CASE("a shorter SQLite run continued with --resume equals one uninterrupted run", "[output]") {
  const auto dir = work_dir();
  const auto input = corpus_file(dir);
  const auto once = dir / "once.sqlite";
  REQUIRE(run_command(vane_bin() + " analyze -q -j 2 " + input.string() + " -o " + once.string()).exit_code == 1);
  const std::string reference = dump(once);

  // The first 60 documents, as a run stopped early would have left them.
  // Same file name: a line without a usable id is named by path and line.
  const std::string full = read_file(input);
  std::istringstream lines(full);
  std::string head, line;
  for (int i = 0; i < 60 && std::getline(lines, line); ++i) head += line + "\n";
  std::ofstream(input, std::ios::binary | std::ios::trunc) << head;
  const auto resumed = dir / "resumed.sqlite";
  run_command(vane_bin() + " analyze -q " + input.string() + " -o " + resumed.string());
  std::ofstream(input, std::ios::binary | std::ios::trunc) << full;
  const auto result = run_command(vane_bin() + " analyze -j 2 --resume " + input.string() + " -o " + resumed.string());
  CHECK(result.exit_code == 0);  // the error lines were all among the first 60, written by the first run
  CHECK_THAT(result.err, Catch::Contains("+60 skipped"));
  CHECK(dump(resumed) == reference);

  // Resuming a complete run adds nothing.
  const auto again = run_command(vane_bin() + " analyze --resume " + input.string() + " -o " + resumed.string());
  CHECK_THAT(again.err, Catch::Contains("0 documents (+"));
  CHECK(dump(resumed) == reference);
  fs::remove_all(dir);
}

TEST_CASE("a killed SQLite run holds whole documents only, and --resume completes it", "[output]") {
  const auto dir = work_dir();
  const auto input = corpus_file(dir, 16);  // ~2700 documents: long enough to be killed mid-run
  const auto once = dir / "once.sqlite";
  const auto started = std::chrono::steady_clock::now();
  REQUIRE(run_command(vane_bin() + " analyze -q -j 2 " + input.string() + " -o " + once.string()).exit_code == 1);
  const std::chrono::duration<double> full_run = std::chrono::steady_clock::now() - started;

  // Killed at 3/4 of a full run's time, when some batches are usually
  // committed and one is open; the checks hold whenever the kill lands.
  const auto killed = dir / "killed.sqlite";
  run_command("timeout -s KILL " + std::to_string(full_run.count() * 0.75) + " " + vane_bin() +
              " analyze -q -j 2 " + input.string() + " -o " + killed.string());
  if (fs::exists(killed)) {
    // Whatever was committed is whole: each document has exactly the rows
    // the complete run gave it.
    const std::string per_document =
        "SELECT d.id, (SELECT COUNT(*) FROM channel_mentions m WHERE m.document_id = d.id), "
        "(SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id), "
        "(SELECT COUNT(*) FROM evidence e WHERE e.document_id = d.id) FROM documents d ORDER BY d.id";
    std::map<std::string, std::vector<std::string>> complete;
    for (auto& row : sqlite_rows(once, per_document)) complete[row[0]] = row;
    const auto partial = sqlite_rows(killed, per_document);
    INFO(partial.size() << " documents committed before the kill");
    for (const auto& row : partial) CHECK(complete.at(row[0]) == row);
    CHECK(sqlite_rows(killed, "SELECT COUNT(*) FROM pragma_foreign_key_check")[0][0] == "0");
  }
  // The exit code is about the documents this run analysed: 0 or 1
  // depending on whether the error lines were committed before the kill.
  const auto result = run_command(vane_bin() + " analyze -q -j 2 --resume " + input.string() + " -o " + killed.string());
  CHECK(result.exit_code <= 1);
  CHECK(dump(killed) == dump(once));
  fs::remove_all(dir);
}

TEST_CASE("SQLite output refuses a database it must not write into", "[output]") {
  const auto dir = work_dir();
  const auto input = corpus_file(dir);
  const auto db = dir / "refuse.sqlite";
  REQUIRE(run_command(vane_bin() + " analyze -q " + input.string() + " -o " + db.string()).exit_code == 1);

  auto result = run_command(vane_bin() + " analyze -q " + input.string() + " -o " + db.string());
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.err, Catch::Contains("already holds a vane run") && Catch::Contains("--resume"));

  {
    auto raw = SqliteDatabase::open(db.string());
    REQUIRE(raw.has_value());
    REQUIRE(raw->exec("UPDATE vane_schema SET schema_version = schema_version + 1").is_ok());
  }
  result = run_command(vane_bin() + " analyze -q --resume " + input.string() + " -o " + db.string());
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.err, Catch::Contains("schema version"));

  result = run_command(vane_bin() + " analyze -q --replace " + input.string() + " -o " + db.string());
  CHECK(result.exit_code == 1);
  const std::string text = read_file(input);
  CHECK(sqlite_rows(db, "SELECT COUNT(*) FROM documents")[0][0] == std::to_string(std::count(text.begin(), text.end(), '\n')));

  result = run_command(vane_bin() + " analyze -q --output-format sqlite " + input.string());
  CHECK(result.exit_code == 2);  // SQLite needs a file
  remove_database(db);
  fs::remove_all(dir);
}
