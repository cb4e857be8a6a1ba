// The languages of the build tree, loaded exactly as `vane` loads them
// (plugins, lang.json, lexicons, language-ID evidence words), shared by the
// tests that need real plugin data. Tests depending on it add the plugin
// targets to their dependencies.
#pragma once

#include "plugin_host/language_registry.hpp"
#include "test_paths.hpp"

namespace vane::testing {

inline const plugin_host::LanguageRegistry& build_tree_registry() {
  static const auto instance = plugin_host::LanguageRegistry::build(
      plugin_host::load_plugins({{binary_dir() / "lib" / "vane" / "plugins", "test"}}, {}));
  return instance;
}

}  // namespace vane::testing
