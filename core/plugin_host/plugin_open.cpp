// In-process loading of one plugin; see plugin_open.hpp.
#include "plugin_host/plugin_open.hpp"

#include <dlfcn.h>
#include <fmt/format.h>

#include <array>
#include <boost/dll/shared_library.hpp>
#include <exception>
#include <fstream>

#include "plugin_host/descriptor.hpp"

namespace vane::plugin_host {
namespace {

namespace fs = std::filesystem;

Status load_error(std::string message) { return Status::error("plugin_load", std::move(message)); }

bool has_elf_magic(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 4> magic{};
  return in.read(magic.data(), magic.size()) && magic[0] == '\x7f' && magic[1] == 'E' &&
         magic[2] == 'L' && magic[3] == 'F';
}

Expected<std::shared_ptr<PluginHandle>> open_unguarded(const Manifest& manifest) {
  auto handle = std::make_shared<PluginHandle>();
  std::error_code fs_ec;
  fs::path library = fs::absolute(manifest.library_path, fs_ec);
  if (fs_ec) library = manifest.library_path;

  boost::dll::fs::error_code ec;
  dlerror();  // clear any stale message so the one below is ours
  handle->library.load(boost::dll::fs::path(library.string()),
                       boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, ec);
  if (ec || !handle->library.is_loaded()) {
    const char* why = dlerror();
    std::string detail = why != nullptr ? why : ec.message();
    // dlerror() starts with the path the report already names.
    const std::string prefix = library.string() + ": ";
    if (detail.rfind(prefix, 0) == 0) detail.erase(0, prefix.size());
    if (!has_elf_magic(library)) return load_error(fmt::format("not a shared library ({})", detail));
    return load_error(fmt::format("cannot load ({})", detail));
  }

  if (!handle->library.has(VANE_PLUGIN_ENTRY_SYMBOL)) {
    return load_error("missing entry point " VANE_PLUGIN_ENTRY_SYMBOL);
  }
  const auto entry = handle->library.get<const vane_plugin_info*()>(VANE_PLUGIN_ENTRY_SYMBOL);
  auto desc = check_descriptor(entry(), manifest);
  if (!desc) return desc.status();

  handle->name = desc->name;
  handle->version = desc->version;
  handle->langs = desc->langs;
  handle->caps = desc->caps;
  handle->c_abi = desc->c_abi;
  handle->library_path = fs::canonical(library, fs_ec);
  if (fs_ec) handle->library_path = library;
  handle->manifest_path = manifest.path;
  handle->split_compound = desc->split_compound;

  const fs::path data_dir = library.parent_path() / desc->data_dir;
  handle->data_dir = fs::canonical(data_dir, fs_ec);
  if (fs_ec || !fs::is_directory(handle->data_dir, fs_ec)) {
    return load_error(fmt::format("data directory {} does not exist", data_dir.lexically_normal().string()));
  }

  if (desc->init != nullptr) {
    std::array<char, kInitErrorCapacity> err{};
    const int rc = desc->init(handle->data_dir.c_str(), err.data(), err.size());
    if (rc != VANE_OK) {
      err.back() = '\0';  // a careless plugin may fill the buffer without a terminator
      if (err[0] == '\0') return Status::error("plugin_init", fmt::format("init failed with status {}", rc));
      return Status::error("plugin_init", fmt::format("init failed: {}", err.data()));
    }
  }
  return handle;
}

}  // namespace

Expected<std::shared_ptr<PluginHandle>> open_plugin(const Manifest& manifest) {
  // Boost.DLL and std::filesystem throw on the unexpected (out of memory, a
  // path that cannot be converted); such a plugin fails, the host goes on.
  try {
    return open_unguarded(manifest);
  } catch (const std::exception& e) {
    return load_error(fmt::format("cannot load ({})", e.what()));
  }
}

}  // namespace vane::plugin_host
