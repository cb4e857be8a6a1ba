#include "engine/dateline.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <charconv>

namespace vane::engine {
namespace {

constexpr std::size_t kMaxPlaceWords = 3;      // "Reggio nell'Emilia" is rare, "NEW YORK" common
constexpr std::size_t kMaxDateTokens = 5;      // "le 6 février 2025", "Sept. 4, 2025"
constexpr std::size_t kMaxLines = 3;           // a kicker, a title, then the dateline
constexpr std::size_t kMaxWordsAbove = 30;     // ... above it at most this many tokens

bool capitalised(std::string_view word) {
  if (word.empty()) return false;
  std::int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(word.data(), i, static_cast<std::int32_t>(word.size()), c);
  return c >= 0 && u_isupper(c);
}

// The text between two tokens holds only what may stand between the words
// of a place name or a date: spaces, hyphens, apostrophes, dots and commas.
bool only(std::string_view gap, std::string_view allowed) {
  return gap.find_first_not_of(allowed) == std::string_view::npos;
}

bool dash_in(std::string_view gap) {
  // En dash, em dash, or a hyphen standing between spaces.
  return gap.find("\xE2\x80\x93") != std::string_view::npos || gap.find("\xE2\x80\x94") != std::string_view::npos ||
         gap.find(" - ") != std::string_view::npos;
}

// A day of the month or a year: "6", "14", "2025".
bool day_or_year(std::string_view digits) {
  int value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) return false;
  return (value >= 1 && value <= 31) || (value >= 1900 && value <= 2099);
}

// Reads a dateline's parts from the tokens and the text between them.
class DatelineReader {
 public:
  explicit DatelineReader(const DocumentView& doc) : tokens_(doc.seg->tokens), text_(doc.text) {}

  // The place: capitalised words joined by spaces or hyphens, then a date
  // or an agency, then the dash.
  bool dateline_at(std::uint32_t first) const {
    std::uint32_t t = first;
    for (std::size_t place_words = 1;; ++place_words, ++t) {
      if (place_words > kMaxPlaceWords || t + 1 >= tokens_.size()) return false;
      if (tokens_[t].kind != text::TokenKind::word || !capitalised(word(t))) return false;
      const auto gap = gap_after(t);
      if (only(gap, " -'\xE2\x80\x99")) continue;  // "Den Haag", "Clermont-Ferrand"
      if (gap == " (") return agency_then_dash(t + 1);
      if (gap.front() != ',' || !only(gap, ", ")) return false;
      return date_then_dash(t + 1);
    }
  }

 private:
  // "NEW YORK (Reuters) -": an agency in brackets, then the dash.
  bool agency_then_dash(std::uint32_t t) const {
    const auto closing = gap_after(t);
    return capitalised(word(t)) && closing.size() > 1 && closing.front() == ')' && dash_in(closing);
  }

  // The date: words and numbers, one of them a day or a year, then the dash.
  bool date_then_dash(std::uint32_t t) const {
    bool dated = false;
    for (std::size_t n = 0; n < kMaxDateTokens && t < tokens_.size(); ++n, ++t) {
      const auto kind = tokens_[t].kind;
      if (kind == text::TokenKind::number) {
        dated = dated || day_or_year(word(t));
      } else if (kind != text::TokenKind::word) {
        return false;  // "30 %", "49 €": an offer, not a date
      }
      const auto gap = gap_after(t);
      if (dash_in(gap)) return dated;
      if (!only(gap, " .,")) return false;
    }
    return false;
  }

  std::string_view word(std::uint32_t t) const {
    return text_.substr(tokens_[t].begin, tokens_[t].end - tokens_[t].begin);
  }
  std::string_view gap_after(std::uint32_t t) const {
    const std::uint32_t end = t + 1 < tokens_.size() ? tokens_[t + 1].begin : static_cast<std::uint32_t>(text_.size());
    return text_.substr(tokens_[t].end, end - tokens_[t].end);
  }

  const std::vector<text::Token>& tokens_;
  std::string_view text_;
};

}  // namespace

bool opens_with_dateline(const DocumentView& doc) {
  const auto& tokens = doc.seg->tokens;
  const DatelineReader reader(doc);
  // At the start of one of the first lines: under a title, or under a
  // kicker and a title ("PRESS RELEASE", "COMMUNIQUÉ DE PRESSE").
  std::uint32_t t = 0;
  for (std::size_t line = 0; line < kMaxLines && t < tokens.size() && t <= kMaxWordsAbove; ++line) {
    if (reader.dateline_at(t)) return true;
    const auto line_end = doc.text.find('\n', tokens[t].begin);
    if (line_end == std::string_view::npos) return false;
    while (t < tokens.size() && tokens[t].begin < line_end) ++t;
  }
  return false;
}

}  // namespace vane::engine
