// The input formats vane reads and how a file's format is chosen: by
// --format when given, otherwise by the file's extension.
//
//   auto format = vane::io::parse_input_format("csv");          // InputFormat::csv
//   vane::io::format_for_extension("posts/a.HTML");             // InputFormat::html
//   vane::io::format_for_extension("notes.docx");               // nullopt: unknown
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vane::io {

enum class InputFormat { automatic, jsonl, text, csv, tsv, html };

// "auto", "jsonl", "text", "csv", "tsv", "html"; nullopt for anything else.
std::optional<InputFormat> parse_input_format(std::string_view name);
const char* to_string(InputFormat format);
// Every name parse_input_format accepts, for --help and option checks.
std::vector<std::string> input_format_names();

// The format a file's extension (case-insensitive) says, or nullopt:
// .jsonl .ndjson -> jsonl; .txt .text .md -> text; .csv; .tsv .tab -> tsv; .html .htm -> html.
std::optional<InputFormat> format_for_extension(std::string_view path);

}  // namespace vane::io
