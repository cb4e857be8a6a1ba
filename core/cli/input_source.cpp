#include "cli/input_source.hpp"

#include <cerrno>
#include <cstring>
#include <iostream>

namespace vane::cli {

InputSource::InputSource(std::vector<std::string> inputs, io::ReaderOptions options)
    : inputs_(std::move(inputs)), options_(std::move(options)) {
  if (inputs_.empty()) inputs_.push_back("-");
}

// Opens inputs_[index_]; on failure fills `unreadable` with its error document.
bool InputSource::open_next(io::RawDoc& unreadable) {
  const std::string& name = inputs_[index_];
  if (name == "-") {
    reader_ = std::make_unique<io::JsonlReader>(std::cin, "stdin", options_);
    return true;
  }
  file_ = std::make_unique<std::ifstream>(name, std::ios::binary);
  if (!*file_) {
    unreadable.id = name;
    unreadable.source = name;
    unreadable.input_error =
        Status::error("unreadable_input", "cannot open " + name + ": " + std::strerror(errno));
    return false;
  }
  reader_ = std::make_unique<io::JsonlReader>(*file_, name, options_);
  return true;
}

std::optional<io::RawDoc> InputSource::next() {
  while (index_ < inputs_.size()) {
    if (!reader_) {
      io::RawDoc unreadable;
      if (!open_next(unreadable)) {
        ++index_;
        unreadable.seq = seq_++;
        return unreadable;
      }
    }
    if (auto doc = reader_->next(seq_)) {
      ++seq_;
      return doc;
    }
    reader_.reset();
    file_.reset();
    ++index_;
  }
  return std::nullopt;
}

}  // namespace vane::cli
