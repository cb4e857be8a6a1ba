#include "io/input_format.hpp"

#include <array>
#include <filesystem>
#include <utility>

namespace vane::io {
namespace {

constexpr std::array<std::pair<std::string_view, InputFormat>, 6> kNames = {{
    {"auto", InputFormat::automatic},
    {"jsonl", InputFormat::jsonl},
    {"text", InputFormat::text},
    {"csv", InputFormat::csv},
    {"tsv", InputFormat::tsv},
    {"html", InputFormat::html},
}};

constexpr std::array<std::pair<std::string_view, InputFormat>, 10> kExtensions = {{
    {".jsonl", InputFormat::jsonl},
    {".ndjson", InputFormat::jsonl},
    {".txt", InputFormat::text},
    {".text", InputFormat::text},
    {".md", InputFormat::text},
    {".csv", InputFormat::csv},
    {".tsv", InputFormat::tsv},
    {".tab", InputFormat::tsv},
    {".html", InputFormat::html},
    {".htm", InputFormat::html},
}};

std::string ascii_lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view name) {
  for (const auto& [known, format] : kNames) {
    if (known == name) return format;
  }
  return std::nullopt;
}

const char* to_string(InputFormat format) {
  for (const auto& [name, known] : kNames) {
    if (known == format) return name.data();
  }
  return "auto";
}

std::vector<std::string> input_format_names() {
  std::vector<std::string> names;
  for (const auto& entry : kNames) names.emplace_back(entry.first);
  return names;
}

std::optional<InputFormat> format_for_extension(std::string_view path) {
  const std::string extension = ascii_lower(std::filesystem::path(path).extension().string());
  for (const auto& [known, format] : kExtensions) {
    if (known == extension) return format;
  }
  return std::nullopt;
}

}  // namespace vane::io
