#include "io/text_file_reader.hpp"

#include "io/whole_stream.hpp"

namespace vane::io {

TextFileReader::TextFileReader(std::istream& utf8, std::string name, const ReaderOptions& options)
    : in_(utf8), name_(std::move(name)), options_(options) {}

std::optional<RawDoc> TextFileReader::next(std::uint64_t seq) {
  if (done_) return std::nullopt;
  done_ = true;
  std::string text;
  switch (read_whole_stream(in_, options_.max_text_bytes, text)) {
    case WholeStream::too_large:
      return error_document(seq, name_, name_,
                            Status::error("too_large", name_ + " is more than the limit of " +
                                                           std::to_string(options_.max_text_bytes) +
                                                           " bytes (--max-bytes)"));
    case WholeStream::read_error:
      return error_document(seq, name_, name_,
                            Status::error("read_error", name_ + ": read error after " +
                                                            std::to_string(text.size()) + " bytes"));
    case WholeStream::complete: break;
  }
  return file_document(seq, name_, std::move(text));
}

}  // namespace vane::io
