// Internal to core/text: the hand-written scanners the segmenter runs on the
// folded view for token shapes ICU word breaking splits apart.
//
//   std::vector<vane::text::detail::SpecialSpan> spans;
//   vane::text::detail::find_special_spans("mail info@x.it #seo", spans);
//   // spans: {5, 15, email}, {16, 20, hashtag}
//
// All offsets are bytes into the folded text (lower case, apostrophes and
// hyphens already ASCII), so the scanners need not care about case.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/token.hpp"

namespace vane::text::detail {

struct SpecialSpan {
  std::uint32_t begin = 0, end = 0;
  TokenKind kind = TokenKind::url;  // url, email, hashtag or mention
};

// Appends, in order and without overlap, the URLs ("http://", "https://",
// "www."), e-mail addresses, #hashtags and @mentions of `folded` to `out`.
void find_special_spans(std::string_view folded, std::vector<SpecialSpan>& out);

// End of the number whose first digit is at `begin`: digit groups joined by
// '.' or ',' ("1.500,50") or by NBSP / U+202F / U+2009 before a group of
// exactly three digits ("1 500"). Never goes past `limit`.
std::size_t scan_number(std::string_view folded, std::size_t begin, std::size_t limit);

// Whether code point `c` starts a digit (Unicode Nd).
bool is_digit(std::int32_t c);

// Whether `c` is a symbol worth a token: any Unicode symbol (Sm Sc Sk So:
// "+", "€", "$", emoji) plus the few punctuation characters that carry
// meaning in marketing text ("%", "‰", "&", "@", "#", "§").
bool is_symbol(std::int32_t c);

// Code point at `pos` of valid UTF-8 `text`; advances `pos` past it.
std::int32_t next_code_point(std::string_view text, std::size_t& pos);

}  // namespace vane::text::detail
