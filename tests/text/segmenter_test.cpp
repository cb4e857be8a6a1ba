#include "text/segmenter.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "text/utf8.hpp"

using vane::text::NormalizedText;
using vane::text::Segmentation;
using vane::text::Segmenter;
using vane::text::TokenizerRules;
using vane::text::TokenKind;

namespace {

const TokenizerRules kItalian{{"l'", "dell'", "all'", "un'", "nell'", "sull'", "d'", "c'"}, "it"};
const TokenizerRules kFrench{{"l'", "d'", "qu'", "jusqu'", "j'", "n'", "s'", "c'"}, "fr"};
const TokenizerRules kDutch{{}, "nl"};
const TokenizerRules kEnglish{{}, "en"};

std::string kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::word: return "word";
    case TokenKind::number: return "number";
    case TokenKind::url: return "url";
    case TokenKind::email: return "email";
    case TokenKind::hashtag: return "hashtag";
    case TokenKind::mention: return "mention";
    case TokenKind::symbol: return "symbol";
  }
  return "?";
}

struct Segmented {
  std::string original;
  NormalizedText norm;
  Segmentation seg;
};

Segmented segment(std::string original, const TokenizerRules& rules) {
  static Segmenter segmenter;  // shared, like a worker's: also exercises the locale cache
  Segmented result{std::move(original), {}, {}};
  vane::text::normalize_for_matching(result.original, result.norm);
  segmenter.segment(result.original, result.norm, rules, result.seg);
  return result;
}

