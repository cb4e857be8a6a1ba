#include "lexicon/tsv_file.hpp"

#include <fstream>
#include <sstream>

#include "text/utf8.hpp"

namespace vane::lexicon {
namespace {

std::string_view trim_cr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

}  // namespace

Expected<std::vector<TsvRow>> read_tsv(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error("data_missing", "cannot read " + path.string());
  std::vector<TsvRow> rows;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string_view view = trim_cr(line);
    if (auto bad = text::find_invalid_utf8(view)) {
      return Status::error("data_invalid", path.string() + ":" + std::to_string(number) +
                                               ": invalid UTF-8 at byte " + std::to_string(*bad));
    }
    if (is_blank(view) || view.front() == '#') continue;
    rows.push_back(TsvRow{number, split_tabs(view)});
  }
  return rows;
}

}  // namespace vane::lexicon
