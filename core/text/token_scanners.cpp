// Scanners for URLs, e-mail addresses, hashtags, mentions and numbers on the
// folded view. Deliberately permissive and small (no full RFC 3986/5322):
// the goal is one token per thing a reader sees as one thing, with trailing
// sentence punctuation left out.
#include "text/token_scanners.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace vane::text::detail {
namespace {

using Cp = std::int32_t;

// Code point ending at `pos`; ' ' at the start so callers see a word start.
Cp previous_code_point(std::string_view text, std::size_t pos) {
  if (pos == 0) return ' ';
  std::size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return next_code_point(text, start);
}

// Letters, digits, combining marks and '_': what continues a word, tag or handle.
bool is_word_char(Cp c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                       (c >= 'A' && c <= 'Z');
  const auto category = U_GET_GC_MASK(c);
  return u_isalnum(c) || (category & (U_GC_MN_MASK | U_GC_MC_MASK | U_GC_ME_MASK)) != 0;
}

bool is_letter(Cp c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c);
}

bool is_email_local_char(Cp c) {
  return is_word_char(c) || c == '.' || c == '%' || c == '+' || c == '-';
}

// The first byte at or after `pos` that may start a special span, or text.size().
std::size_t next_candidate(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == 'h' || c == 'w' || c == '@' || c == '#') return pos;
    ++pos;
  }
  return pos;
}

bool starts_with(std::string_view text, std::size_t pos, std::string_view prefix) {
  return text.substr(pos, prefix.size()) == prefix;
}

// Characters that end a URL even without a space: quotes and brackets that
// wrap URLs in prose, and anything ASCII-unsafe.
bool ends_url(Cp c) {
  switch (c) {
    case '<': case '>': case '"': case '`': case '{': case '}': case '|': case '\\':
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E:
      return true;
    default:
      return u_isUWhiteSpace(c) || u_iscntrl(c);
  }
}

// Sentence punctuation after a URL ("see www.x.it.", "www.x.it…") is not
// part of it. '/', '-', '_', '#', '%', '&', '@' and balanced ')' can end URLs.
bool is_trailing_url_punctuation(Cp c) {
  switch (c) {
    case '/': case '-': case '_': case '#': case '%': case '&': case '@': case ')':
      return false;
    default:
      return (U_GET_GC_MASK(c) & U_GC_P_MASK) != 0;
  }
}

// End of a URL starting at `begin`, or 0 when there is none.
std::size_t scan_url(std::string_view text, std::size_t begin) {
  std::size_t host = 0;
  for (std::string_view scheme : {"https://", "http://", "www."}) {
    if (starts_with(text, begin, scheme)) {
      host = begin + scheme.size();
      break;
    }
  }
  if (host == 0) return 0;
  std::size_t end = host;
  int open_parens = 0;
  while (end < text.size()) {
    std::size_t next = end;
    const Cp c = next_code_point(text, next);
    if (ends_url(c)) break;
    if (c == '(') ++open_parens;
    if (c == ')' && --open_parens < 0) break;  // "(see www.x.it)" keeps ')' out
    end = next;
  }
  while (end > host) {
    const Cp last = previous_code_point(text, end);
    if (!is_trailing_url_punctuation(last)) break;
    end -= static_cast<std::size_t>(U8_LENGTH(last));
  }
  std::size_t probe = host;
  if (end <= host || !is_word_char(next_code_point(text, probe))) return 0;
  return end;
}

// End of "label(.label)+" starting at `begin` whose last label has two or
// more letters, or 0.
std::size_t scan_domain(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end < text.size()) {
    std::size_t next = end;
    const Cp c = next_code_point(text, next);
    if (!is_word_char(c) && c != '-' && c != '.') break;
    end = next;
  }
  // A final '.' ends the sentence, not the domain.
  while (end > begin && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  const std::string_view domain = text.substr(begin, end - begin);
  if (domain.empty() || domain.front() == '.' || domain.front() == '-' ||
      domain.find("..") != std::string_view::npos) {
    return 0;  // empty label
  }
  const std::size_t last_dot = text.substr(0, end).rfind('.');
  if (last_dot == std::string_view::npos || last_dot <= begin) return 0;
  std::size_t letters = 0;
  for (std::size_t pos = last_dot + 1; pos < end;) {
    if (!is_letter(next_code_point(text, pos))) return 0;
    ++letters;
  }
  return letters >= 2 ? end : 0;
}

// E-mail address around the '@' at `at`, its local part not reaching back
// before `floor`. Returns {begin, end} or {0, 0}.
std::pair<std::size_t, std::size_t> scan_email(std::string_view text, std::size_t at,
                                               std::size_t floor) {
  std::size_t begin = at;
  while (begin > floor) {
    const Cp c = previous_code_point(text, begin);
    if (!is_email_local_char(c)) break;
    begin -= static_cast<std::size_t>(U8_LENGTH(c));
  }
  // A local part starts with a letter or digit: "(-info@x.it" -> "info@x.it".
  while (begin < at) {
    std::size_t next = begin;
    if (is_word_char(next_code_point(text, next))) break;
    begin = next;
  }
  if (begin == at) return {0, 0};
  const std::size_t end = scan_domain(text, at + 1);
  return end == 0 ? std::pair<std::size_t, std::size_t>{0, 0}
                  : std::pair<std::size_t, std::size_t>{begin, end};
}

