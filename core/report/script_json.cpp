#include "report/script_json.hpp"

namespace vane::report {

void append_script_safe(std::string_view json_text, std::string& out) {
  out.reserve(out.size() + json_text.size());
  for (const char c : json_text) {
    switch (c) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default: out.push_back(c);
    }
  }
}

std::string json_for_script_element(const nlohmann::json& value) {
  std::string out;
  // Replacing invalid UTF-8 instead of throwing: a record's strings were
  // valid when vane wrote them, and one odd byte must not lose the report.
  append_script_safe(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), out);
  return out;
}

}  // namespace vane::report
