#include "output/sink_format.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace vane::output {
namespace {

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

const char* to_string(SinkFormat format) {
  switch (format) {
    case SinkFormat::jsonl: return "jsonl";
    case SinkFormat::csv: return "csv";
    case SinkFormat::sqlite: return "sqlite";
    case SinkFormat::postgresql: return "postgresql";
  }
  return "jsonl";
}

std::optional<SinkFormat> parse_sink_format(std::string_view name) {
  for (const auto format : {SinkFormat::jsonl, SinkFormat::csv, SinkFormat::sqlite, SinkFormat::postgresql}) {
    if (name == to_string(format)) return format;
  }
  return std::nullopt;
}

SinkFormat infer_sink_format(std::string_view target) {
  const std::string name = lowercase(target);
  if (name.starts_with("postgresql://") || name.starts_with("postgres://")) return SinkFormat::postgresql;
  static constexpr std::array<std::pair<std::string_view, SinkFormat>, 7> kExtensions{{
      {".jsonl", SinkFormat::jsonl},
      {".ndjson", SinkFormat::jsonl},
      {".json", SinkFormat::jsonl},
      {".csv", SinkFormat::csv},
      {".sqlite", SinkFormat::sqlite},
      {".sqlite3", SinkFormat::sqlite},
      {".db", SinkFormat::sqlite},
  }};
  for (const auto& [extension, format] : kExtensions) {
    if (ends_with(name, extension)) return format;
  }
  return SinkFormat::jsonl;
}

}  // namespace vane::output
