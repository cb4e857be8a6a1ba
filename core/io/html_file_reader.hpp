// Reads an HTML file (.html, .htm) as one document: its visible text (see
// html_text_extractor.hpp). The stream must already be UTF-8.
//
//   vane::io::HtmlFileReader reader(utf8_stream, "site/pricing.html", options);
//   auto doc = reader.next(seq);   // one document, then nullopt
// Markup may be up to 4x --max-bytes plus 64 KiB (pages carry much more
// markup than text); the extracted text must be within --max-bytes.
#pragma once

#include <istream>
#include <string>

#include "io/document_reader.hpp"
#include "io/reader_options.hpp"

namespace vane::io {

class HtmlFileReader final : public DocumentReader {
 public:
  // `name` is the document's id and names the file in messages.
  HtmlFileReader(std::istream& utf8, std::string name, const ReaderOptions& options);
  std::optional<RawDoc> next(std::uint64_t seq) override;

  static std::size_t max_markup_bytes(std::size_t max_text_bytes) { return max_text_bytes * 4 + (64u << 10); }

 private:
  std::istream& in_;
  std::string name_;
  const ReaderOptions& options_;
  bool done_ = false;
};

}  // namespace vane::io
