// Serialises JSON so that it can sit inside an HTML
// <script type="application/json"> element and come back unchanged with
// JSON.parse(element.textContent).
//
//   out += "<script type=\"application/json\" id=\"report-data\">";
//   out += vane::report::json_for_script_element(data);
//   out += "</script>";
//
// The HTML parser ends a script element at the first "</script" and treats
// "<!--" specially inside it, whatever the JSON means, so no '<' may reach the
// page raw. JSON allows '<' only inside strings, where "\u003c" is an exact
// equivalent; '>' and '&' are escaped the same way so the text is also safe
// if someone pastes it into an attribute or an XHTML page.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace vane::report {

std::string json_for_script_element(const nlohmann::json& value);

// Appends `json_text` (already serialised JSON) with the same escaping.
void append_script_safe(std::string_view json_text, std::string& out);

}  // namespace vane::report
