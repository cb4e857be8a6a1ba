// Reads documents from a list of inputs ("-" is stdin) one after the other,
// numbering them across files. An input that cannot be opened yields one
// error document naming it, and the run goes on with the next.
#pragma once

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/jsonl_reader.hpp"

namespace vane::cli {

class InputSource {
 public:
  InputSource(std::vector<std::string> inputs, io::ReaderOptions options);
  std::optional<io::RawDoc> next();

 private:
  bool open_next(io::RawDoc& unreadable);
  std::vector<std::string> inputs_;
  io::ReaderOptions options_;
  std::size_t index_ = 0;
  std::uint64_t seq_ = 0;
  std::unique_ptr<std::ifstream> file_;
  std::unique_ptr<io::JsonlReader> reader_;
};

}  // namespace vane::cli
