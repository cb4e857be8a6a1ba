// Reading and validating manifest.json; see manifest.hpp.
#include "plugin_host/manifest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace vane::plugin_host {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

Status invalid(std::string message) {
  return Status::error("plugin_manifest", std::move(message));
}

bool is_token(std::string_view s, bool allow_upper) {
  if (s.empty() || s.size() > 64) return false;
  return std::all_of(s.begin(), s.end(), [allow_upper](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           (allow_upper && c >= 'A' && c <= 'Z');
  });
}

// nlohmann's what() starts with "[json.exception.parse_error.101] "; the
// user needs the line and column, not the library's error id.
std::string strip_json_prefix(const std::string& what) {
  if (what.rfind("[json.exception.", 0) == 0) {
    const auto close = what.find("] ");
    if (close != std::string::npos) return what.substr(close + 2);
  }
  return what;
}

Status require_string(const json& doc, const char* key, std::string& out) {
  const auto it = doc.find(key);
  if (it == doc.end()) return invalid(fmt::format("manifest.json: missing \"{}\"", key));
  if (!it->is_string()) {
    return invalid(fmt::format("manifest.json: \"{}\" must be a string, not {}", key, it->type_name()));
  }
  out = it->get<std::string>();
  if (out.empty()) return invalid(fmt::format("manifest.json: \"{}\" is empty", key));
  return Status::ok();
}

// A library path such as "../other/libx.so" or "/usr/lib/libx.so" would let
// a manifest make the host run code that is not part of the plugin.
Status check_library(const std::string& library) {
  const fs::path rel(library);
  if (rel.is_absolute() || rel.has_root_name() || rel.has_root_directory()) {
    return invalid(fmt::format("manifest.json: library \"{}\" must be relative to the plugin directory", library));
  }
  const fs::path norm = rel.lexically_normal();
  if (norm.empty() || norm == "." || !norm.has_filename() || *norm.begin() == "..") {
    return invalid(fmt::format("manifest.json: library \"{}\" leaves the plugin directory", library));
  }
  return Status::ok();
}

}  // namespace

Expected<Manifest> parse_manifest(std::string_view text, const fs::path& dir) {
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {
    return invalid("malformed manifest.json: " + strip_json_prefix(e.what()));
  }
  if (!doc.is_object()) {
    return invalid(fmt::format("manifest.json: expected an object, found {}", doc.type_name()));
  }

  Manifest m;
  m.dir = dir;
  m.path = dir / kManifestFile;

  if (auto s = require_string(doc, "name", m.name); !s) return s;
  if (!is_token(m.name, false)) {
    return invalid(fmt::format("manifest.json: name \"{}\" must match [a-z0-9_-]+", m.name));
  }
  if (auto s = require_string(doc, "version", m.version); !s) return s;

  const auto abi = doc.find("abi");
  if (abi == doc.end()) return invalid("manifest.json: missing \"abi\"");
  if (!abi->is_number_integer()) {
    return invalid(fmt::format("manifest.json: \"abi\" must be an integer, not {}", abi->type_name()));
  }
  m.abi = abi->get<long long>();

  const auto langs = doc.find("langs");
  if (langs == doc.end()) return invalid("manifest.json: missing \"langs\"");
  if (!langs->is_array() || langs->empty()) {
    return invalid("manifest.json: \"langs\" must be a non-empty array of language codes");
  }
  for (const auto& lang : *langs) {
    if (!lang.is_string() || !is_token(lang.get_ref<const std::string&>(), true)) {
      return invalid(fmt::format("manifest.json: bad language code {} in \"langs\"", lang.dump()));
    }
    const auto& code = lang.get_ref<const std::string&>();
    if (std::find(m.langs.begin(), m.langs.end(), code) != m.langs.end()) {
      return invalid(fmt::format("manifest.json: language \"{}\" listed twice", code));
    }
    m.langs.push_back(code);
  }

  if (auto s = require_string(doc, "library", m.library); !s) return s;
  if (auto s = check_library(m.library); !s) return s;
  m.library_path = (dir / m.library).lexically_normal();

  if (const auto desc = doc.find("description"); desc != doc.end()) {
    if (!desc->is_string()) return invalid("manifest.json: \"description\" must be a string");
    m.description = desc->get<std::string>();
  }
  return m;
}

Expected<Manifest> read_manifest(const fs::path& dir) {
  const fs::path path = dir / kManifestFile;
  std::ifstream in(path, std::ios::binary);
  if (!in) return invalid("cannot read manifest.json");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return invalid("cannot read manifest.json");
  return parse_manifest(text.str(), dir);
}

}  // namespace vane::plugin_host
