#include "output/copy_text_buffer.hpp"

#include <charconv>
#include <cmath>

#include "text/utf8.hpp"

namespace vane::output {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

std::string postgres_safe_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const auto bad = text::find_invalid_utf8(text);
    const std::string_view valid = text.substr(0, bad.value_or(text.size()));
    for (const char c : valid) {
      if (c == '\0') {
        out += kReplacementCharacter;
      } else {
        out += c;
      }
    }
    if (!bad) break;
    out += kReplacementCharacter;
    // Skip one byte: the next valid lead byte starts a new sequence.
    text.remove_prefix(*bad + 1);
  }
  return out;
}

void CopyTextBuffer::separate() {
  if (!at_row_start_) text_ += '\t';
  at_row_start_ = false;
}

void CopyTextBuffer::append_escaped(std::string_view valid_utf8) {
  for (const char c : valid_utf8) {
    switch (c) {
      case '\\': text_ += "\\\\"; break;
      case '\t': text_ += "\\t"; break;
      case '\n': text_ += "\\n"; break;
      case '\r': text_ += "\\r"; break;
      default: text_ += c;
    }
  }
}

CopyTextBuffer& CopyTextBuffer::field(std::string_view value) {
  separate();
  // Valid text without NUL (nearly always) is escaped in one pass.
  if (!text::find_invalid_utf8(value) && value.find('\0') == std::string_view::npos) {
    append_escaped(value);
  } else {
    append_escaped(postgres_safe_text(value));
  }
  return *this;
}

CopyTextBuffer& CopyTextBuffer::field(const std::optional<std::string>& value) {
  if (!value) {
    separate();
    text_ += "\\N";
    return *this;
  }
  return field(std::string_view(*value));
}

CopyTextBuffer& CopyTextBuffer::field(std::int64_t value) {
  separate();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  text_.append(digits, end);
  return *this;
}

CopyTextBuffer& CopyTextBuffer::field(const std::optional<std::int64_t>& value) {
  if (!value) {
    separate();
    text_ += "\\N";
    return *this;
  }
  return field(*value);
}

CopyTextBuffer& CopyTextBuffer::field(double value) {
  separate();
  // PostgreSQL spells the specials NaN and Infinity; to_chars would write nan and inf.
  if (std::isnan(value)) {
    text_ += "NaN";
  } else if (std::isinf(value)) {
    text_ += value > 0 ? "Infinity" : "-Infinity";
  } else {
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    text_.append(digits, end);
  }
  return *this;
}

CopyTextBuffer& CopyTextBuffer::field(const std::optional<double>& value) {
  if (!value) {
    separate();
    text_ += "\\N";
    return *this;
  }
  return field(*value);
}

CopyTextBuffer& CopyTextBuffer::end_row() {
  text_ += '\n';
  at_row_start_ = true;
  return *this;
}

}  // namespace vane::output