// "Dell’ word+prefix": each token's original text, kind and flags.
std::vector<std::string> described_tokens(const std::string& original, const TokenizerRules& rules) {
  const Segmented s = segment(original, rules);
  std::vector<std::string> out;
  for (const auto& token : s.seg.tokens) {
    std::string line = s.original.substr(token.begin, token.end - token.begin) + " " +
                       kind_name(token.kind);
    if (token.flags & vane::text::kElisionPrefix) line += "+prefix";
    if (token.flags & vane::text::kElided) line += "+elided";
    if (token.flags & vane::text::kHyphenated) line += "+hyphenated";
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> token_texts(const Segmented& s) {
  std::vector<std::string> out;
  for (const auto& token : s.seg.tokens) out.push_back(s.original.substr(token.begin, token.end - token.begin));
  return out;
}

std::vector<std::string> sentence_texts(const Segmented& s) {
  std::vector<std::string> out;
  for (const auto& sentence : s.seg.sentences) {
    out.push_back(s.original.substr(sentence.begin, sentence.end - sentence.begin));
  }
  return out;
}

std::size_t naive_code_points(std::string_view text, std::size_t byte_end) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < byte_end; ++i) count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return count;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("Italian elision", "[text][segmenter]") {
  CHECK(described_tokens("Dell’inbound e l'outbound, all'email e un’azienda.", kItalian) ==
        Lines{"Dell’ word+prefix", "inbound word+elided", "e word", "l' word+prefix",
              "outbound word+elided", "all' word+prefix", "email word+elided", "e word",
              "un’ word+prefix", "azienda word+elided"});
  // The elided part keeps its hyphen: "all'e-mail" -> "all'" + "e-mail".
  CHECK(described_tokens("all’e-mail", kItalian) ==
        Lines{"all’ word+prefix", "e-mail word+elided+hyphenated"});
  // Where ICU itself breaks at the apostrophe (before an ideograph or a
  // digit; some ICU versions for Latin too), the prefix is rebuilt across
  // the break; so is a prefix that ends the text, as a lexicon term "all'"
  // does. A number after a prefix is not flagged elided, and a prefix
  // followed by a space is a word and a quote.
  CHECK(described_tokens("l'中文", kItalian) == Lines{"l' word+prefix", "中文 word+elided"});
  CHECK(described_tokens("dall'8% all'", kItalian) ==
        Lines{"dall word", "8 number", "% symbol", "all' word+prefix"});
  CHECK(described_tokens("all'8% l' 80", kItalian) ==
        Lines{"all' word+prefix", "8 number", "% symbol", "l word", "80 number"});
}

TEST_CASE("French elision", "[text][segmenter]") {
  CHECK(described_tokens("L’inbound, d’attraction, qu’il, jusqu’à aujourd’hui.", kFrench) ==
        Lines{"L’ word+prefix", "inbound word+elided", "d’ word+prefix", "attraction word+elided",
              "qu’ word+prefix", "il word+elided", "jusqu’ word+prefix", "à word+elided",
              "aujourd’hui word"});
  // "jusqu'" is a prefix only when the rules say so; "qu'" inside a word is not.
  const TokenizerRules without_jusqu{{"l'", "d'", "qu'"}, "fr"};
  CHECK(described_tokens("jusqu’à", without_jusqu) == Lines{"jusqu’à word"});
}

TEST_CASE("Dutch compounds stay whole", "[text][segmenter]") {
  CHECK(described_tokens("De e-mailcampagne, de tv-reclame en radiospots.", kDutch) ==
        Lines{"De word", "e-mailcampagne word+hyphenated", "de word",
              "tv-reclame word+hyphenated", "en word", "radiospots word"});
}

TEST_CASE("English hyphens and contractions", "[text][segmenter]") {
  CHECK(described_tokens("A pop-up and word-of-mouth, don't.", kEnglish) ==
        Lines{"A word", "pop-up word+hyphenated", "and word", "word-of-mouth word+hyphenated",
              "don't word"});
  // U+2010 and U+2011 join like '-'; the span keeps the original character.
  CHECK(described_tokens("pop‐up e‑mail", kEnglish) ==
        Lines{"pop‐up word+hyphenated", "e‑mail word+hyphenated"});
  // Spaced, doubled or dangling hyphens and dashes do not join.
  CHECK(described_tokens("pop - up pop--up pop- up pop–up", kEnglish) ==
        Lines{"pop word", "up word", "pop word", "up word", "pop word", "up word", "pop word",
              "up word"});
}

TEST_CASE("URLs, e-mail addresses, hashtags and mentions are single tokens", "[text][segmenter]") {
  CHECK(described_tokens("Visit https://vane.example/a?b=1&c=2, www.Vane.it. Or http://x.it/p_(q).",
                         kEnglish) ==
        Lines{"Visit word", "https://vane.example/a?b=1&c=2 url", "www.Vane.it url", "Or word",
              "http://x.it/p_(q) url"});
  CHECK(described_tokens("(see www.x.it) \"www.y.com\" www.z.it/… https://a.it/b/?", kEnglish) ==
        Lines{"see word", "www.x.it url", "www.y.com url", "www.z.it/ url", "https://a.it/b/ url"});
  CHECK(described_tokens("Mail Info@Vane.example, or mario.rossi+news@posta.it.", kItalian) ==
        Lines{"Mail word", "Info@Vane.example email", "or word", "mario.rossi+news@posta.it email"});
  CHECK(described_tokens("Follow @vane_team and @a.b #InboundMarketing #seo2024!", kEnglish) ==
        Lines{"Follow word", "@vane_team mention", "and word", "@a.b mention",
              "#InboundMarketing hashtag", "#seo2024 hashtag"});
  // "#1" is a rank, "C#" no tag, a lone '@' a symbol.
  CHECK(described_tokens("#1 C# @ x", kEnglish) ==
        Lines{"# symbol", "1 number", "C word", "# symbol", "@ symbol", "x word"});
  // A URL with '?' does not end a sentence.
  const Segmented s = segment("Vai su https://x.it/a?b e compra. Poi basta.", kItalian);
  CHECK(sentence_texts(s) == Lines{"Vai su https://x.it/a?b e compra.", "Poi basta."});
}

TEST_CASE("numbers, currencies and percentages", "[text][segmenter]") {
  CHECK(described_tokens("€ 1.500,50", kItalian) == Lines{"€ symbol", "1.500,50 number"});
  CHECK(described_tokens("1\u202F500,50 €", kFrench) == Lines{"1\u202F500,50 number", "€ symbol"});
  CHECK(described_tokens("$1,500.50", kEnglish) == Lines{"$ symbol", "1,500.50 number"});
  CHECK(described_tokens("30\u00A0%", kItalian) == Lines{"30 number", "% symbol"});
  CHECK(described_tokens("3x", kEnglish) == Lines{"3 number", "x word"});
  CHECK(described_tokens("£20 + 5 = 25", kEnglish) ==
        Lines{"£ symbol", "20 number", "+ symbol", "5 number", "= symbol", "25 number"});
  // Grouping spaces need groups of three; a plain space never groups.
  CHECK(described_tokens("1\u00A0500\u00A0000 12\u00A01234 2023 500", kItalian) ==
        Lines{"1\u00A0500\u00A0000 number", "12 number", "1234 number", "2023 number", "500 number"});
  CHECK(described_tokens("mp3 b2b 2023-2024", kEnglish) ==
        Lines{"mp3 word", "b2b word", "2023 number", "2024 number"});
}

TEST_CASE("punctuation and whitespace produce no tokens", "[text][segmenter]") {
  CHECK(described_tokens("«Ciao!» (sì); \"no\"... — ok?", kItalian) ==
        Lines{"Ciao word", "sì word", "no word", "ok word"});
  for (const char* blank : {"", " ", "\n\t  \r\n", "\u00A0\u202F"}) {
    const Segmented s = segment(blank, kItalian);
    CHECK(s.seg.tokens.empty());
    CHECK(s.seg.sentences.empty());
  }
}

TEST_CASE("sentences", "[text][segmenter]") {
  SECTION("abbreviations do not end a sentence") {
    const Segmented it = segment("Il Sig. Rossi è arrivato. Poi è andato via! Davvero?", kItalian);
    CHECK(sentence_texts(it) == Lines{"Il Sig. Rossi è arrivato.", "Poi è andato via!", "Davvero?"});
    const Segmented en = segment("Mr. Smith went to Washington. He left.", kEnglish);
    CHECK(sentence_texts(en) == Lines{"Mr. Smith went to Washington.", "He left."});
  }
  SECTION("spans are trimmed and tokens assigned") {
    const Segmented s = segment("  Hello world.   \n\nSecond one!\n", kEnglish);
    REQUIRE(sentence_texts(s) == Lines{"Hello world.", "Second one!"});
    REQUIRE(s.seg.tokens.size() == 4u);
    CHECK(s.seg.tokens[1].sentence == 0u);
    CHECK(s.seg.tokens[2].sentence == 1u);
    CHECK(s.seg.sentences[0].first_token == 0u);
    CHECK(s.seg.sentences[0].end_token == 2u);
    CHECK(s.seg.sentences[1].first_token == 2u);
    CHECK(s.seg.sentences[1].end_token == 4u);
  }
  SECTION("a sentence without tokens has an empty token range") {
    const Segmented s = segment("Ok.\n!!!\nOk.", kEnglish);  // line ends are paragraph breaks
    REQUIRE(s.seg.sentences.size() == 3u);
    CHECK(s.seg.sentences[1].first_token == s.seg.sentences[1].end_token);
  }
  SECTION("case matters: ICU reads the original, not the folded view") {
    // A lower-case word after a full stop continues the sentence (UAX #29
    // SB8); in the folded view every sentence would look like that.
    const Segmented s = segment("We met at 5 p.m. the board agreed. Then it ended.", kEnglish);
    CHECK(sentence_texts(s) == Lines{"We met at 5 p.m. the board agreed.", "Then it ended."});
  }
}

TEST_CASE("offsets round-trip on accented, emoji, combining and mixed-script text",
          "[text][segmenter]") {
  // Decomposed "é" (e + U+0301), 4-byte emoji, Greek, CJK, Hebrew, Arabic.
  const std::string original =
      "Perché l’Offerta 😀 è Cafe\u0301 DELL’E\u0301TÉ: 👩‍💻 Ελληνικά 中文 עברית مرحبا 3€.";
  const Segmented s = segment(original, kItalian);
  CHECK(token_texts(s) == Lines{"Perché", "l’", "Offerta", "😀", "è", "Cafe\u0301", "DELL’",
                                "E\u0301TÉ", "👩‍💻", "Ελληνικά", "中文", "עברית", "مرحبا", "3", "€"});
  const vane::text::CodePointIndex index(original);
  for (const auto& token : s.seg.tokens) {
    CHECK(index.to_code_points(token.begin) == naive_code_points(original, token.begin));
    CHECK(index.to_code_points(token.end) == naive_code_points(original, token.end));
    // The folded span of a token is the folding of its original span.
    NormalizedText alone;
    vane::text::normalize_for_matching(original.substr(token.begin, token.end - token.begin), alone);
    CHECK(alone.folded == s.norm.folded.substr(token.fbegin, token.fend - token.fbegin));
  }
  CHECK(s.norm.folded.substr(s.seg.tokens[5].fbegin, s.seg.tokens[5].fend - s.seg.tokens[5].fbegin) ==
        "café");
}

TEST_CASE("property: random tricky strings give well-formed spans", "[text][segmenter][property]") {
  const std::vector<std::string> pool = {
      "a", "b", "Z", "L", "e", "E", " ", " ", "\n", "é", "É", "\u0301", "\u0323", "ß", "İ", "ŉ",
      "ﬁ", "😀", "\u200D", "🇮", "🇹", "’", "'", "-", "‐", "‑", "–", "\u00A0", "\u202F",
      "\u2009", "0", "1", "5", ".", ",", "!", "?", "(", ")", "\"", "«", "»", "%", "€", "$", "+",
      "@", "#", "/", ":", "_", "中", "文", "テ", "Ω", "http://", "www.", "l'", "dell’"};
  std::mt19937 rng(99);
  for (int round = 0; round < 2000; ++round) {
    std::string original;
    const int length = static_cast<int>(rng() % 40);
    for (int k = 0; k < length; ++k) original += pool[rng() % pool.size()];
    INFO("input: " << original);
    const Segmented s = segment(original, kItalian);
    const auto& tokens = s.seg.tokens;
    const auto& sentences = s.seg.sentences;
    const auto on_boundary = [&](std::size_t at) {
      return at == original.size() || (static_cast<unsigned char>(original[at]) & 0xC0) != 0x80;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const auto& token = tokens[i];
      REQUIRE(token.begin < token.end);  // non-empty original text
      REQUIRE(token.end <= original.size());
      REQUIRE(on_boundary(token.begin));
      REQUIRE(on_boundary(token.end));
      REQUIRE(token.fbegin < token.fend);
      REQUIRE(token.fend <= s.norm.folded.size());
      REQUIRE(token.sentence < sentences.size());
      REQUIRE(sentences[token.sentence].begin <= token.begin);
      if (i > 0) {
        REQUIRE(tokens[i - 1].end <= token.begin);  // ordered, non-overlapping
        REQUIRE(tokens[i - 1].fend <= token.fbegin);
        REQUIRE(tokens[i - 1].sentence <= token.sentence);
      }
    }
    std::uint32_t next_token = 0;
    for (std::size_t k = 0; k < sentences.size(); ++k) {
      REQUIRE(sentences[k].begin < sentences[k].end);
      REQUIRE(sentences[k].end <= original.size());
      if (k > 0) REQUIRE(sentences[k - 1].end <= sentences[k].begin);
      REQUIRE(sentences[k].first_token == next_token);
      REQUIRE(sentences[k].first_token <= sentences[k].end_token);
      next_token = sentences[k].end_token;
    }
    REQUIRE(next_token == tokens.size());
    for (std::size_t i = 1; i < s.norm.folded.size(); ++i) {
      REQUIRE(s.norm.origin_begin[i - 1] <= s.norm.origin_begin[i]);
      REQUIRE(s.norm.origin_end[i - 1] <= s.norm.origin_end[i]);
    }
  }
}
