// Thin wrapper over CLD2's ExtDetectLanguageSummary: the top three
// languages with their share of the text, for valid UTF-8 input.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace vane::langid {

struct Cld2Result {
  struct Entry {
    std::string code;  // ISO 639-1 ("it"), "un" when unknown
    int percent = 0;   // share of the text's bytes, 0..100
  };
  std::array<Entry, 3> top;
  bool reliable = false;
  int text_bytes = 0;  // letters CLD2 actually scored
};

// best_effort: answer even on very short text instead of "un".
Cld2Result detect_with_cld2(std::string_view utf8, bool best_effort);

}  // namespace vane::langid
