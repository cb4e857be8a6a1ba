#include "io/line_reader.hpp"

namespace vane::io {
namespace {
constexpr std::size_t kBlock = 1 << 20;
}

LineReader::LineReader(std::istream& in, std::size_t max_line) : in_(in), max_line_(max_line) {}

bool LineReader::fill() {
  if (eof_) return false;
  buffer_.resize(kBlock);
  in_.read(buffer_.data(), static_cast<std::streamsize>(kBlock));
  const auto got = static_cast<std::size_t>(in_.gcount());
  buffer_.resize(got);
  pos_ = 0;
  if (got < kBlock) {
    eof_ = true;
    if (in_.bad()) failed_ = true;
  }
  return got > 0;
}

std::optional<Line> LineReader::next() {
  line_.clear();
  Line line;
  std::size_t length = 0;
  bool any = false;
  while (true) {
    if (pos_ >= buffer_.size() && !fill()) break;
    any = true;
    const std::size_t newline = buffer_.find('\n', pos_);
    const std::size_t stop = newline == std::string::npos ? buffer_.size() : newline;
    const std::size_t chunk = stop - pos_;
    if (line_.size() < max_line_) {
      line_.append(buffer_, pos_, std::min(chunk, max_line_ - line_.size()));
    }
    length += chunk;
    pos_ = stop;
    if (newline != std::string::npos) {
      ++pos_;
      break;
    }
  }
  if (!any) return std::nullopt;
  if (!line_.empty() && line_.back() == '\r' && length <= max_line_) {
    line_.pop_back();
    --length;
  }
  line.number = ++number_;
  line.text = line_;
  line.truncated = length > max_line_;
  line.full_length = length;
  return line;
}

}  // namespace vane::io
