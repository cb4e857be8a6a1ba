// Where tests find the source and build trees: ctest sets VANE_SOURCE_DIR and
// VANE_BINARY_DIR (tests/CMakeLists.txt), so binaries also run by hand with them.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace vane::testing {

inline std::filesystem::path env_dir(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) throw std::runtime_error(std::string(name) + " is not set; run through ctest");
  return value;
}

inline std::filesystem::path source_dir() { return env_dir("VANE_SOURCE_DIR"); }
inline std::filesystem::path binary_dir() { return env_dir("VANE_BINARY_DIR"); }

}  // namespace vane::testing
