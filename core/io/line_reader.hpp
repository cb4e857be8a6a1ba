// Reads a stream line by line in large blocks, without ever holding more
// than `max_line` bytes of one line: a 2 GB line costs a flag, not 2 GB.
//
//   vane::io::LineReader lines(std::cin, 64 << 20);
//   while (auto line = lines.next()) {
//     if (line->truncated) ...;   // longer than max_line; text holds the start
//     use(line->number, line->text);
//   }
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace vane::io {

struct Line {
  std::size_t number = 0;   // 1-based
  std::string_view text;    // without the newline (and without a trailing \r); valid until next()
  bool truncated = false;   // the line was longer than max_line and was cut
  std::size_t full_length = 0;  // the line's real length in bytes
};

class LineReader {
 public:
  LineReader(std::istream& in, std::size_t max_line);
  std::optional<Line> next();
  bool failed() const { return failed_; }  // a read error (not EOF) happened

 private:
  bool fill();
  std::istream& in_;
  std::size_t max_line_;
  std::string buffer_;
  std::size_t pos_ = 0;
  std::string line_;
  std::size_t number_ = 0;
  bool eof_ = false;
  bool failed_ = false;
};

}  // namespace vane::io
