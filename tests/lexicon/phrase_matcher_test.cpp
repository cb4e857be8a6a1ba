// The trie matcher (with its root filter) against the obvious quadratic
// matcher: every phrase tried at every token.
#include "lexicon/phrase_matcher.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace {

using vane::lexicon::hash_key;
using vane::lexicon::KeyKind;
using vane::lexicon::PhraseMatch;
using vane::lexicon::PhraseMatcher;
using vane::lexicon::TokenKeys;

using Phrase = std::vector<std::pair<KeyKind, std::string>>;
using MatchSet = std::set<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>>;

struct Token {
  std::string stem, folded;
};

std::vector<TokenKeys> keys_of(const std::vector<Token>& tokens) {
  std::vector<TokenKeys> keys;
  for (const auto& t : tokens) keys.push_back({hash_key(t.stem), hash_key(t.folded)});
  return keys;
}

MatchSet trie_matches(const PhraseMatcher& matcher, const std::vector<Token>& tokens) {
  std::vector<PhraseMatch> out;
  matcher.find_all(keys_of(tokens), out);
  MatchSet set;
  for (const auto& m : out) CHECK(set.emplace(m.first, m.end, m.payload).second);  // no duplicates
  CHECK(std::is_sorted(out.begin(), out.end(),
                       [](const PhraseMatch& a, const PhraseMatch& b) { return a.first < b.first; }));
  return set;
}

MatchSet naive_matches(const std::vector<std::pair<Phrase, std::uint32_t>>& phrases, const std::vector<Token>& tokens) {
  MatchSet set;
  for (std::size_t start = 0; start < tokens.size(); ++start) {
    for (const auto& [phrase, payload] : phrases) {
      if (phrase.empty() || start + phrase.size() > tokens.size()) continue;
      bool all = true;
      for (std::size_t j = 0; j < phrase.size() && all; ++j) {
        const Token& t = tokens[start + j];
        all = (phrase[j].first == KeyKind::stem ? t.stem : t.folded) == phrase[j].second;
      }
      if (all) set.emplace(start, start + phrase.size(), payload);
    }
  }
  return set;
}

}  // namespace

TEST_CASE("PhraseMatcher finds stem and exact phrases of every length", "[lexicon][phrase_matcher]") {
  PhraseMatcher m;
  m.add({{KeyKind::stem, "spot"}, {KeyKind::stem, "televis"}}, 7);
  m.add({{KeyKind::stem, "spot"}}, 8);
  m.add({{KeyKind::exact, "SEO"}}, 9);
  m.add({{KeyKind::exact, "SEO"}}, 10);  // a second payload on the same phrase
  m.add({{KeyKind::stem, "spot"}}, 8);   // the same pair again: kept once
  CHECK(m.phrases() == 4);
  const std::vector<Token> doc = {{"i", "i"}, {"spot", "spots"}, {"televis", "televisivi"}, {"seo", "SEO"},
                                  {"spot", "spot"}};
  const MatchSet expected = {{1, 2, 8}, {1, 3, 7}, {3, 4, 9}, {3, 4, 10}, {4, 5, 8}};
  CHECK(trie_matches(m, doc) == expected);
  CHECK(trie_matches(m, {}).empty());
  CHECK(trie_matches(m, {{"televis", "televisivo"}}).empty());  // a phrase's second word alone
}

TEST_CASE("PhraseMatcher keeps every payload of a phrase, in order, once", "[lexicon][phrase_matcher]") {
  PhraseMatcher m;
  for (std::uint32_t payload : {5u, 3u, 5u, 9u, 1u, 3u, 7u}) m.add({{KeyKind::exact, "seo"}}, payload);
  std::vector<PhraseMatch> out;
  m.find_all(keys_of({{"x", "seo"}}), out);
  std::vector<std::uint32_t> payloads;
  for (const auto& match : out) payloads.push_back(match.payload);
  CHECK(payloads == std::vector<std::uint32_t>{5, 3, 9, 1, 7});
  CHECK(m.phrases() == 5);
}

TEST_CASE("PhraseMatcher agrees with the naive matcher on random lexicons", "[lexicon][phrase_matcher]") {
  // A small vocabulary so phrases overlap, share prefixes and mix key kinds;
  // enough phrases (1500) that the table grows and many root bits are set.
  std::mt19937 rng(2024);
  const auto word = [&] { return std::string(1, static_cast<char>('a' + rng() % 12)) + std::to_string(rng() % 40); };
  std::vector<std::pair<Phrase, std::uint32_t>> phrases;
  PhraseMatcher matcher;
  for (std::uint32_t p = 0; p < 1500; ++p) {
    Phrase phrase(1 + rng() % 4);
    for (auto& [kind, key] : phrase) {
      kind = rng() % 3 == 0 ? KeyKind::exact : KeyKind::stem;
      key = word();
    }
    phrases.emplace_back(phrase, p);
    matcher.add(phrase, p);
  }
  for (int doc = 0; doc < 200; ++doc) {
    std::vector<Token> tokens(rng() % 60);
    for (auto& t : tokens) {
      t.stem = word();
      t.folded = rng() % 2 == 0 ? t.stem : word();
    }
    CHECK(trie_matches(matcher, tokens) == naive_matches(phrases, tokens));
  }
}
