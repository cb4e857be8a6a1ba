// Reads JSON Lines documents: {"id": ..., "text": ..., "lang": ...} per line.
// Every line becomes exactly one RawDoc; a line that is not a usable
// document becomes a RawDoc whose input_error says what and where:
//   malformed_json  the line is not a JSON object (message has line and column)
//   invalid_utf8    the line is not UTF-8 (offset: byte offset in the line)
//   missing_text    no "text" field;  invalid_text: "text" is not a string
//   too_large       the text (or the line) exceeds max_text_bytes
//   blank_line      an empty line (its record has status "empty")
//   read_error      the stream failed before its end: one more document,
//                   after the lines read, whose id is the source
// An id that is missing or null becomes "<source>:<line>".
//
//   vane::io::JsonlReader reader(stream, "posts.jsonl", options);
//   while (auto doc = reader.next()) queue.push(std::move(*doc));
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "io/document_reader.hpp"
#include "io/line_reader.hpp"
#include "io/raw_doc.hpp"
#include "io/reader_options.hpp"

namespace vane::io {

class JsonlReader final : public DocumentReader {
 public:
  JsonlReader(std::istream& in, std::string source, const ReaderOptions& options);
  // The next document, numbered from `first_seq` upwards; nullopt at the end.
  std::optional<RawDoc> next(std::uint64_t seq) override;
  bool failed() const { return lines_.failed(); }

 private:
  RawDoc parse_line(const Line& line, std::uint64_t seq) const;
  std::string source_;
  const ReaderOptions& options_;
  LineReader lines_;
  bool read_error_reported_ = false;
};

}  // namespace vane::io
