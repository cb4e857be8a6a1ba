// Reads CSV or TSV files: a header row naming the columns, then one
// document per row. The stream must already be UTF-8 (see DecodingStreamBuf).
//
//   vane::io::ReaderOptions options;
//   options.id_column = "post_id";
//   options.text_columns = {"headline", "body"};   // joined with a blank line
//   vane::io::CsvReader reader(utf8_stream, "posts.csv", ',', options);
//   while (auto doc = reader.next(seq)) ...
//
// Columns: --id-column (default "id" when the header has it), --text-column
// (repeatable; default "text"), --lang-column (default "lang" when present).
// A row whose id is missing or empty gets "<file>:<line>". With
// --keep-fields, other columns go into meta as strings.
// Errors, each one record, the file going on where it can:
//   missing_header  the file is empty
//   missing_column  a named column is not in the header (the file stops here)
//   malformed_row   bad quoting or a field count unlike the header's ("file:line")
//   too_large       the row's text exceeds --max-bytes
//   read_error      the file could not be read to its end (after the rows read)
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "io/csv_parser.hpp"
#include "io/document_reader.hpp"
#include "io/reader_options.hpp"

namespace vane::io {

class CsvReader final : public DocumentReader {
 public:
  // `name` names the file in ids and messages.
  CsvReader(std::istream& utf8, std::string name, char delimiter, const ReaderOptions& options);
  std::optional<RawDoc> next(std::uint64_t seq) override;

 private:
  std::optional<RawDoc> read_header(std::uint64_t seq);
  RawDoc row_document(const CsvRow& row, std::uint64_t seq) const;
  std::string kept_fields(const CsvRow& row) const;

  std::string name_;
  const ReaderOptions& options_;
  CsvParser parser_;
  bool header_read_ = false;
  bool finished_ = false;
  std::vector<std::string> header_;
  std::optional<std::size_t> id_index_;
  std::optional<std::size_t> lang_index_;
  std::vector<std::size_t> text_indexes_;
};

}  // namespace vane::io
