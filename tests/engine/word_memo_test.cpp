// WordMemo must answer exactly what computing each token afresh answers:
// the matcher keys of stems and folded forms, and the compound parts of
// word tokens, whether a word is new, repeated, or seen again after trim().
#include "engine/word_memo.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "engine/compound_parts.hpp"

namespace {

using vane::engine::WordMemo;
using vane::lexicon::hash_key;
using vane::lexicon::TokenKeys;
using vane::text::TokenKind;

vane::text::Stemmer dutch() {
  auto made = vane::text::Stemmer::create("dutch");
  REQUIRE(made.has_value());
  return std::move(made).value();
}

// A Dutch-like lexicon with one head ("radio", entry 0), one tail ("spot",
// by its stem, entry 1) and the linker "s".
std::shared_ptr<const vane::lexicon::AnalysisLexicon> compound_lexicon() {
  auto lex = std::make_shared<vane::lexicon::AnalysisLexicon>();
  lex->entries.resize(2);
  lex->compounds.heads["radio"] = {0};
  lex->compounds.tails[std::string(dutch().stem("spots"))] = {1};
  lex->compounds.linkers = {"s"};
  lex->compounds.longest_head = 5;
  lex->compounds.longest_tail = 4;
  return lex;
}

// Tokens over `folded` from (begin, end, kind) triples.
vane::text::Segmentation tokens(std::initializer_list<std::tuple<std::uint32_t, std::uint32_t, TokenKind>> spans) {
  vane::text::Segmentation seg;
  for (const auto& [b, e, kind] : spans) {
    vane::text::Token t;
    t.fbegin = b;
    t.fend = e;
    t.kind = kind;
    seg.tokens.push_back(t);
  }
  return seg;
}

bool same(const TokenKeys& a, const TokenKeys& b) { return a.stem == b.stem && a.exact == b.exact; }

}  // namespace

TEST_CASE("WordMemo keys words by stem and form, hashtags by their word, others by form", "[engine][word_memo]") {
  //                            0123456789012345678901234
  const std::string folded = "klant #klanten 30 klanten";
  const auto seg = tokens({{0, 5, TokenKind::word}, {6, 14, TokenKind::hashtag}, {15, 17, TokenKind::number},
                           {18, 25, TokenKind::word}});
  const auto lexicon = compound_lexicon();
  WordMemo memo(lexicon, dutch());
  vane::engine::TokenDescriptions words;
  memo.describe(seg, folded, words);
  const auto& keys = words.keys;
  const auto& parts = words.parts;
  auto stemmer = dutch();
  REQUIRE(keys.size() == 4);
  CHECK(same(keys[0], {hash_key(stemmer.stem("klant")), hash_key("klant")}));
  CHECK(same(keys[1], {hash_key(stemmer.stem("klanten")), hash_key("klanten")}));
  CHECK(same(keys[2], {hash_key("30"), hash_key("30")}));
  CHECK(same(keys[3], keys[1]));  // the hashtag's word, seen again as a word
  CHECK(keys[0].stem == keys[3].stem);  // "klant" and "klanten" share a stem
  CHECK(keys[0].exact != keys[3].exact);
  CHECK(parts.empty());
  REQUIRE(words.first_steps.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    const auto expected = lexicon->matcher.first_step(keys[i]);
    CHECK(words.first_steps[i].stem == expected.stem);
    CHECK(words.first_steps[i].exact == expected.exact);
  }
}

TEST_CASE("WordMemo's first steps lead where the matcher's own walk does", "[engine][word_memo]") {
  auto lex = std::make_shared<vane::lexicon::AnalysisLexicon>();
  lex->matcher.add({{vane::lexicon::KeyKind::stem, std::string(dutch().stem("klanten"))}}, 0);
  lex->matcher.add({{vane::lexicon::KeyKind::exact, "tv"}, {vane::lexicon::KeyKind::stem, "spot"}}, 1);
  //                            0123456789012345678
  const std::string folded = "tv spot klant 30 tv";
  const auto seg = tokens({{0, 2, TokenKind::word}, {3, 7, TokenKind::word}, {8, 13, TokenKind::word},
                           {14, 16, TokenKind::number}, {17, 19, TokenKind::word}});
  WordMemo memo(lex, dutch());
  vane::engine::TokenDescriptions words;
  for (int round = 0; round < 2; ++round) {  // new words, then repeats
    memo.describe(seg, folded, words);
    std::vector<vane::lexicon::PhraseMatch> with_steps, without;
    lex->matcher.find_all(words.keys, words.first_steps, with_steps);
    lex->matcher.find_all(words.keys, without);
    REQUIRE(with_steps.size() == 2);  // "tv spot" (payload 1) and "klant" (payload 0)
    REQUIRE(without.size() == with_steps.size());
    for (std::size_t i = 0; i < without.size(); ++i) {
      CHECK(with_steps[i].first == without[i].first);
      CHECK(with_steps[i].end == without[i].end);
      CHECK(with_steps[i].payload == without[i].payload);
    }
    CHECK(words.first_steps[3].stem == vane::lexicon::kNoNode);  // "30" starts nothing
    CHECK(words.first_steps[4].exact == words.first_steps[0].exact);  // "tv" again
  }
}

TEST_CASE("WordMemo gives word tokens their compound parts, in token order, every time", "[engine][word_memo]") {
  //                            0         1         2         3
  //                            0123456789012345678901234567890123456
  const std::string folded = "radiospots #radiospots radiosspots tv";
  const auto seg = tokens({{0, 10, TokenKind::word}, {11, 22, TokenKind::hashtag}, {23, 34, TokenKind::word},
                           {35, 37, TokenKind::word}});
  const auto lexicon = compound_lexicon();
  WordMemo memo(lexicon, dutch());
  vane::engine::TokenDescriptions words;
  std::vector<TokenKeys> first_keys;

  // What find_compound_parts says for each word on its own, without a memo.
  auto stemmer = dutch();
  std::vector<std::uint16_t> buffer;
  std::vector<std::uint32_t> radiospots, radiosspots, tv;
  vane::engine::find_compound_parts("radiospots", lexicon->compounds, stemmer, buffer, radiospots);
  vane::engine::find_compound_parts("radiosspots", lexicon->compounds, stemmer, buffer, radiosspots);
  vane::engine::find_compound_parts("tv", lexicon->compounds, stemmer, buffer, tv);
  CHECK(radiospots == std::vector<std::uint32_t>{0, 1});   // head "radio", tail "spots"
  CHECK(radiosspots == std::vector<std::uint32_t>{0, 1});  // head through the linker "s"
  CHECK(tv.empty());                                       // too short to hold parts

  // New words, repeats (second document) and words after trim() all agree.
  for (int round = 0; round < 3; ++round) {
    memo.describe(seg, folded, words);
    const auto& keys = words.keys;
    const auto& parts = words.parts;
    REQUIRE(parts.size() == 4);  // the hashtag gets none
    CHECK((parts[0].token == 0 && parts[0].entry == 0));
    CHECK((parts[1].token == 0 && parts[1].entry == 1));
    CHECK((parts[2].token == 2 && parts[2].entry == 0));
    CHECK((parts[3].token == 2 && parts[3].entry == 1));
    if (round == 0) first_keys = keys;
    REQUIRE(keys.size() == first_keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) CHECK(same(keys[i], first_keys[i]));
    memo.trim();
  }
}
