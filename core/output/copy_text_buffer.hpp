// Rows in PostgreSQL's COPY text format, the fastest way to load many rows
// through libpq (one round trip per table and batch, no SQL parsing):
// fields separated by tabs, rows ended by newlines, NULL written as \N and
// backslash, tab, newline and carriage return escaped with a backslash.
//
//   CopyTextBuffer rows;
//   rows.field(std::string_view("doc-1")).field(std::int64_t{3})
//       .field(std::optional<double>()).end_row();   // "doc-1\t3\t\\N\n"
//   connection.copy_in("COPY t (a, b, c) FROM STDIN", rows.text());
//
// PostgreSQL's TEXT cannot hold U+0000 and the server checks that every
// string is valid UTF-8, so both are written as U+FFFD instead of making
// the whole batch fail: a NUL or a stray byte can only reach a record
// through an error message or an id made from a file name.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vane::output {

// `text` with each ill-formed UTF-8 sequence and each NUL replaced by
// U+FFFD: what the server accepts as TEXT (also for a query parameter).
std::string postgres_safe_text(std::string_view text);

class CopyTextBuffer {
 public:
  CopyTextBuffer& field(std::string_view value);
  CopyTextBuffer& field(const std::optional<std::string>& value);
  CopyTextBuffer& field(std::int64_t value);
  CopyTextBuffer& field(const std::optional<std::int64_t>& value);
  CopyTextBuffer& field(double value);  // shortest text that reads back as the same double
  CopyTextBuffer& field(const std::optional<double>& value);
  CopyTextBuffer& end_row();

  const std::string& text() const { return text_; }
  bool empty() const { return text_.empty(); }
  void clear() { text_.clear(); at_row_start_ = true; }

 private:
  void separate();
  void append_escaped(std::string_view valid_utf8);

  std::string text_;
  bool at_row_start_ = true;
};

}  // namespace vane::output
