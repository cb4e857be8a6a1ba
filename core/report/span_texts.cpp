#include "report/span_texts.hpp"

#include <cstddef>
#include <vector>

#include "text/utf8.hpp"

namespace vane::report {
namespace {

using nlohmann::json;

void collect_array_spans(json& parent, const char* key, std::vector<json*>& spans) {
  const auto it = parent.find(key);
  if (it == parent.end() || !it->is_array()) return;
  for (auto& span : *it) spans.push_back(&span);
}

std::vector<json*> spans_of(json& record) {
  std::vector<json*> spans;
  for (const char* axis : {"push_pull", "inbound_outbound"}) {
    const auto it = record.find(axis);
    if (it != record.end() && it->is_object()) collect_array_spans(*it, "evidence", spans);
  }
  if (const auto channels = record.find("channels"); channels != record.end() && channels->is_array()) {
    for (auto& channel : *channels) {
      if (channel.is_object()) collect_array_spans(channel, "mentions", spans);
    }
  }
  if (const auto claims = record.find("roi_claims"); claims != record.end() && claims->is_array()) {
    for (auto& claim : *claims) {
      spans.push_back(&claim);
      if (claim.is_object()) collect_array_spans(claim, "quantities", spans);
    }
  }
  return spans;
}

// Byte offset of every code point boundary: offsets in records are code
// points (SPEC.md), slicing the UTF-8 text needs bytes.
std::vector<std::size_t> code_point_starts(std::string_view text) {
  std::vector<std::size_t> starts;
  starts.reserve(text::count_code_points(text) + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(text.size());
  return starts;
}

bool span_matches(const json& span, std::string_view text, const std::vector<std::size_t>& starts) {
  if (!span.is_object()) return false;
  const auto start = span.find("start");
  const auto end = span.find("end");
  const auto span_text = span.find("text");
  if (start == span.end() || end == span.end() || span_text == span.end()) return false;
  if (!start->is_number_unsigned() || !end->is_number_unsigned() || !span_text->is_string()) return false;
  const auto s = start->get<std::size_t>();
  const auto e = end->get<std::size_t>();
  if (s > e || e >= starts.size()) return false;
  return text.substr(starts[s], starts[e] - starts[s]) == span_text->get_ref<const std::string&>();
}

}  // namespace

bool drop_span_texts_if_text_matches(json& record, std::string_view text) {
  if (text::find_invalid_utf8(text)) return false;
  const auto spans = spans_of(record);
  if (spans.empty()) return true;
  const auto starts = code_point_starts(text);
  for (const json* span : spans) {
    if (!span_matches(*span, text, starts)) return false;
  }
  for (json* span : spans) span->erase("text");
  return true;
}

}  // namespace vane::report
