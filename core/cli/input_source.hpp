// Reads documents from a list of inputs one after the other, numbering them
// across all of them: "-" is stdin, a directory is walked (see
// io::DirectoryReader), a file is read as --format or its extension says.
// An input that cannot be opened or decoded yields one error document
// naming it, and the run goes on with the next.
//
//   InputSource source({"posts.jsonl", "site/"}, input_options, {max_bytes, keep_fields});
//   while (auto doc = source.next()) queue.push(std::move(*doc));
// A directory with nothing to read prints one warning to `warnings`.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/input_options.hpp"
#include "io/document_reader.hpp"
#include "io/reader_options.hpp"

namespace vane::cli {

class InputSource {
 public:
  InputSource(std::vector<std::string> inputs, const InputOptions& input, io::ReaderOptions options,
              std::ostream* warnings = nullptr);
  // Only the limits and kept fields: every file read as JSON Lines or by its extension.
  InputSource(std::vector<std::string> inputs, io::ReaderOptions options)
      : InputSource(std::move(inputs), InputOptions{}, std::move(options)) {}
  std::optional<io::RawDoc> next();

 private:
  std::unique_ptr<io::DocumentReader> open(const std::string& name);
  std::vector<std::string> inputs_;
  io::ReaderOptions options_;
  std::ostream* warnings_;
  std::size_t index_ = 0;
  std::uint64_t seq_ = 0;
  std::unique_ptr<io::DocumentReader> reader_;
};

}  // namespace vane::cli