// End of "#tag" / "@handle" starting at `begin` (the sigil), or 0. A hashtag
// needs a letter ("#1" is a rank, not a tag); a handle may hold inner dots.
std::size_t scan_tag(std::string_view text, std::size_t begin, bool is_hashtag) {
  std::size_t end = begin + 1;
  bool has_letter = false;
  while (end < text.size()) {
    std::size_t next = end;
    const Cp c = next_code_point(text, next);
    if (c == '.' && !is_hashtag && next < text.size()) {
      std::size_t after = next;
      if (!is_word_char(next_code_point(text, after))) break;
    } else if (!is_word_char(c)) {
      break;
    }
    has_letter = has_letter || is_letter(c);
    end = next;
  }
  if (end == begin + 1) return 0;
  if (is_hashtag && !has_letter) return 0;
  return end;
}

std::size_t grouping_space_length(std::string_view text, std::size_t pos) {
  // NBSP, NARROW NO-BREAK SPACE and THIN SPACE: the thousands separators of
  // French and typographic Italian ("1 500"). A plain space is not one:
  // "nel 2023 500 clienti" is two numbers.
  if (starts_with(text, pos, "\xC2\xA0")) return 2;
  if (starts_with(text, pos, "\xE2\x80\xAF") || starts_with(text, pos, "\xE2\x80\x89")) return 3;
  return 0;
}

// Byte length of the digit run at `pos` (not beyond `limit`) and its digit count.
std::pair<std::size_t, std::size_t> digit_run(std::string_view text, std::size_t pos,
                                              std::size_t limit) {
  std::size_t end = pos, digits = 0;
  while (end < limit) {
    std::size_t next = end;
    if (!is_digit(next_code_point(text, next)) || next > limit) break;
    end = next;
    ++digits;
  }
  return {end - pos, digits};
}

}  // namespace

std::int32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    ++pos;
    return byte;
  }
  UChar32 c;
  auto i = static_cast<std::int32_t>(pos);
  U8_NEXT(text.data(), i, static_cast<std::int32_t>(text.size()), c);
  pos = static_cast<std::size_t>(i);
  return c < 0 ? 0xFFFD : c;
}

bool is_digit(std::int32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(c);
}

bool is_symbol(std::int32_t c) {
  switch (c) {
    case '%': case 0x2030: case 0x2031: case 0x066A: case 0xFE6A: case 0xFF05:  // percent, per mille
    case '&': case 0xFF06: case '@': case 0xFF20: case '#': case 0xFF03: case 0x00A7:
      return true;
    default:
      return (U_GET_GC_MASK(c) & U_GC_S_MASK) != 0;
  }
}

std::size_t scan_number(std::string_view text, std::size_t begin, std::size_t limit) {
  auto [length, group_digits] = digit_run(text, begin, limit);
  std::size_t end = begin + length;
  bool first_group = true;
  while (end < limit) {
    const char b = text[end];
    if ((b == '.' || b == ',') && end + 1 < limit) {
      const auto [next_length, next_digits] = digit_run(text, end + 1, limit);
      if (next_digits == 0) break;
      end += 1 + next_length;
      group_digits = next_digits;
      first_group = false;
      continue;
    }
    const std::size_t space = grouping_space_length(text, end);
    const bool group_fits = first_group ? group_digits <= 3 : group_digits == 3;
    if (space == 0 || !group_fits || end + space >= limit) break;
    const auto [next_length, next_digits] = digit_run(text, end + space, limit);
    if (next_digits != 3) break;  // digit_run is greedy, so exactly three then a non-digit
    end += space + next_length;
    group_digits = 3;
    first_group = false;
  }
  return end;
}

void find_special_spans(std::string_view text, std::vector<SpecialSpan>& out) {
  // Only 'h' and 'w' (URLs), '@' (e-mails, mentions) and '#' (hashtags) can
  // start a span, so the scan jumps from one of those bytes to the next
  // instead of decoding and classifying every code point (3 % of the
  // engine). ASCII bytes never occur inside a UTF-8 sequence, so each
  // candidate is a code point of its own, and the code point before it is
  // what the scanners call "previous".
  std::size_t pos = 0;
  std::size_t claimed_end = 0;  // scanners never reach back before this
  while ((pos = next_candidate(text, pos)) < text.size()) {
    const Cp c = static_cast<unsigned char>(text[pos]);
    const Cp previous = previous_code_point(text, pos);
    const bool at_word_start = !is_word_char(previous);
    if (at_word_start && (c == 'h' || c == 'w')) {
      if (const std::size_t end = scan_url(text, pos)) {
        out.push_back({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end), TokenKind::url});
        claimed_end = pos = end;
        continue;
      }
    }
    if (c == '@' && is_email_local_char(previous)) {
      if (const auto [begin, end] = scan_email(text, pos, claimed_end); end != 0) {
        out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), TokenKind::email});
        claimed_end = pos = end;
        continue;
      }
    }
    if ((c == '#' || c == '@') && at_word_start) {
      if (const std::size_t end = scan_tag(text, pos, c == '#')) {
        out.push_back({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end),
                       c == '#' ? TokenKind::hashtag : TokenKind::mention});
        claimed_end = pos = end;
        continue;
      }
    }
    ++pos;
  }
}

}  // namespace vane::text::detail
