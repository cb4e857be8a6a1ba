#include "cli/input_size.hpp"

#include <sys/stat.h>
#include <unistd.h>

namespace vane::cli {

std::optional<std::uint64_t> total_input_bytes(const std::vector<std::string>& inputs) {
  std::uint64_t total = 0;
  const std::vector<std::string> stdin_only{"-"};
  for (const auto& name : inputs.empty() ? stdin_only : inputs) {
    struct stat info {};
    if (name == "-") {
      if (::fstat(STDIN_FILENO, &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
      const off_t offset = ::lseek(STDIN_FILENO, 0, SEEK_CUR);
      total += static_cast<std::uint64_t>(info.st_size - (offset > 0 ? offset : 0));
      continue;
    }
    if (::stat(name.c_str(), &info) != 0) continue;  // unreadable: one error record, no bytes
    if (!S_ISREG(info.st_mode)) return std::nullopt;
    total += static_cast<std::uint64_t>(info.st_size);
  }
  return total;
}

}  // namespace vane::cli
