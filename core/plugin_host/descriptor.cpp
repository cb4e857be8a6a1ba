// Descriptor checks; see descriptor.hpp.
#include "plugin_host/descriptor.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace vane::plugin_host {
namespace {

Status bad(std::string message) { return Status::error("plugin_descriptor", std::move(message)); }

// True when the first `size` bytes of the descriptor include the whole field
// that starts at `offset`.
constexpr bool covers(std::uint32_t size, std::size_t offset, std::size_t field_size) {
  return size >= offset + field_size;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

}  // namespace

Expected<Descriptor> check_descriptor(const vane_plugin_info* info, const Manifest& manifest) {
  if (info == nullptr) return bad(VANE_PLUGIN_ENTRY_SYMBOL "() returned null");

  // abi first: under another ABI even `size` may mean something else.
  if (info->abi != VANE_PLUGIN_ABI) {
    return bad(fmt::format("ABI {}, host supports {}", info->abi, VANE_PLUGIN_ABI));
  }
  if (info->size < kMinDescriptorSize) {
    return bad(fmt::format("descriptor size {} is smaller than the {} bytes the host needs",
                           info->size, kMinDescriptorSize));
  }
  if (info->c_abi == nullptr) return bad("descriptor has no c_abi (null)");
  if (std::string_view(info->c_abi) != VANE_C_ABI_ID) {
    return bad(fmt::format("built for C ABI {}, host is {}", info->c_abi, VANE_C_ABI_ID));
  }
  if (info->name == nullptr || *info->name == '\0') return bad("descriptor has a null or empty name");
  if (info->version == nullptr || *info->version == '\0') {
    return bad("descriptor has a null or empty version");
  }
  if (info->langs == nullptr) return bad("descriptor has null langs");
  if (info->data_dir == nullptr) return bad("descriptor has a null data_dir");

  Descriptor d;
  d.name = info->name;
  d.version = info->version;
  d.caps = info->caps;
  d.data_dir = info->data_dir;
  d.c_abi = info->c_abi;
  for (std::size_t i = 0; info->langs[i] != nullptr; ++i) {
    if (i == kMaxLangs) return bad(fmt::format("descriptor langs has more than {} entries (missing NULL?)", kMaxLangs));
    if (*info->langs[i] == '\0') return bad("descriptor langs holds an empty code");
    d.langs.emplace_back(info->langs[i]);
  }
  if (d.langs.empty()) return bad("descriptor langs is empty");

  if (d.name != manifest.name) {
    return bad(fmt::format("name \"{}\" in the descriptor disagrees with manifest.json \"{}\"",
                           d.name, manifest.name));
  }
  if (d.version != manifest.version) {
    return bad(fmt::format("version \"{}\" in the descriptor disagrees with manifest.json \"{}\"",
                           d.version, manifest.version));
  }
  auto ours = d.langs;
  auto theirs = manifest.langs;
  std::sort(ours.begin(), ours.end());
  std::sort(theirs.begin(), theirs.end());
  if (ours != theirs) {
    return bad(fmt::format("langs [{}] in the descriptor disagree with manifest.json [{}]",
                           join(d.langs), join(manifest.langs)));
  }
  if (manifest.abi != static_cast<long long>(info->abi)) {
    return bad(fmt::format("abi {} in the descriptor disagrees with manifest.json {}",
                           info->abi, manifest.abi));
  }

  if (covers(info->size, offsetof(vane_plugin_info, init), sizeof info->init)) {
    d.init = info->init;
  }
  if (covers(info->size, offsetof(vane_plugin_info, split_compound), sizeof info->split_compound)) {
    d.split_compound = info->split_compound;
  }
  return d;
}

}  // namespace vane::plugin_host
