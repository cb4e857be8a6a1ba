#include "io/charset_decoder.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>

#include "text/utf8.hpp"

namespace vane::io {
namespace {

bool starts_with(std::string_view bytes, std::string_view prefix) {
  return bytes.size() >= prefix.size() && bytes.substr(0, prefix.size()) == prefix;
}

std::optional<Charset> charset_from_bom(std::string_view head) {
  if (starts_with(head, "\xEF\xBB\xBF")) return Charset{"", 3, 100};
  if (starts_with(head, "\xFF\xFE")) return Charset{"UTF-16LE", 2, 100};
  if (starts_with(head, "\xFE\xFF")) return Charset{"UTF-16BE", 2, 100};
  return std::nullopt;
}

// Text in any 8-bit charset has no NUL and almost no C0 controls other than
// whitespace; ESC starts ISO-2022 sequences and SUB ends old DOS files.
bool looks_binary(std::string_view head) {
  std::size_t controls = 0;
  for (const char c : head) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == 0) return true;
    if (byte < 0x20 && !(byte >= 0x09 && byte <= 0x0D) && byte != 0x1B && byte != 0x1A) ++controls;
  }
  return controls >= 4 && controls * 20 > head.size();
}

// A head cut off mid-file may end inside a character: that is not an error.
bool is_utf8(std::string_view head, bool whole_input) {
  const auto bad = text::find_invalid_utf8(head);
  if (!bad) return true;
  if (whole_input || head.size() - *bad >= 4) return false;
  return !text::find_invalid_utf8(head.substr(0, *bad));
}

// UTF-16/32 are only believed with a BOM (their NULs make them binary
// otherwise), so the detector's UTF-16 guesses (always 10 on Latin text)
// are ignored, and so is a UTF-8 guess about text we found invalid.
bool acceptable_guess(std::string_view name) {
  return name.rfind("UTF-", 0) != 0;
}

Expected<Charset> ask_detector(std::string_view head, bool markup, const std::string& source) {
  UErrorCode error = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&error);
  if (U_FAILURE(error)) {
    return Status::error("unknown_encoding", source + ": ICU charset detector unavailable: " + u_errorName(error));
  }
  ucsdet_enableInputFilter(detector, markup ? 1 : 0);
  ucsdet_setText(detector, head.data(), static_cast<std::int32_t>(std::min<std::size_t>(head.size(), INT32_MAX)),
                 &error);
  std::int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector, &count, &error);
  std::optional<Charset> best;
  int best_seen = 0;
  for (std::int32_t i = 0; U_SUCCESS(error) && i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &error);
    const int confidence = ucsdet_getConfidence(matches[i], &error);
    if (U_FAILURE(error) || name == nullptr || !acceptable_guess(name)) continue;
    best_seen = std::max(best_seen, confidence);
    if (confidence >= kMinConfidence) {
      best = Charset{name, 0, confidence};
      break;
    }
  }
  ucsdet_close(detector);
  if (!best) {
    return Status::error("unknown_encoding",
                         source + ": not UTF-8, and no character encoding fits it well enough (best guess " +
                             std::to_string(best_seen) + "/100, need " + std::to_string(kMinConfidence) + ")");
  }
  return *best;
}

}  // namespace

Expected<Charset> detect_charset(std::string_view head, bool whole_input, CharsetPolicy policy, bool markup,
                                 const std::string& source) {
  if (auto bom = charset_from_bom(head)) return *bom;
  if (policy == CharsetPolicy::bom_only) return Charset{};
  if (looks_binary(head)) {
    return Status::error("binary_input", source + ": binary data (NUL or control bytes), not text");
  }
  if (is_utf8(head, whole_input)) return Charset{};
  return ask_detector(head, markup, source);
}

std::string encoding_label(const Charset& charset) {
  std::string label = charset.name;
  for (char& c : label) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return label;
}

struct Utf8Converter::Converters {
  UConverter* from = nullptr;
  UConverter* to = nullptr;
  // ucnv_convertEx keeps characters between chunks in this pivot buffer.
  std::array<UChar, 1024> pivot{};
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  bool started = false;
  ~Converters() {
    if (from != nullptr) ucnv_close(from);
    if (to != nullptr) ucnv_close(to);
  }
};

Utf8Converter::Utf8Converter(const std::string& charset) : converters_(std::make_unique<Converters>()) {
  UErrorCode error = U_ZERO_ERROR;
  converters_->from = ucnv_open(charset.c_str(), &error);
  if (U_SUCCESS(error)) converters_->to = ucnv_open("UTF-8", &error);
  if (U_FAILURE(error)) {
    status_ = Status::error("unknown_encoding", "ICU cannot convert from " + charset + ": " + u_errorName(error));
  }
}

Utf8Converter::~Utf8Converter() = default;

void Utf8Converter::convert(std::string_view bytes, bool flush, std::string& out) {
  if (!ok()) return;
  auto& c = *converters_;
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  std::size_t written = out.size();
  // UTF-8 of any single-byte or UTF-16 input is at most 3 bytes per input byte.
  out.resize(written + bytes.size() * 3 + 16);
  while (true) {
    UErrorCode error = U_ZERO_ERROR;
    char* target = out.data() + written;
    ucnv_convertEx(c.to, c.from, &target, out.data() + out.size(), &source, source_end, c.pivot.data(),
                   &c.pivot_source, &c.pivot_target, c.pivot.data() + c.pivot.size(), c.started ? 0 : 1,
                   flush ? 1 : 0, &error);
    c.started = true;
    written = static_cast<std::size_t>(target - out.data());
    if (error == U_BUFFER_OVERFLOW_ERROR) {
      out.resize(out.size() * 2 + 64);
      continue;
    }
    if (U_FAILURE(error)) status_ = Status::error("unknown_encoding", std::string("conversion failed: ") + u_errorName(error));
    break;
  }
  out.resize(written);
}

Expected<DecodedText> decode_to_utf8(std::string_view bytes, bool markup, const std::string& source) {
  auto charset = detect_charset(bytes, /*whole_input=*/true, CharsetPolicy::detect, markup, source);
  if (!charset) return charset.status();
  bytes.remove_prefix(charset->bom_bytes);
  DecodedText decoded{{}, *charset};
  if (charset->is_utf8()) {
    decoded.text.assign(bytes);
    return decoded;
  }
  Utf8Converter converter(charset->name);
  converter.convert(bytes, /*flush=*/true, decoded.text);
  if (!converter.ok()) return Status::error(converter.status().code, source + ": " + converter.status().message);
  return decoded;
}

}  // namespace vane::io
