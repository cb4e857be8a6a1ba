// Tokens and sentences of one document. Offsets are bytes, both into the
// original text (for spans) and into the folded view (for matching).
#pragma once

#include <cstdint>
#include <vector>

namespace vane::text {

enum class TokenKind : std::uint8_t {
  word,     // letters, possibly hyphen-joined ("e-mailcampagne", "pop-up")
  number,   // digits with internal separators ("1.500,50", "30")
  url,      // "https://x.it/a?b", "www.example.com"
  email,    // "info@example.com"
  hashtag,  // "#inboundmarketing"
  mention,  // "@vane_team"
  symbol,   // a single non-space character that is no word: "%", "€", "$", "+"
};

enum TokenFlags : std::uint8_t {
  kElisionPrefix = 1 << 0,  // "l'" split off "l'outbound"
  kElided = 1 << 1,         // "outbound" after its elision prefix
  kHyphenated = 1 << 2,     // contains '-' joining parts
};

struct Token {
  std::uint32_t begin = 0, end = 0;    // original bytes
  std::uint32_t fbegin = 0, fend = 0;  // folded bytes
  std::uint32_t sentence = 0;          // index into Segmentation::sentences
  TokenKind kind = TokenKind::word;
  std::uint8_t flags = 0;
};

struct Sentence {
  std::uint32_t begin = 0, end = 0;                 // original bytes, trailing space trimmed
  std::uint32_t first_token = 0, end_token = 0;     // [first_token, end_token) into tokens
};

struct Segmentation {
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  void clear() {
    sentences.clear();
    tokens.clear();
  }
};

}  // namespace vane::text
