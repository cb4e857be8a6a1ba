// The matching view of a document: NFC, case-folded, apostrophes and hyphens
// folded to ASCII, with a map from every byte of that view back to the
// original text, so a match found in the view becomes a span of the input.
//
//   vane::text::NormalizedText norm;
//   vane::text::normalize_for_matching("L’Outbound É", norm);
//   norm.folded == "l'outbound é"
//   auto [b, e] = norm.to_original(0, 2);   // bytes of "L’" in the original
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vane::text {

struct NormalizedText {
  std::string folded;
  // origin_begin[i] / origin_end[i]: the original byte range of the
  // normalisation segment that produced folded byte i. Both have
  // folded.size() entries.
  std::vector<std::uint32_t> origin_begin;
  std::vector<std::uint32_t> origin_end;
  std::size_t original_size = 0;

  // Original byte span [begin, end) covering folded bytes [fbegin, fend).
  std::pair<std::size_t, std::size_t> to_original(std::size_t fbegin, std::size_t fend) const;
  void clear();
};

// Fills `out` from valid UTF-8 `original`. Folding: NFC, full Unicode case
// folding, U+2019 U+2018 U+02BC U+FF07 -> ', U+2010 U+2011 -> -. Everything
// else (including no-break spaces) is kept, so number formats survive.
// ASCII runs take a fast path. Thread-safe (ICU normalizers are immutable).
void normalize_for_matching(std::string_view original, NormalizedText& out);

}  // namespace vane::text
