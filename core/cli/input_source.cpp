#include "cli/input_source.hpp"

#include <filesystem>
#include <iostream>

#include "io/directory_reader.hpp"
#include "io/reader_factory.hpp"

namespace vane::cli {

InputSource::InputSource(std::vector<std::string> inputs, const InputOptions& input, io::ReaderOptions options,
                         std::ostream* warnings)
    : inputs_(std::move(inputs)), options_(reader_options(input, std::move(options))), warnings_(warnings) {
  if (inputs_.empty()) inputs_.push_back("-");
}

std::unique_ptr<io::DocumentReader> InputSource::open(const std::string& name) {
  const bool forced = options_.format != io::InputFormat::automatic;
  if (name == "-") {
    return io::open_stream_reader(std::cin, "stdin", forced ? options_.format : io::InputFormat::jsonl, options_);
  }
  std::error_code ec;
  if (std::filesystem::is_directory(name, ec)) {
    auto directory = std::make_unique<io::DirectoryReader>(name, options_);
    if (directory->file_count() == 0 && warnings_ != nullptr) {
      *warnings_ << "vane: warning: directory " << name << " has no files to read (" << directory->skipped_count()
                 << " skipped: hidden, unknown extension, or --include/--exclude)\n";
    }
    return directory;
  }
  // A file named on the command line with an unknown extension is JSON
  // Lines, as vane has always read it.
  const io::InputFormat format =
      forced ? options_.format : io::format_for_extension(name).value_or(io::InputFormat::jsonl);
  return io::open_file_reader(name, name, format, options_);
}

std::optional<io::RawDoc> InputSource::next() {
  while (index_ < inputs_.size()) {
    if (!reader_) reader_ = open(inputs_[index_]);
    if (auto doc = reader_->next(seq_)) {
      ++seq_;
      return doc;
    }
    reader_.reset();
    ++index_;
  }
  return std::nullopt;
}

}  // namespace vane::cli
