// Reads JSON Lines documents: {"id": ..., "text": ..., "lang": ...} per line.
// Every line becomes exactly one RawDoc; a line that is not a usable
// document becomes a RawDoc whose input_error says what and where:
//   malformed_json  the line is not a JSON object (message has line and column)
//   invalid_utf8    the line is not UTF-8 (offset: byte offset in the line)
//   missing_text    no "text" field;  invalid_text: "text" is not a string
//   too_large       the text (or the line) exceeds max_text_bytes
//   blank_line      an empty line (its record has status "empty")
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

#include "io/line_reader.hpp"
#include "io/raw_doc.hpp"

namespace vane::io {

struct ReaderOptions {
  std::size_t max_text_bytes = 10u << 20;  // --max-bytes
  std::vector<std::string> keep_fields;    // copied into meta; "*" keeps all but id/text/lang
  // --line-offset: added to every line number in messages and positional ids,
  // so a shard cut from a larger input names lines as the whole input would.
  std::size_t line_offset = 0;
};

class JsonlReader {
 public:
  JsonlReader(std::istream& in, std::string source, const ReaderOptions& options);
  // The next document, numbered from `first_seq` upwards; nullopt at the end.
  std::optional<RawDoc> next(std::uint64_t seq);
  bool failed() const { return lines_.failed(); }

 private:
  RawDoc parse_line(const Line& line, std::uint64_t seq) const;
  std::string source_;
  const ReaderOptions& options_;
  LineReader lines_;
};

}  // namespace vane::io
