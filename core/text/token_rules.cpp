// Hyphen joining and elision splitting: the two lang.json-driven token
// rules ICU's UAX #29 word boundaries know nothing about.
#include "text/token_rules.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/token_scanners.hpp"

namespace vane::text::detail {
namespace {

std::uint32_t u32(std::size_t value) { return static_cast<std::uint32_t>(value); }

bool is_plain_word(const Token& token) { return token.kind == TokenKind::word && token.flags == 0; }

class ElisionSplitter {
 public:
  ElisionSplitter(std::string_view folded, const std::vector<std::string>& prefixes)
      : folded_(folded), prefixes_(prefixes) {}

  // Moves `tokens` into `out`, splitting "dell'inbound" into "dell'" + "inbound".
  void run(const std::vector<Token>& tokens, std::vector<Token>& out) const {
    bool next_is_elided = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      Token token = tokens[i];
      if (next_is_elided) token.flags |= kElided;
      next_is_elided = false;
      if (token.kind != TokenKind::word || token.flags & kElided) {
        out.push_back(token);
        continue;
      }
      const std::string_view text = folded_.substr(token.fbegin, token.fend - token.fbegin);
      if (const std::size_t cut = prefix_length(text); cut > 0) {
        push_split(token, cut, out);
        continue;
      }
      // ICU breaks after the apostrophe before a digit ("all'" "8%"), at the
      // end of a text (a lexicon term that is only a prefix: "n'", "qu'")
      // and, in some versions, before letters too ("dell" "'" "inbound"):
      // rebuild the prefix from the word and the apostrophe that follows it,
      // so a document's "n'apporte" and a lexicon's "n'" give the same token.
      const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
      if (detached_prefix(token, next)) {
        token.fend += 1;
        token.flags |= kElisionPrefix;
        next_is_elided = next != nullptr && next->kind == TokenKind::word;
      }
      out.push_back(token);
    }
  }

 private:
  // Length of the longest prefix `text` starts with, when a letter follows it.
  std::size_t prefix_length(std::string_view text) const {
    // Every prefix ends in an apostrophe: most words have none to look at.
    if (text.find('\'') == std::string_view::npos) return 0;
    std::size_t best = 0;
    for (const std::string& prefix : prefixes_) {
      if (prefix.size() <= best || prefix.size() >= text.size()) continue;
      if (text.substr(0, prefix.size()) != prefix) continue;
      std::size_t pos = prefix.size();
      if (u_isalpha(next_code_point(text, pos))) best = prefix.size();
    }
    return best;
  }

  // `word` + "'" is a prefix, followed by a letter or a digit right after
  // the apostrophe, or by nothing at all (the end of the text).
  bool detached_prefix(const Token& word, const Token* next) const {
    if (word.fend >= folded_.size() || folded_[word.fend] != '\'') return false;
    const std::size_t length = word.fend + 1 - word.fbegin;
    const std::string_view with_apostrophe = folded_.substr(word.fbegin, length);
    if (std::find(prefixes_.begin(), prefixes_.end(), with_apostrophe) == prefixes_.end()) return false;
    if (next == nullptr) return word.fend + 1 == folded_.size();
    if (next->fbegin != word.fend + 1) return false;
    if (next->kind == TokenKind::number) return true;
    std::size_t pos = next->fbegin;
    return is_plain_word(*next) && u_isalpha(next_code_point(folded_, pos));
  }

  void push_split(const Token& token, std::size_t cut, std::vector<Token>& out) const {
    Token prefix = token, rest = token;
    prefix.fend = u32(token.fbegin + cut);
    prefix.flags = kElisionPrefix;
    rest.fbegin = prefix.fend;
    rest.flags = kElided;
    if (folded_.substr(rest.fbegin, rest.fend - rest.fbegin).find('-') != std::string_view::npos) {
      rest.flags |= kHyphenated;
    }
    out.push_back(prefix);
    out.push_back(rest);
  }

  std::string_view folded_;
  const std::vector<std::string>& prefixes_;
};

}  // namespace

// "e" "-" "mailcampagne" -> "e-mailcampagne": ICU breaks at every hyphen, but
// a hyphen with a word on each side and no space is one word in our lexicons.
void join_hyphenated(std::string_view folded, std::vector<Token>& tokens) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (kept > 0) {
      Token& last = tokens[kept - 1];
      const bool joined_by_hyphen = last.fend + 1 == token.fbegin && folded[last.fend] == '-';
      if (joined_by_hyphen && last.kind == TokenKind::word && token.kind == TokenKind::word) {
        last.fend = token.fend;
        last.flags |= kHyphenated;
        continue;
      }
    }
    tokens[kept++] = token;
  }
  tokens.resize(kept);
}

void split_elisions(std::string_view folded, const std::vector<std::string>& prefixes,
                    const std::vector<Token>& tokens, std::vector<Token>& out) {
  ElisionSplitter(folded, prefixes).run(tokens, out);
}

}  // namespace vane::text::detail
