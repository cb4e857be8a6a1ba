// UTF-8 validation and byte <-> code point offset conversion.
//
//   if (auto bad = vane::text::find_invalid_utf8(bytes)) report(*bad);  // byte offset
//   vane::text::CodePointIndex cps(text);
//   std::size_t cp = cps.to_code_points(byte_offset);
//
// Inside the engine every offset is a byte offset into the original text;
// SPEC.md wants code points, so the writer converts once, here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace vane::text {

// Byte offset of the first ill-formed sequence (overlong forms, surrogates,
// code points above U+10FFFF and truncated sequences are all ill-formed),
// or nullopt when the whole input is valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

// Number of code points in valid UTF-8.
std::size_t count_code_points(std::string_view valid_utf8);

// Converts byte offsets of one valid UTF-8 text to code point offsets in
// O(1) each after an O(n) build; pure-ASCII texts cost nothing.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view valid_utf8);
  // byte_offset must lie on a code point boundary, 0 <= byte_offset <= size.
  std::size_t to_code_points(std::size_t byte_offset) const;
  std::size_t code_points() const { return total_; }

 private:
  bool ascii_ = true;
  std::size_t total_ = 0;
  std::vector<std::uint32_t> cp_at_byte_;  // empty when ascii_
};

}  // namespace vane::text
