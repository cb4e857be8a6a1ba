// Internal to core/text: the token rules applied on top of ICU's word
// boundaries, on folded-view tokens (fbegin/fend set, begin/end not yet).
//
//   join_hyphenated(folded, tokens);                 // "tv" "-" "reclame" -> "tv-reclame"
//   split_elisions(folded, prefixes, tokens, out);   // "dell'inbound" -> "dell'" + "inbound"
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/token.hpp"

namespace vane::text::detail {

// Joins word tokens separated by exactly one '-' and no space, in place,
// and flags the result kHyphenated.
void join_hyphenated(std::string_view folded, std::vector<Token>& tokens);

// Appends `tokens` to `out`, splitting each word that starts with one of the
// folded `prefixes` (each ending in '\'') and goes on with a letter into a
// kElisionPrefix token and a kElided one.
void split_elisions(std::string_view folded, const std::vector<std::string>& prefixes,
                    const std::vector<Token>& tokens, std::vector<Token>& out);

}  // namespace vane::text::detail
