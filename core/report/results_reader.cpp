#include "report/results_reader.hpp"

#include <string_view>

namespace vane::report {
namespace {

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

ResultsReader::ResultsReader(std::istream& in, std::string source, std::size_t max_line)
    : source_(std::move(source)), max_line_(max_line), lines_(in, max_line) {}

std::optional<ResultLine> ResultsReader::next() {
  while (auto line = lines_.next()) {
    if (!line->truncated && is_blank(line->text)) continue;
    return parse(*line);
  }
  return std::nullopt;
}

ResultLine ResultsReader::parse(const io::Line& line) const {
  ResultLine result;
  result.number = line.number;
  const std::string where = source_ + ":" + std::to_string(line.number) + ": ";
  if (line.truncated) {
    result.problem = where + "line of " + std::to_string(line.full_length) + " bytes is longer than the " +
                     std::to_string(max_line_) + "-byte limit";
    return result;
  }
  nlohmann::json parsed;
  try {
    parsed = nlohmann::json::parse(line.text);
  } catch (const nlohmann::json::parse_error& e) {
    result.problem = where + "not valid JSON (at byte " + std::to_string(e.byte) + ")";
    return result;
  }
  if (!parsed.is_object()) {
    result.problem = where + "expected a record object, got " + std::string(parsed.type_name());
    return result;
  }
  for (const char* field : {"id", "status"}) {
    const auto it = parsed.find(field);
    if (it == parsed.end() || !it->is_string()) {
      result.problem = where + "not a vane record (no string \"" + field + "\" field)";
      return result;
    }
  }
  result.record = std::move(parsed);
  return result;
}

}  // namespace vane::report
