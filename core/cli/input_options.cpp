#include "cli/input_options.hpp"

namespace vane::cli {

void add_input_options(CLI::App& command, InputOptions& options) {
  // A footer callback is printed before the command's own footer text, so
  // the command keeps its exit-status footer untouched.
  command.footer([] { return std::string(input_help_footer()) + "\n"; });
  // One value per flag everywhere: `--include '*.md' site/` keeps site/ an input.
  command.add_option("--format", options.format,
                     "Input format: auto (by extension; stdin and unknown extensions are jsonl), "
                     "jsonl, text, csv, tsv or html. Forcing one also reads directory files of "
                     "any extension that way")
      ->check(CLI::IsMember(io::input_format_names()))
      ->type_name("FORMAT")
      ->allow_extra_args(false);
  command.add_option("--include", options.include,
                     "In directories, read only files whose relative path matches this glob "
                     "(repeatable; * also matches /)")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  command.add_option("--exclude", options.exclude,
                     "In directories, skip files and directories whose relative path matches this glob "
                     "(repeatable)")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  command.add_flag("--hidden", options.hidden,
                   "In directories, also read hidden files and directories (names starting with '.'; "
                   "skipped by default)");
  command.add_option("--id-column", options.id_column,
                     "CSV/TSV: column with the document id (default: id, if the header has it; "
                     "else FILE:LINE)")
      ->type_name("NAME")
      ->allow_extra_args(false);
  command.add_option("--text-column", options.text_columns,
                     "CSV/TSV: column with the text (default: text); repeat to join several, "
                     "a blank line between them")
      ->type_name("NAME")
      ->allow_extra_args(false);
  command.add_option("--lang-column", options.lang_column,
                     "CSV/TSV: column with a language hint (default: lang, if the header has it)")
      ->type_name("NAME")
      ->allow_extra_args(false);
}

io::ReaderOptions reader_options(const InputOptions& options, io::ReaderOptions base) {
  base.format = io::parse_input_format(options.format).value_or(io::InputFormat::automatic);
  base.include = options.include;
  base.exclude = options.exclude;
  base.include_hidden = options.hidden;
  base.id_column = options.id_column;
  base.text_columns = options.text_columns;
  base.lang_column = options.lang_column;
  return base;
}

const char* input_help_footer() {
  return "Inputs: files and directories, in the order given; - or none reads stdin (JSON Lines unless\n"
         "--format says otherwise). By extension: .jsonl .ndjson (one document per line), .txt .text .md\n"
         "(one per file), .csv .tsv .tab (one per row, header required), .html .htm (one per file, visible\n"
         "text). Directories are walked recursively in byte order of relative paths, which become the ids;\n"
         "hidden entries and unknown extensions are skipped; an empty directory is a warning, not an error.\n"
         "Text, HTML and CSV files that are not UTF-8 (UTF-16 with BOM, Latin-1, Windows-1252, ...) are\n"
         "detected and converted; their records say \"encoding\". See docs/inputs.md.";
}

}  // namespace vane::cli
