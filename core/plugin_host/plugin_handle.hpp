// A loaded, validated and initialised plugin library. Immutable once built;
// shared as std::shared_ptr<const PluginHandle> by every LanguagePack that
// uses it, so the library stays mapped while anything refers to its hooks.
#pragma once

#include <boost/dll/shared_library.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <vane/plugin_abi.h>

namespace vane::plugin_host {

struct PluginHandle {
  // Declared first so it is destroyed last: the hook pointers and the
  // descriptor below point into this library.
  boost::dll::shared_library library;

  std::string name;
  std::string version;
  std::vector<std::string> langs;         // as claimed by the plugin
  std::vector<std::string> served_langs;  // langs minus those an earlier plugin serves
  std::uint64_t caps = 0;
  std::string c_abi;
  std::filesystem::path library_path;   // absolute, canonical
  std::filesystem::path manifest_path;
  std::filesystem::path data_dir;       // absolute: holds lang.json and data/

  // Optional hook; null when the plugin has none. Valid while *this lives.
  int (*split_compound)(vane_word, vane_cuts*) = nullptr;
};

}  // namespace vane::plugin_host
