#include "io/html_file_reader.hpp"

#include "io/html_text_extractor.hpp"
#include "io/whole_stream.hpp"

namespace vane::io {

HtmlFileReader::HtmlFileReader(std::istream& utf8, std::string name, const ReaderOptions& options)
    : in_(utf8), name_(std::move(name)), options_(options) {}

std::optional<RawDoc> HtmlFileReader::next(std::uint64_t seq) {
  if (done_) return std::nullopt;
  done_ = true;
  const std::size_t markup_limit = max_markup_bytes(options_.max_text_bytes);
  std::string html;
  switch (read_whole_stream(in_, markup_limit, html)) {
    case WholeStream::too_large:
      return error_document(seq, name_, name_,
                            Status::error("too_large", name_ + " is more than " + std::to_string(markup_limit) +
                                                           " bytes of HTML (4 x --max-bytes + 64 KiB)"));
    case WholeStream::read_error:
      return error_document(seq, name_, name_,
                            Status::error("read_error", name_ + ": read error after " +
                                                            std::to_string(html.size()) + " bytes"));
    case WholeStream::complete: break;
  }
  if (const auto depth = html_nesting_upper_bound(html); depth > kMaxHtmlNesting) {
    return error_document(seq, name_, name_,
                          Status::error("malformed_html", name_ + ": elements nested up to " + std::to_string(depth) +
                                                              " deep, more than the " +
                                                              std::to_string(kMaxHtmlNesting) + " vane parses"));
  }
  std::string text = extract_visible_text(html);
  if (text.size() > options_.max_text_bytes) {
    return error_document(seq, name_, name_,
                          Status::error("too_large", name_ + ": its text is " + std::to_string(text.size()) +
                                                         " bytes, the limit is " +
                                                         std::to_string(options_.max_text_bytes) + " (--max-bytes)"));
  }
  return file_document(seq, name_, std::move(text));
}

}  // namespace vane::io
