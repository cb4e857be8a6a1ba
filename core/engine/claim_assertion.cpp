// Whether a sentence asserts anything (claim_assertion.hpp): its word
// count and how it ends, read on the original text since punctuation is
// what tells a statement from a heading.
//
//   asserts_something(doc, sentence, false, tuning)  // "Did it work?": false
//
// Language-neutral: only punctuation, quotation marks and emoji are read,
// and they mean the same in every language the plugins cover.
#include "engine/claim_assertion.hpp"

#include <string_view>

namespace vane::engine {
namespace {

// Removes the last code point of non-empty valid UTF-8 (the engine only
// analyses validated text) and returns it.
char32_t pop_code_point(std::string_view& text) {
  std::size_t start = text.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  const auto lead = static_cast<unsigned char>(text[start]);
  const std::size_t length = text.size() - start;
  char32_t code_point = length == 1 ? lead : length == 2 ? lead & 0x1Fu : length == 3 ? lead & 0x0Fu : lead & 0x07u;
  for (std::size_t i = start + 1; i < text.size(); ++i) {
    code_point = (code_point << 6) | (static_cast<unsigned char>(text[i]) & 0x3Fu);
  }
  text.remove_suffix(length);
  return code_point;
}

// A statement ends in punctuation (or a closing quote, or an emoji in a
// social post); a line that just stops is a heading or a list item. So is
// one that ends in a colon, which introduces what follows ("Results after
// 12 months:"). A closing parenthesis ends headings ("Trade fairs: what
// they really cost (and whether it pays)") but also social-post bullets
// that report a result ("• 22,000 blog visits a month (nice)"): it counts.
bool ends_like_a_statement(std::string_view text) {
  char32_t last = pop_code_point(text);
  if (last == 0xFE0F && !text.empty()) last = pop_code_point(text);  // emoji presentation selector
  switch (last) {
    case '.': case '!': case ';': case ')': case '"': case '\'':
    case 0x2026: case 0x201D: case 0x2019: case 0x00BB: case 0x3002: case 0xFF01:  // … ” ’ » 。 ！
      return true;
    default:
      // Pictographs and dingbats (U+2600-U+27BF, U+1F000 and up) close many social posts.
      return (last >= 0x2600 && last <= 0x27BF) || last >= 0x1F000;
  }
}

// Where the last `dash` with a space on each side (" - ") starts, its
// space included; npos when there is none. The dash is searched for, then
// its spaces checked: rfind(" - ") compared at every byte of the sentence,
// and searching for the space stops at every word.
std::size_t last_spaced(std::string_view text, std::string_view dash) {
  std::size_t last = std::string_view::npos;
  for (auto at = text.find(dash, 1); at != std::string_view::npos; at = text.find(dash, at + 1)) {
    if (text[at - 1] == ' ' && at + dash.size() < text.size() && text[at + dash.size()] == ' ') last = at - 1;
  }
  return last;
}

// A quoted testimonial signed on the same line ("“... doubled since
// March.” — David Marsh, MD"): the statement is the quote, so the sentence
// is judged without the signature after the last spaced dash.
std::string_view without_signature(std::string_view text) {
  for (const std::string_view dash : {"\u2014", "\u2013", "-"}) {
    const auto at = last_spaced(text, dash);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view quote = text.substr(0, at);
    const auto last = static_cast<unsigned char>(quote.back());
    // Only a closing quote or a full stop before the dash: "costs rose - a lot" keeps its tail.
    if (quote.ends_with("\u201D") || quote.ends_with("\u00BB") || quote.ends_with('"') || last == '.') return quote;
  }
  return text;
}

// A question, also when a closing quote ends it ("‘Which channel pays
// best?’").
bool quoted_question(std::string_view text) {
  for (const std::string_view quote : {"\u2019", "\u201D", "\u00BB", "\"", "'"}) {
    if (text.ends_with(quote)) {
      text.remove_suffix(quote.size());
      break;
    }
  }
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);  // French "… ? »"
  return !text.empty() && text.back() == '?';
}

}  // namespace

// Headings ("Measure what matters"), bullet fragments and questions ("Did
// it work?") name the topic without asserting anything about it.
// A short line holding a figure ("Coût : 21 000 €.", "Month 1: total
// revenue fell 14%.") is a result written tersely, not a heading: the
// figure says what the words leave out.
bool asserts_something(const DocumentView& doc, const text::Sentence& sentence, bool holds_figure,
                       const ClaimTuning& tuning) {
  int words = 0;
  for (auto t = sentence.first_token; t < sentence.end_token; ++t) {
    words += doc.seg->tokens[t].kind == text::TokenKind::word;
  }
  if (words < (holds_figure ? tuning.min_words_with_figure : tuning.min_words)) return false;
  // Sentence spans carry no trailing space (text::Segmenter trims them).
  const std::string_view text = without_signature(doc.text.substr(sentence.begin, sentence.end - sentence.begin));
  return !text.empty() && !quoted_question(text) && ends_like_a_statement(text);
}

}  // namespace vane::engine
