// What every input reader is told: limits, the fields to keep, the format
// to force and, for CSV/TSV, which columns hold what.
//
//   vane::io::ReaderOptions options;
//   options.format = vane::io::InputFormat::csv;
//   options.text_columns = {"headline", "body"};
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "io/input_format.hpp"

namespace vane::io {

struct ReaderOptions {
  ReaderOptions() = default;
  // The two that matter to every format; the rest keep their defaults.
  ReaderOptions(std::size_t max_text_bytes_, std::vector<std::string> keep_fields_)
      : max_text_bytes(max_text_bytes_), keep_fields(std::move(keep_fields_)) {}

  std::size_t max_text_bytes = 10u << 20;  // --max-bytes
  std::vector<std::string> keep_fields;    // copied into meta; "*" keeps all but id/text/lang
  // --line-offset: added to every line number in messages and positional ids,
  // so a shard cut from a larger input names lines as the whole input would.
  std::size_t line_offset = 0;

  // automatic: by extension (files named on the command line with an
  // unknown extension and stdin are JSON Lines, as vane always read them).
  InputFormat format = InputFormat::automatic;

  // CSV/TSV columns. Empty id/lang column: "id"/"lang" if the header has it.
  // No text columns: "text".
  std::string id_column;
  std::vector<std::string> text_columns;
  std::string lang_column;

  // Directory walks: fnmatch patterns on the relative path ('*' also
  // matches '/'); hidden files and directories (".name") are skipped unless
  // include_hidden.
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  bool include_hidden = false;
};

}  // namespace vane::io
