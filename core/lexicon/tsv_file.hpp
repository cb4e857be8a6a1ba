// Reads the lexicon TSV format: UTF-8, '#' comments, blank lines ignored,
// columns separated by one TAB. Keeps line numbers so a linter or loader can
// say exactly where an entry is wrong.
//
//   auto rows = vane::lexicon::read_tsv(dir / "stopwords.tsv");
//   if (!rows) fail(rows.status());
//   for (const auto& row : *rows) use(row.line, row.fields[0]);
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "util/status.hpp"

namespace vane::lexicon {

struct TsvRow {
  std::size_t line = 0;  // 1-based line number in the file
  std::vector<std::string> fields;
};

// Fails with code "data_missing" when the file cannot be read and
// "data_invalid" when it is not valid UTF-8 (message names file and line).
Expected<std::vector<TsvRow>> read_tsv(const std::filesystem::path& path);

}  // namespace vane::lexicon
