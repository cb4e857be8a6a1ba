// Shared helpers of the input reader tests: where the fixtures are, a
// scratch directory per test, and reading a reader to its end.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../test_paths.hpp"
#include "io/document_reader.hpp"

namespace vane::testing {

inline std::filesystem::path io_fixture(const std::string& name) {
  return source_dir() / "tests" / "io" / "fixtures" / name;
}

// A fresh, empty directory under the system temp dir, removed on scope exit.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / ("vane_io_" + name + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path write(const std::string& relative, const std::string& bytes) const {
    const auto file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }

 private:
  std::filesystem::path path_;
};

inline std::vector<io::RawDoc> read_all(io::DocumentReader& reader, std::uint64_t first_seq = 0) {
  std::vector<io::RawDoc> docs;
  while (auto doc = reader.next(first_seq + docs.size())) docs.push_back(std::move(*doc));
  return docs;
}

}  // namespace vane::testing
