// Which character encoding a file is in, and turning it into UTF-8.
//
//   auto charset = vane::io::detect_charset(head, /*whole_input=*/false, CharsetPolicy::detect);
//   if (!charset) return error(charset.status());      // binary_input / unknown_encoding
//   vane::io::Utf8Converter converter(charset->name);  // only when !charset->is_utf8()
//   converter.convert(chunk, /*flush=*/false, utf8);   // call again for each chunk
//
// Detection, in this order (docs/inputs.md):
//   1. a byte order mark: UTF-8 (stripped), UTF-16LE, UTF-16BE;
//   2. a NUL byte, or many other control bytes      -> binary_input;
//   3. valid UTF-8 (pure ASCII included)            -> UTF-8, no detector asked;
//   4. ICU's charset detector, best single-byte or multi-byte guess with
//      confidence >= kMinConfidence                 -> that charset;
//      otherwise                                    -> unknown_encoding.
// UTF-16 without a BOM is not guessed: its NUL bytes make it binary_input.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "util/status.hpp"

namespace vane::io {

enum class CharsetPolicy {
  detect,    // text, HTML, CSV: all four steps
  bom_only,  // JSON Lines: only step 1; everything else is taken as it is
};

struct Charset {
  std::string name;          // ICU name ("UTF-16LE", "windows-1252"), "" for UTF-8
  std::size_t bom_bytes = 0; // bytes of byte order mark to drop
  int confidence = 100;      // the detector's, 0..100; 100 for a BOM or valid UTF-8
  bool is_utf8() const { return name.empty(); }
};

// The lowest ICU detector confidence (0..100) vane accepts: on short French,
// Italian and Dutch texts in Latin-1 ICU says 50-70, on binary data under 10.
inline constexpr int kMinConfidence = 20;

// How much of a file the detector looks at.
inline constexpr std::size_t kDetectionBytes = 64u << 10;

// `head` is the start of the input (all of it when whole_input); `markup`
// tells the detector to ignore HTML tags. `source` names the input in messages.
Expected<Charset> detect_charset(std::string_view head, bool whole_input, CharsetPolicy policy,
                                 bool markup, const std::string& source);

// The encoding name a record reports: lower-case ("windows-1252", "utf-16le").
std::string encoding_label(const Charset& charset);

// Streaming conversion to UTF-8 with ICU; bytes that have no mapping become
// U+FFFD. Chunks may split characters anywhere.
class Utf8Converter {
 public:
  explicit Utf8Converter(const std::string& charset);
  ~Utf8Converter();
  Utf8Converter(const Utf8Converter&) = delete;
  Utf8Converter& operator=(const Utf8Converter&) = delete;

  bool ok() const { return status_.is_ok(); }
  const Status& status() const { return status_; }
  // Appends the UTF-8 of `bytes` to `out`; flush on the last chunk.
  void convert(std::string_view bytes, bool flush, std::string& out);

 private:
  struct Converters;
  std::unique_ptr<Converters> converters_;
  Status status_;
};

// Detects and converts a whole buffer in one go: the text as UTF-8, and the
// charset it was decoded from.
struct DecodedText {
  std::string text;
  Charset charset;
};
Expected<DecodedText> decode_to_utf8(std::string_view bytes, bool markup, const std::string& source);

}  // namespace vane::io
