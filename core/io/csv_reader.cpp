#include "io/csv_reader.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace vane::io {
namespace {

std::optional<std::size_t> column_index(const std::vector<std::string>& header, const std::string& name) {
  const auto it = std::find(header.begin(), header.end(), name);
  if (it == header.end()) return std::nullopt;
  return static_cast<std::size_t>(it - header.begin());
}

}  // namespace

CsvReader::CsvReader(std::istream& utf8, std::string name, char delimiter, const ReaderOptions& options)
    : name_(std::move(name)), options_(options), parser_(utf8, delimiter, options.max_text_bytes + 1) {}

std::optional<RawDoc> CsvReader::next(std::uint64_t seq) {
  if (finished_) return std::nullopt;
  if (!header_read_) {
    header_read_ = true;
    if (auto error = read_header(seq)) {
      finished_ = true;
      return error;
    }
  }
  if (auto row = parser_.next()) return row_document(*row, seq);
  finished_ = true;
  if (parser_.failed()) {
    return error_document(seq, name_, name_, Status::error("read_error", name_ + ": read error; rows after the last one reported are lost"));
  }
  return std::nullopt;
}

// The error document when the header is unusable, nullopt when it is good.
std::optional<RawDoc> CsvReader::read_header(std::uint64_t seq) {
  auto row = parser_.next();
  if (!row) {
    const Status status = parser_.failed() ? Status::error("read_error", name_ + ": read error before the header row")
                                           : Status::error("missing_header", name_ + " is empty: a header row naming the columns is required");
    return error_document(seq, name_, name_, status);
  }
  const std::string where = name_ + ":" + std::to_string(row->line);
  if (!row->error.is_ok()) {
    return error_document(seq, name_, where, Status::error(row->error.code, where + ": header row: " + row->error.message));
  }
  header_ = std::move(row->fields);

  const std::vector<std::string> text_columns =
      options_.text_columns.empty() ? std::vector<std::string>{"text"} : options_.text_columns;
  std::vector<std::string> missing;
  for (const auto& column : text_columns) {
    if (auto index = column_index(header_, column)) {
      text_indexes_.push_back(*index);
    } else {
      missing.push_back(column);
    }
  }
  id_index_ = column_index(header_, options_.id_column.empty() ? "id" : options_.id_column);
  if (!id_index_ && !options_.id_column.empty()) missing.push_back(options_.id_column);
  lang_index_ = column_index(header_, options_.lang_column.empty() ? "lang" : options_.lang_column);
  if (!lang_index_ && !options_.lang_column.empty()) missing.push_back(options_.lang_column);
  if (missing.empty()) return std::nullopt;

  std::string names;
  for (const auto& column : missing) names += (names.empty() ? "\"" : ", \"") + column + "\"";
  std::string have;
  for (const auto& column : header_) have += (have.empty() ? "" : ", ") + column;
  return error_document(seq, name_, name_,
                        Status::error("missing_column", name_ + ": the header has no column " + names +
                                                            " (it has: " + have + ")"));
}

std::string CsvReader::kept_fields(const CsvRow& row) const {
  const auto& keep = options_.keep_fields;
  if (keep.empty()) return {};
  const bool all = keep.size() == 1 && keep.front() == "*";
  nlohmann::json meta = nlohmann::json::object();
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (i == id_index_ || i == lang_index_ ||
        std::find(text_indexes_.begin(), text_indexes_.end(), i) != text_indexes_.end()) {
      continue;
    }
    if (all || std::find(keep.begin(), keep.end(), header_[i]) != keep.end()) meta[header_[i]] = row.fields[i];
  }
  // Fields are not validated UTF-8 here (the engine reports that), so dump
  // must not throw on them.
  return meta.empty() ? std::string() : meta.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

RawDoc CsvReader::row_document(const CsvRow& row, std::uint64_t seq) const {
  RawDoc doc;
  doc.seq = seq;
  doc.source = name_ + ":" + std::to_string(row.line);
  doc.id = doc.source;
  if (!row.error.is_ok()) {
    doc.input_error = Status::error(row.error.code, doc.source + ": " + row.error.message);
    return doc;
  }
  if (row.fields.size() != header_.size()) {
    doc.input_error = Status::error("malformed_row", doc.source + ": " + std::to_string(row.fields.size()) +
                                                         " fields, the header has " +
                                                         std::to_string(header_.size()));
    return doc;
  }
  if (id_index_ && !row.fields[*id_index_].empty()) doc.id = row.fields[*id_index_];
  if (lang_index_) doc.lang_hint = row.fields[*lang_index_];
  doc.meta_json = kept_fields(row);

  std::string text;
  for (const std::size_t index : text_indexes_) {
    const std::string& part = row.fields[index];
    if (part.empty()) continue;
    if (!text.empty()) text += "\n\n";
    text += part;
  }
  if (text.size() > options_.max_text_bytes) {
    doc.input_error = Status::error("too_large", doc.source + ": text is " + std::to_string(text.size()) +
                                                     " bytes, the limit is " +
                                                     std::to_string(options_.max_text_bytes) + " (--max-bytes)");
    return doc;
  }
  doc.text = std::make_shared<const std::string>(std::move(text));
  return doc;
}

}  // namespace vane::io
