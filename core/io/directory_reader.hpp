// Reads every file under a directory as its extension says (or as --format
// forces), one file after the other in the walker's sorted order, each
// document's id its path relative to the directory. Files with an
// extension vane does not know are skipped unless a format is forced.
// The directory is listed once, at construction; each file is opened only
// when its turn comes, so a file deleted in between gets an
// unreadable_input record and the walk goes on.
//
//   vane::io::DirectoryReader reader("site", options);
//   if (reader.file_count() == 0) warn("nothing to read in site");
//   while (auto doc = reader.next(seq)) ...
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "io/directory_walker.hpp"
#include "io/document_reader.hpp"
#include "io/input_format.hpp"
#include "io/reader_options.hpp"

namespace vane::io {

class DirectoryReader final : public DocumentReader {
 public:
  DirectoryReader(const std::string& root, const ReaderOptions& options);
  std::optional<RawDoc> next(std::uint64_t seq) override;

  // Files (and unlistable directories) that will yield documents.
  std::size_t file_count() const { return files_.size(); }
  // Files left out: hidden, unknown extension, or by --include/--exclude.
  std::size_t skipped_count() const { return skipped_; }

 private:
  struct File {
    WalkEntry entry;
    InputFormat format;
  };
  const ReaderOptions& options_;
  std::vector<File> files_;
  std::size_t skipped_ = 0;
  std::size_t index_ = 0;
  std::unique_ptr<DocumentReader> current_;
};

}  // namespace vane::io
