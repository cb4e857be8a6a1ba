#include "io/decoding_streambuf.hpp"

#include <ios>

namespace vane::io {
namespace {
constexpr std::size_t kBlock = 1 << 20;
}

DecodingStreamBuf::DecodingStreamBuf(std::istream& source, std::string head, const Charset& charset)
    : source_(source) {
  if (!charset.is_utf8()) converter_ = std::make_unique<Utf8Converter>(charset.name);
  source_done_ = source_.eof() || source_.bad();
  head.erase(0, charset.bom_bytes);
  publish(head, source_done_);
}

void DecodingStreamBuf::publish(std::string_view raw, bool last) {
  if (converter_) {
    out_.clear();
    converter_->convert(raw, last, out_);
  } else {
    out_.assign(raw);
  }
  setg(out_.data(), out_.data(), out_.data() + out_.size());
}

DecodingStreamBuf::int_type DecodingStreamBuf::underflow() {
  while (gptr() == egptr()) {
    if (source_done_) {
      // Setting badbit here rather than throwing keeps the bytes this read
      // already copied: istream::read loses its count when sgetn throws.
      // istream::read only adds eofbit/failbit afterwards, so badbit stays.
      if (source_.bad() && reader_ != nullptr) reader_->setstate(std::ios_base::badbit);
      return traits_type::eof();
    }
    raw_.resize(kBlock);
    source_.read(raw_.data(), static_cast<std::streamsize>(raw_.size()));
    raw_.resize(static_cast<std::size_t>(source_.gcount()));
    source_done_ = source_.eof() || source_.bad() || raw_.empty();
    publish(raw_, source_done_);
  }
  return traits_type::to_int_type(*gptr());
}

}  // namespace vane::io
