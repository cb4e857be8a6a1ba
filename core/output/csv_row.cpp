#include "output/csv_row.hpp"

#include <charconv>
#include <cmath>

namespace vane::output {

void CsvRow::separate() {
  if (!first_) out_.push_back(',');
  first_ = false;
}

CsvRow& CsvRow::field(std::string_view value) {
  separate();
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out_.append(value);
    return *this;
  }
  out_.push_back('"');
  for (const char c : value) {
    if (c == '"') out_.push_back('"');
    out_.push_back(c);
  }
  out_.push_back('"');
  return *this;
}

CsvRow& CsvRow::optional_field(const std::optional<std::string>& value) {
  if (!value) {
    separate();
    return *this;
  }
  return field(std::string_view(*value));
}

CsvRow& CsvRow::number(std::optional<double> value) {
  separate();
  if (!value || !std::isfinite(*value)) return *this;
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof buf, *value);
  out_.append(buf, result.ptr);
  return *this;
}

CsvRow& CsvRow::integer(std::optional<std::int64_t> value) {
  separate();
  if (!value) return *this;
  char buf[24];
  const auto result = std::to_chars(buf, buf + sizeof buf, *value);
  out_.append(buf, result.ptr);
  return *this;
}

void CsvRow::end() {
  out_.append("\r\n");
  first_ = true;
}

}  // namespace vane::output
