// What the SQLite and PostgreSQL output tests both need: rows of an SQLite
// query as text, JSON Lines parsed, and vane's tables with their keys, so
// that a dump of either database lists the same rows in the same order.
//
//   auto rows = vane::testing::sqlite_rows(db, "SELECT id FROM documents");
//   for (const auto& [table, key] : vane::testing::kTablesInKeyOrder) ...
#pragma once

#include <filesystem>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "output/sqlite_database.hpp"

namespace vane::testing {

using Rows = std::vector<std::vector<std::string>>;

inline constexpr std::pair<const char*, const char*> kTablesInKeyOrder[] = {
    {"documents", "id"},
    {"channel_mentions", "document_id, ordinal"},
    {"claims", "document_id, claim_no"},
    {"claim_kinds", "document_id, claim_no, kind"},
    {"claim_subjects", "document_id, claim_no, subject"},
    {"quantities", "document_id, claim_no, ordinal"},
    {"evidence", "document_id, axis, ordinal"},
};

inline Rows sqlite_rows(const std::filesystem::path& path, const std::string& sql) {
  auto db = output::SqliteDatabase::open(path.string());
  REQUIRE(db.has_value());
  auto statement = db->prepare(sql);
  INFO(sql);
  REQUIRE(statement.has_value());
  Rows rows;
  while (true) {
    auto more = statement->next_row();
    REQUIRE(more.has_value());
    if (!*more) break;
    std::vector<std::string> row;
    for (int i = 0; i < statement->column_count(); ++i) row.push_back(statement->column_text(i));
    rows.push_back(std::move(row));
  }
  return rows;
}

inline std::vector<nlohmann::json> parse_json_lines(const std::string& text) {
  std::vector<nlohmann::json> records;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) records.push_back(nlohmann::json::parse(line));
  return records;
}

}  // namespace vane::testing
