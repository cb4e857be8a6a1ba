// The output formats `vane analyze` can write, named by --output-format or
// guessed from the -o target.
//
//   parse_sink_format("csv")                    -> SinkFormat::csv
//   infer_sink_format("runs/may.sqlite")        -> SinkFormat::sqlite
//   infer_sink_format("postgresql://db/vane")   -> SinkFormat::postgresql
//   infer_sink_format("-")                      -> SinkFormat::jsonl  (stdout)
#pragma once

#include <optional>
#include <string_view>

namespace vane::output {

enum class SinkFormat { jsonl, csv, sqlite, postgresql };

const char* to_string(SinkFormat format);

// "jsonl" | "csv" | "sqlite" | "postgresql"; nullopt for anything else.
std::optional<SinkFormat> parse_sink_format(std::string_view name);

// From the target's scheme or extension (case-insensitive): .jsonl .ndjson
// .json -> jsonl, .csv -> csv, .sqlite .sqlite3 .db -> sqlite,
// postgresql:// postgres:// -> postgresql. Stdout ("-") and any other name
// are JSON Lines, which is what -o always wrote before there were formats.
SinkFormat infer_sink_format(std::string_view target);

}  // namespace vane::output
