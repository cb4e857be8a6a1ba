// Reads a plain-text file (.txt, .md, .text) as one document whose text is
// the whole file. The stream must already be UTF-8 (see DecodingStreamBuf).
//
//   vane::io::TextFileReader reader(utf8_stream, "posts/launch.txt", options);
//   auto doc = reader.next(seq);   // one document, then nullopt
// A file over --max-bytes is a too_large error; a read error, read_error.
#pragma once

#include <istream>
#include <string>

#include "io/document_reader.hpp"
#include "io/reader_options.hpp"

namespace vane::io {

class TextFileReader final : public DocumentReader {
 public:
  // `name` is the document's id and names the file in messages.
  TextFileReader(std::istream& utf8, std::string name, const ReaderOptions& options);
  std::optional<RawDoc> next(std::uint64_t seq) override;

 private:
  std::istream& in_;
  std::string name_;
  const ReaderOptions& options_;
  bool done_ = false;
};

}  // namespace vane::io
