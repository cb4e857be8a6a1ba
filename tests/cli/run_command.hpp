// Runs a shell command for end-to-end tests and captures what a user sees:
// stdout, stderr and the exit code.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "../test_paths.hpp"

namespace vane::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The `vane` binary of the build tree.
inline std::string vane_bin() { return (binary_dir() / "bin" / "vane").string(); }

inline CommandResult run_command(const std::string& command) {
  static int counter = 0;
  const auto dir = std::filesystem::temp_directory_path();
  const std::string tag = std::to_string(::getpid()) + "_" + std::to_string(counter++);
  const auto out_path = dir / ("vane_cmd_out_" + tag);
  const auto err_path = dir / ("vane_cmd_err_" + tag);
  const int status = std::system((command + " >" + out_path.string() + " 2>" + err_path.string()).c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  std::filesystem::remove(out_path);
  std::filesystem::remove(err_path);
  return result;
}

}  // namespace vane::testing
