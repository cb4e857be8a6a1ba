#include "io/directory_reader.hpp"

#include "io/reader_factory.hpp"

namespace vane::io {

DirectoryReader::DirectoryReader(const std::string& root, const ReaderOptions& options) : options_(options) {
  auto listing = walk_directory(root, {options.include, options.exclude, options.include_hidden});
  skipped_ = listing.skipped_hidden + listing.skipped_filtered;
  for (auto& entry : listing.entries) {
    std::optional<InputFormat> format = options.format;
    if (options.format == InputFormat::automatic) format = format_for_extension(entry.relative);
    if (!format && entry.error.is_ok()) {
      ++skipped_;
      continue;
    }
    files_.push_back({std::move(entry), format.value_or(InputFormat::jsonl)});
  }
}

std::optional<RawDoc> DirectoryReader::next(std::uint64_t seq) {
  while (true) {
    if (current_) {
      if (auto doc = current_->next(seq)) return doc;
      current_.reset();
    }
    if (index_ >= files_.size()) return std::nullopt;
    const File& file = files_[index_++];
    if (!file.entry.error.is_ok()) {
      return error_document(seq, file.entry.relative, file.entry.path.string(), file.entry.error);
    }
    current_ = open_file_reader(file.entry.path.string(), file.entry.relative, file.format, options_);
  }
}

}  // namespace vane::io
