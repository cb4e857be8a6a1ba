#include "io/jsonl_reader.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

namespace vane::io {
namespace {

using nlohmann::json;

// JSON escapes can make a line up to six times longer than its text.
std::size_t max_line_bytes(std::size_t max_text_bytes) { return max_text_bytes * 6 + (1u << 16); }

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// A copy with every ill-formed byte replaced by '?', so that the id of an
// invalid line can still be read and reported.
std::string repaired(std::string_view line) {
  std::string out(line);
  std::size_t from = 0;
  while (auto bad = text::find_invalid_utf8(std::string_view(out).substr(from))) {
    out[from + *bad] = '?';
    from += *bad + 1;
  }
  return out;
}

std::string id_of(const json& doc, const std::string& fallback) {
  const auto it = doc.find("id");
  if (it == doc.end() || it->is_null()) return fallback;
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}

std::string kept_fields(const json& doc, const std::vector<std::string>& keep) {
  if (keep.empty()) return {};
  json meta = json::object();
  const bool all = keep.size() == 1 && keep.front() == "*";
  for (const auto& [key, value] : doc.items()) {
    if (key == "id" || key == "text" || key == "lang") continue;
    if (all || std::find(keep.begin(), keep.end(), key) != keep.end()) meta[key] = value;
  }
  return meta.empty() ? std::string() : meta.dump();
}

}  // namespace

JsonlReader::JsonlReader(std::istream& in, std::string source, const ReaderOptions& options)
    : source_(std::move(source)), options_(options), lines_(in, max_line_bytes(options.max_text_bytes)) {}

std::optional<RawDoc> JsonlReader::next(std::uint64_t seq) {
  auto line = lines_.next();
  if (!line) {
    if (!lines_.failed() || read_error_reported_) return std::nullopt;
    read_error_reported_ = true;
    return error_document(seq, source_, source_,
                          Status::error("read_error", source_ + ": read error; lines after the last one "
                                                                "reported are lost"));
  }
  RawDoc doc = parse_line(*line, seq);
  doc.input_bytes = line->full_length + 1;  // + the newline (one byte too many on a last line without one)
  return doc;
}

RawDoc JsonlReader::parse_line(const Line& line, std::uint64_t seq) const {
  RawDoc doc;
  doc.seq = seq;
  const std::size_t number = line.number + options_.line_offset;
  doc.source = source_ + ":" + std::to_string(number);
  doc.id = doc.source;
  const std::string where = "line " + std::to_string(number) + " of " + source_;

  if (line.truncated) {
    doc.input_error = Status::error(
        "too_large", where + " is " + std::to_string(line.full_length) +
                         " bytes, more than any text within the limit of " +
                         std::to_string(options_.max_text_bytes) + " bytes (--max-bytes)");
    return doc;
  }
  if (is_blank(line.text)) {
    doc.input_error = Status::error("blank_line", where + " is blank");
    return doc;
  }

  const auto bad_utf8 = text::find_invalid_utf8(line.text);
  json parsed;
  try {
    parsed = json::parse(bad_utf8 ? std::string_view(repaired(line.text)) : line.text);
  } catch (const json::parse_error& e) {
    doc.input_error = Status::error("malformed_json", where + ": " + e.what(), e.byte > 0 ? e.byte - 1 : 0);
    return doc;
  }
  if (!parsed.is_object()) {
    doc.input_error = Status::error("malformed_json", where + ": expected a JSON object, got " +
                                                          std::string(parsed.type_name()));
    return doc;
  }
  doc.id = id_of(parsed, doc.source);
  doc.meta_json = kept_fields(parsed, options_.keep_fields);
  if (bad_utf8) {
    doc.input_error = Status::error("invalid_utf8",
                                    where + ": invalid UTF-8 at byte " + std::to_string(*bad_utf8) +
                                        " of the line",
                                    *bad_utf8);
    return doc;
  }
  if (const auto lang = parsed.find("lang"); lang != parsed.end() && lang->is_string()) {
    doc.lang_hint = lang->get<std::string>();
  }
  const auto text = parsed.find("text");
  if (text == parsed.end()) {
    doc.input_error = Status::error("missing_text", where + ": no \"text\" field");
    return doc;
  }
  if (!text->is_string()) {
    doc.input_error = Status::error("invalid_text", where + ": \"text\" is " +
                                                        std::string(text->type_name()) + ", not a string");
    return doc;
  }
  auto& value = text->get_ref<std::string&>();
  if (value.size() > options_.max_text_bytes) {
    doc.input_error = Status::error("too_large", where + ": text is " + std::to_string(value.size()) +
                                                     " bytes, the limit is " +
                                                     std::to_string(options_.max_text_bytes) +
                                                     " (--max-bytes)");
    return doc;
  }
  doc.text = std::make_shared<const std::string>(std::move(value));
  return doc;
}

}  // namespace vane::io
