#include "io/reader_factory.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "io/charset_decoder.hpp"
#include "io/csv_reader.hpp"
#include "io/decoding_streambuf.hpp"
#include "io/html_file_reader.hpp"
#include "io/jsonl_reader.hpp"
#include "io/text_file_reader.hpp"

namespace vane::io {
namespace {

// Owns everything between the bytes and the format reader: the file, the
// decoding buffer and the UTF-8 stream over it; labels every document with
// the encoding it was converted from.
class DecodedInputReader final : public DocumentReader {
 public:
  DecodedInputReader(std::unique_ptr<std::ifstream> file, std::istream& raw, std::string head,
                     const Charset& charset, const std::string& name, InputFormat format,
                     const ReaderOptions& options)
      : file_(std::move(file)),
        buffer_(raw, std::move(head), charset),
        utf8_(&buffer_),
        encoding_(charset.is_utf8() ? std::string() : encoding_label(charset)),
        reader_(make_format_reader(name, format, options)) {
    buffer_.report_failures_to(utf8_);
  }

  std::optional<RawDoc> next(std::uint64_t seq) override {
    auto doc = reader_->next(seq);
    if (doc) doc->encoding = encoding_;
    return doc;
  }

 private:
  std::unique_ptr<DocumentReader> make_format_reader(const std::string& name, InputFormat format,
                                                     const ReaderOptions& options) {
    switch (format) {
      case InputFormat::text: return std::make_unique<TextFileReader>(utf8_, name, options);
      case InputFormat::html: return std::make_unique<HtmlFileReader>(utf8_, name, options);
      case InputFormat::csv: return std::make_unique<CsvReader>(utf8_, name, ',', options);
      case InputFormat::tsv: return std::make_unique<CsvReader>(utf8_, name, '\t', options);
      case InputFormat::jsonl:
      case InputFormat::automatic: break;
    }
    return std::make_unique<JsonlReader>(utf8_, name, options);
  }

  std::unique_ptr<std::ifstream> file_;  // null for a stream the caller owns
  DecodingStreamBuf buffer_;
  std::istream utf8_;
  std::string encoding_;
  std::unique_ptr<DocumentReader> reader_;
};

// JSON Lines is decoded only when it starts with a byte order mark: a
// line's invalid UTF-8 is that line's error, not a reason to reinterpret
// the whole file (docs/inputs.md).
CharsetPolicy policy_for(InputFormat format) {
  return format == InputFormat::jsonl || format == InputFormat::automatic ? CharsetPolicy::bom_only
                                                                          : CharsetPolicy::detect;
}

std::unique_ptr<DocumentReader> open_reader(std::unique_ptr<std::ifstream> file, std::istream& raw,
                                            const std::string& name, InputFormat format,
                                            const ReaderOptions& options) {
  std::string head(kDetectionBytes, '\0');
  raw.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(raw.gcount()));
  if (raw.bad()) {
    return std::make_unique<ErrorReader>(name, name, Status::error("read_error", "cannot read " + name));
  }
  const auto charset = detect_charset(head, /*whole_input=*/raw.eof(), policy_for(format),
                                      /*markup=*/format == InputFormat::html, name);
  if (!charset) return std::make_unique<ErrorReader>(name, name, charset.status());
  return std::make_unique<DecodedInputReader>(std::move(file), raw, std::move(head), *charset, name, format,
                                              options);
}

}  // namespace

std::unique_ptr<DocumentReader> open_file_reader(const std::string& path, const std::string& name,
                                                 InputFormat format, const ReaderOptions& options) {
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) {
    return std::make_unique<ErrorReader>(
        name, path, Status::error("unreadable_input", "cannot open " + path + ": " + std::strerror(errno)));
  }
  std::istream& raw = *file;
  return open_reader(std::move(file), raw, name, format, options);
}

std::unique_ptr<DocumentReader> open_stream_reader(std::istream& in, const std::string& name, InputFormat format,
                                                   const ReaderOptions& options) {
  return open_reader(nullptr, in, name, format, options);
}

}  // namespace vane::io
