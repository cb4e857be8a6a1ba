// manifest.json: what the host knows about a plugin before running any of its
// code (Qt's QPluginLoader::metaData idea). It sits in the plugin directory:
//
//   {"name": "en", "version": "0.1.0", "abi": 1, "langs": ["en"],
//    "library": "libvane_en.so", "description": "English"}
//
// name, version, abi, langs and library are required; description is
// optional; unknown keys are ignored so that newer manifests still read.
//
//   auto m = vane::plugin_host::read_manifest("plugins/en");
//   if (!m) std::cerr << m.status().message << '\n';
//   else    open(m->library_path);
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.hpp"

namespace vane::plugin_host {

inline constexpr const char* kManifestFile = "manifest.json";

struct Manifest {
  std::filesystem::path path;          // <dir>/manifest.json, as found
  std::filesystem::path dir;           // the plugin directory, as found
  std::string name;                    // [a-z0-9_-]+
  std::string version;
  long long abi = 0;
  std::vector<std::string> langs;      // non-empty, no duplicates
  std::string library;                 // as written: relative to dir
  std::filesystem::path library_path;  // dir / library, lexically normal
  std::string description;
};

// Parses manifest text for the plugin directory `dir`. Checks presence and
// types of every field and that `library` stays inside `dir`; touches no file.
Expected<Manifest> parse_manifest(std::string_view text, const std::filesystem::path& dir);

// Reads <dir>/manifest.json and parses it.
Expected<Manifest> read_manifest(const std::filesystem::path& dir);

}  // namespace vane::plugin_host
