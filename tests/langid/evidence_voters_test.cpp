#include "langid/evidence_voters.hpp"

#include <catch2/catch.hpp>

using vane::WordSet;
using vane::langid::EvidenceVoters;

TEST_CASE("a word's mask has a bit for each list that holds it", "[langid][voters]") {
  const WordSet it{"della", "il", "pubblicità"};
  const WordSet fr{"de", "la", "référencement"};
  const WordSet both_it_fr{"la"};
  const EvidenceVoters voters({&it, &fr, nullptr, &both_it_fr});
  CHECK(voters.voters_of("della") == 0b0001);
  CHECK(voters.voters_of("référencement") == 0b0010);
  CHECK(voters.voters_of("la") == 0b1010);
  CHECK(voters.voters_of("pubblicità") == 0b0001);
  CHECK(voters.size() == 6);  // "la" once
}

TEST_CASE("only whole words vote: prefixes, extensions and case differ", "[langid][voters]") {
  // Words of 8 bytes and less are compared in one load, longer ones by their tail too.
  const WordSet en{"the", "marketing", "advertisements", "abcdefgh"};
  const EvidenceVoters voters({&en});
  CHECK(voters.voters_of("the") == 1);
  CHECK(voters.voters_of("th") == 0);
  CHECK(voters.voters_of("then") == 0);
  CHECK(voters.voters_of("The") == 0);
  CHECK(voters.voters_of("abcdefgh") == 1);
  CHECK(voters.voters_of("abcdefghi") == 0);
  CHECK(voters.voters_of("abcdefg") == 0);
  CHECK(voters.voters_of("marketing") == 1);
  CHECK(voters.voters_of("marketinx") == 0);
  CHECK(voters.voters_of("advertisements") == 1);
  CHECK(voters.voters_of("advertisementz") == 0);
  CHECK(voters.voters_of("advertisement") == 0);
  CHECK(voters.voters_of("") == 0);
}

TEST_CASE("many words: every one is found, with the prefetching lookup too", "[langid][voters]") {
  WordSet a, b;
  for (int i = 0; i < 5000; ++i) {
    const std::string word = "w" + std::to_string(i * 7919);
    (i % 3 == 0 ? b : a).insert(word);
    if (i % 5 == 0) b.insert(word);
  }
  const EvidenceVoters voters({&a, &b});
  CHECK(voters.size() == 5000);
  for (int i = 0; i < 5000; ++i) {
    const std::string word = "w" + std::to_string(i * 7919);
    const std::uint64_t expected = (a.count(word) ? 1U : 0U) | (b.count(word) ? 2U : 0U);
    const std::uint64_t hash = vane::hash_string(word);
    REQUIRE(voters.may_vote(hash));
    voters.prefetch(hash);
    REQUIRE(voters.voters_of(word, hash) == expected);
    REQUIRE(voters.voters_of(word + "x") == 0);
  }
}

TEST_CASE("no lists: nothing votes", "[langid][voters]") {
  const EvidenceVoters empty;
  CHECK(empty.voters_of("la") == 0);
  const EvidenceVoters none({nullptr});
  CHECK(none.voters_of("la") == 0);
  CHECK(none.size() == 0);
}
