// A std::streambuf that reads another stream and hands out UTF-8: bytes
// pass through when the input is UTF-8 (a BOM dropped), or go through ICU
// when charset detection found another encoding. Readers written for UTF-8
// streams (LineReader, the CSV parser) read any supported encoding this way.
//
//   std::string head = read_up_to(file, vane::io::kDetectionBytes);
//   auto charset = vane::io::detect_charset(head, file.eof(), ...);
//   vane::io::DecodingStreamBuf buffer(file, std::move(head), *charset);
//   std::istream utf8(&buffer);
//   buffer.report_failures_to(utf8);
//
// A read error of the underlying stream makes `utf8` bad() once the bytes
// read before it are consumed, as reading the file directly would.
#pragma once

#include <istream>
#include <memory>
#include <streambuf>
#include <string>

#include "io/charset_decoder.hpp"

namespace vane::io {

class DecodingStreamBuf final : public std::streambuf {
 public:
  // `head`: the bytes already read from `source` (detection looked at them).
  DecodingStreamBuf(std::istream& source, std::string head, const Charset& charset);
  // The stream that reads this buffer: it is set bad() on a read error.
  void report_failures_to(std::istream& reader) { reader_ = &reader; }

 protected:
  int_type underflow() override;

 private:
  void publish(std::string_view raw, bool last);
  std::istream& source_;
  std::istream* reader_ = nullptr;
  std::unique_ptr<Utf8Converter> converter_;  // null for UTF-8
  std::string raw_;
  std::string out_;
  bool source_done_ = false;
};

}  // namespace vane::io
