// UTF-8 validation per Unicode Table 3-7 (well-formed byte sequences) and
// byte -> code point offset conversion. Every document passes through here
// first, so ASCII is checked eight bytes per step.
#include "text/utf8.hpp"

#include <cstring>

namespace vane::text {
namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// Length of the leading ASCII run of bytes[pos, size), scanned word-wise.
std::size_t skip_ascii(const unsigned char* bytes, std::size_t pos, std::size_t size) {
  while (pos + 8 <= size) {
    std::uint64_t word;
    std::memcpy(&word, bytes + pos, 8);  // memcpy: no alignment or aliasing assumptions
    if (word & kHighBits) break;
    pos += 8;
  }
  while (pos < size && bytes[pos] < 0x80) ++pos;
  return pos;
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the well-formed sequence starting at bytes[pos] (lead >= 0x80),
// or 0 when it is ill-formed. The second byte's range depends on the lead,
// which is what rules out overlongs (E0, F0), surrogates (ED) and values
// above U+10FFFF (F4, F5..FF).
std::size_t multibyte_length(const unsigned char* bytes, std::size_t pos, std::size_t size) {
  const unsigned char lead = bytes[pos];
  std::size_t length = 0;
  unsigned char second_min = 0x80, second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_min = 0xA0;
    if (lead == 0xED) second_max = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_min = 0x90;
    if (lead == 0xF4) second_max = 0x8F;
  } else {
    return 0;  // stray continuation byte, C0/C1 overlong lead, or F5..FF
  }
  if (pos + length > size) return 0;  // truncated at the end of the input
  const unsigned char second = bytes[pos + 1];
  if (second < second_min || second > second_max) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (!is_continuation(bytes[pos + k])) return 0;
  }
  return length;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t pos = 0;
  while (true) {
    pos = skip_ascii(bytes, pos, size);
    if (pos == size) return std::nullopt;
    const std::size_t length = multibyte_length(bytes, pos, size);
    if (length == 0) return pos;
    pos += length;
  }
}

std::size_t count_code_points(std::string_view valid_utf8) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(valid_utf8.data());
  const std::size_t size = valid_utf8.size();
  std::size_t continuation_bytes = 0;
  std::size_t pos = 0;
  // A code point is every byte that is not a continuation byte (10xxxxxx).
  // Counting those word-wise: bit 7 set and bit 6 clear.
  while (pos + 8 <= size) {
    std::uint64_t word;
    std::memcpy(&word, bytes + pos, 8);
    const std::uint64_t continuation = word & ~(word << 1) & kHighBits;
    continuation_bytes += static_cast<std::size_t>(__builtin_popcountll(continuation));
    pos += 8;
  }
  for (; pos < size; ++pos) continuation_bytes += is_continuation(bytes[pos]) ? 1 : 0;
  return size - continuation_bytes;
}

CodePointIndex::CodePointIndex(std::string_view valid_utf8) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(valid_utf8.data());
  const std::size_t size = valid_utf8.size();
  if (skip_ascii(bytes, 0, size) == size) {
    total_ = size;  // byte offsets are code point offsets; no table needed
    return;
  }
  ascii_ = false;
  cp_at_byte_.resize(size + 1);
  std::uint32_t code_points = 0;
  for (std::size_t i = 0; i < size; ++i) {
    if (!is_continuation(bytes[i])) {
      cp_at_byte_[i] = code_points++;
    } else {
      // Not a boundary; callers must not ask, but answer with the code
      // point the byte belongs to rather than garbage.
      cp_at_byte_[i] = code_points > 0 ? code_points - 1 : 0;
    }
  }
  cp_at_byte_[size] = code_points;
  total_ = code_points;
}

std::size_t CodePointIndex::to_code_points(std::size_t byte_offset) const {
  if (ascii_) return byte_offset < total_ ? byte_offset : total_;
  if (byte_offset >= cp_at_byte_.size()) return total_;
  return cp_at_byte_[byte_offset];
}

}  // namespace vane::text
