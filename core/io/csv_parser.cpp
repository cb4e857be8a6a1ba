#include "io/csv_parser.hpp"

namespace vane::io {
namespace {
constexpr std::size_t kBlock = 1 << 20;
constexpr int kEnd = -1;
}  // namespace

CsvParser::CsvParser(std::istream& in, char delimiter, std::size_t max_field_bytes)
    : in_(in), delimiter_(delimiter), max_field_bytes_(max_field_bytes) {}

bool CsvParser::fill() {
  if (eof_) return false;
  buffer_.resize(kBlock);
  in_.read(buffer_.data(), static_cast<std::streamsize>(kBlock));
  buffer_.resize(static_cast<std::size_t>(in_.gcount()));
  pos_ = 0;
  if (buffer_.size() < kBlock) {
    eof_ = true;
    if (in_.bad()) failed_ = true;
  }
  return !buffer_.empty();
}

int CsvParser::peek() {
  if (pos_ >= buffer_.size() && !fill()) return kEnd;
  return static_cast<unsigned char>(buffer_[pos_]);
}

int CsvParser::get() {
  const int c = peek();
  if (c != kEnd) ++pos_;
  if (c == '\n') ++line_;
  return c;
}

void CsvParser::append(char c) {
  if (field_.size() < max_field_bytes_) {
    field_.push_back(c);
  } else {
    field_too_large_ = true;
  }
}

void CsvParser::end_field(CsvRow& row) {
  row.fields.push_back(std::move(field_));
  field_.clear();
}

std::optional<CsvRow> CsvParser::next() {
  enum class State { field_start, unquoted, quoted, quote_in_quoted, skip_line };
  CsvRow row;
  row.line = line_;
  field_.clear();
  field_too_large_ = false;
  State state = State::field_start;

  auto finish = [&]() -> std::optional<CsvRow> {
    if (row.error.is_ok() && field_too_large_) {
      row.error = Status::error("too_large", "a field is longer than " + std::to_string(max_field_bytes_) + " bytes");
    }
    return std::move(row);
  };

  while (true) {
    const int c = get();
    // CRLF ends a row like LF: the CR is dropped wherever a newline ends a row.
    const bool newline = c == '\n' || (c == '\r' && peek() == '\n' && state != State::quoted);
    if (c == '\r' && newline) get();

    switch (state) {
      case State::skip_line:
        if (c == kEnd || newline) return finish();
        break;
      case State::field_start:
        if (c == kEnd || newline) {
          if (row.fields.empty()) {
            if (c == kEnd) return std::nullopt;
            row.line = line_;  // a blank line is not a row
            break;
          }
          end_field(row);
          return finish();
        }
        if (c == '"') {
          state = State::quoted;
        } else if (c == delimiter_) {
          end_field(row);
        } else {
          append(static_cast<char>(c));
          state = State::unquoted;
        }
        break;
      case State::unquoted:
        if (c == kEnd || newline) {
          end_field(row);
          return finish();
        }
        if (c == delimiter_) {
          end_field(row);
          state = State::field_start;
        } else {
          append(static_cast<char>(c));
        }
        break;
      case State::quoted:
        if (c == kEnd) {
          row.error = Status::error("malformed_row", "unterminated quoted field (the quote opened on line " +
                                                         std::to_string(row.line) + " never closes)");
          return row;
        }
        if (c == '"') {
          state = State::quote_in_quoted;
        } else {
          append(static_cast<char>(c));
        }
        break;
      case State::quote_in_quoted:
        if (c == '"') {
          append('"');
          state = State::quoted;
        } else if (c == delimiter_) {
          end_field(row);
          state = State::field_start;
        } else if (c == kEnd || newline) {
          end_field(row);
          return finish();
        } else {
          row.error = Status::error("malformed_row", "unexpected character after a closing quote on line " +
                                                         std::to_string(line_));
          state = State::skip_line;
        }
        break;
    }
  }
}

}  // namespace vane::io
