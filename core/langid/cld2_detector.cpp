#include "langid/cld2_detector.hpp"

#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>

namespace vane::langid {

Cld2Result detect_with_cld2(std::string_view utf8, bool best_effort) {
  CLD2::Language language3[3];
  int percent3[3] = {0, 0, 0};
  double normalized_score3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  const int flags = best_effort ? CLD2::kCLDFlagBestEffort : 0;
  CLD2::ExtDetectLanguageSummary(utf8.data(), static_cast<int>(utf8.size()),
                                 /*is_plain_text=*/true, /*cld_hints=*/nullptr, flags,
                                 language3, percent3, normalized_score3,
                                 /*resultchunkvector=*/nullptr, &text_bytes, &reliable);
  Cld2Result result;
  result.reliable = reliable;
  result.text_bytes = text_bytes;
  for (int i = 0; i < 3; ++i) {
    result.top[static_cast<std::size_t>(i)] = {CLD2::LanguageCode(language3[i]), percent3[i]};
  }
  return result;
}

}  // namespace vane::langid
