// The input options of `vane analyze` (--format, --include, --exclude,
// --hidden, --id-column, --text-column, --lang-column), registered in one
// place like the plugin options, and turned into io::ReaderOptions.
//
//   InputOptions input;
//   add_input_options(*analyze, input);
//   ... after parsing:
//   InputSource source(files, input, {max_bytes, keep_fields});
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "io/reader_options.hpp"

namespace vane::cli {

struct InputOptions {
  std::string format = "auto";
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  bool hidden = false;
  std::string id_column;
  std::vector<std::string> text_columns;
  std::string lang_column;
};

// Also adds a footer explaining how inputs are read (input_help_footer).
void add_input_options(CLI::App& command, InputOptions& options);

// Fills the input fields of `base` (limits and kept fields are the caller's).
io::ReaderOptions reader_options(const InputOptions& options, io::ReaderOptions base);

// Help text that explains how inputs are read.
const char* input_help_footer();

}  // namespace vane::cli
