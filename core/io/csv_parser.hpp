// A streaming RFC 4180 parser: rows of fields, one row at a time, never
// holding more than one row. Quoted fields may contain the delimiter,
// newlines and doubled quotes (""). CRLF and LF both end a row; blank lines
// are not rows. The same rules serve TSV with '\t' as the delimiter.
//
//   vane::io::CsvParser parser(utf8_stream, ',', max_field_bytes);
//   while (auto row = parser.next()) {
//     if (!row->error.is_ok()) report(row->line, row->error);  // malformed row, parsing goes on
//     else use(row->fields);
//   }
//
// Malformed rows: text after a closing quote (`"a"b,c`) is malformed_row and
// parsing resumes on the next line; a quote left open swallows the rest of
// the input and is malformed_row "unterminated quoted field". A quote inside
// an unquoted field (`5" screen`) is kept as a character, as spreadsheets do.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "util/status.hpp"

namespace vane::io {

struct CsvRow {
  std::vector<std::string> fields;
  std::size_t line = 0;      // the physical line the row starts on, 1-based
  Status error;              // malformed_row / too_large: the fields are not usable
};

class CsvParser {
 public:
  // A field longer than max_field_bytes makes its row too_large (the rest
  // of the field is read but not kept).
  CsvParser(std::istream& in, char delimiter, std::size_t max_field_bytes);
  std::optional<CsvRow> next();
  bool failed() const { return failed_; }  // a read error (not EOF) happened

 private:
  int get();
  int peek();
  bool fill();
  void end_field(CsvRow& row);
  void append(char c);

  std::istream& in_;
  char delimiter_;
  std::size_t max_field_bytes_;
  std::string buffer_;
  std::size_t pos_ = 0;
  bool eof_ = false;
  bool failed_ = false;
  std::size_t line_ = 1;
  std::string field_;
  bool field_too_large_ = false;
};

}  // namespace vane::io
