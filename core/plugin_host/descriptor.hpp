// Checks a plugin's C descriptor (vane_plugin_info) before the host trusts
// any of it: ABI number, size, C ABI id, non-null fields, and agreement with
// manifest.json. Reads an optional field only when `size` covers it, so an
// older, shorter descriptor is fine and a newer, longer one is too.
//
//   auto d = vane::plugin_host::check_descriptor(entry(), manifest);
//   if (!d) return d.status();          // "ABI 2, host supports 1"
//   if (d->init) d->init(dir, err, sizeof err);
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <vane/plugin_abi.h>

#include "plugin_host/manifest.hpp"
#include "util/status.hpp"

namespace vane::plugin_host {

// The least of the descriptor the host needs: everything before the hooks.
inline constexpr std::size_t kMinDescriptorSize = offsetof(vane_plugin_info, init);

// A plugin listing more languages than this has an unterminated array.
inline constexpr std::size_t kMaxLangs = 64;

// The descriptor's fields copied out, hooks null when absent or not covered
// by `size`.
struct Descriptor {
  std::string name;
  std::string version;
  std::vector<std::string> langs;
  std::uint64_t caps = 0;
  std::string data_dir;  // relative to the library file, as the plugin wrote it
  std::string c_abi;
  int (*init)(const char*, char*, std::size_t) = nullptr;
  int (*split_compound)(vane_word, vane_cuts*) = nullptr;
};

Expected<Descriptor> check_descriptor(const vane_plugin_info* info, const Manifest& manifest);

}  // namespace vane::plugin_host
