// One-line diagnostics for plugin candidates; see plugin_report.hpp.
#include "plugin_host/plugin_report.hpp"

namespace vane::plugin_host {

const char* to_string(PluginState state) {
  switch (state) {
    case PluginState::loaded: return "loaded";
    case PluginState::shadowed: return "shadowed";
    case PluginState::failed: return "failed";
  }
  return "unknown";
}

namespace {

// A reason may carry a plugin's own message; the diagnostic stays one line.
// Line breaks and tabs become single spaces, and the ends are trimmed.
std::string one_line(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    const bool blank = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (blank) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::string PluginReport::diagnostic() const {
  return "vane: plugin " + path.string() + ": " + summary();
}

std::string PluginReport::summary() const {
  const std::string why = one_line(reason);
  std::string line;
  switch (state) {
    case PluginState::failed:
      line += (why.empty() ? std::string("unknown error") : why) + "; skipped";
      break;
    case PluginState::shadowed:
      line += why + "; shadowed";
      break;
    case PluginState::loaded: {
      std::string served;
      for (const auto& lang : served_langs) served += (served.empty() ? "" : ", ") + lang;
      if (why.empty()) {
        line += "loaded, serving " + served;
      } else {
        line += why + "; serving " + served + " only";
      }
      break;
    }
  }
  return line;
}

}  // namespace vane::plugin_host
