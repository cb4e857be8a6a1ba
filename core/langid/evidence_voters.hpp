// Which candidate languages list a word as evidence, as a bit mask: the
// table the language identifier asks once per scanned word (up to 250
// words a document), laid out so that a lookup costs one cache line.
//
//   vane::langid::EvidenceVoters voters({&it_words, &en_words});  // bit 0: it, bit 1: en
//   voters.voters_of("della");  // 0b01
//   voters.voters_of("zzz");    // 0
//   const auto hash = vane::hash_string(word);  // a scan: filter and prefetch first, look up later
//   if (voters.may_vote(hash)) voters.prefetch(hash);
//
// Why not FlatStringMap: its slot, its entry and the key in its arena are
// three cache misses per word that is evidence, and between documents CLD2's
// tables and the lexicons push them all out of the cache (the lookups cost
// as much as the rest of the word scan). Here a slot holds the word's first
// 8 bytes, its length and its mask's index: most evidence words are short
// stopwords ("the", "della", "het"), compared in one load; a longer word
// also compares its tail, kept apart. A bit per hash bucket (4 KB, which
// stays cached) answers most words that are no evidence without a slot.
//
// Immutable after construction; lookups may be shared between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include "util/flat_string_map.hpp"  // hash_string
#include "util/word_set.hpp"

namespace vane::langid {

class EvidenceVoters {
 public:
  EvidenceVoters() = default;
  // Bit i of a word's mask says lists[i] holds it; lists past the 64th and
  // null lists vote for nothing.
  explicit EvidenceVoters(const std::vector<const WordSet*>& lists);

  // The mask of the languages listing `word`, 0 for none.
  std::uint64_t voters_of(std::string_view word) const { return voters_of(word, hash_string(word)); }
  // The same with the word's hash_string() already computed.
  std::uint64_t voters_of(std::string_view word, std::uint64_t hash) const;

  // A scan of many words goes faster in two passes: first hash each word,
  // drop those the filter rules out and prefetch the others' slots, then
  // look them up; the cache misses of the lookups then overlap.
  bool may_vote(std::uint64_t hash) const {
    const std::size_t bit = static_cast<std::size_t>(hash >> (64 - kFilterLog2));
    return ((filter_[bit / 64] >> (bit % 64)) & 1U) != 0;
  }
  void prefetch(std::uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }

  std::size_t size() const { return words_; }

 private:
  struct Slot {
    std::uint64_t head = 0;         // the word's first 8 bytes, zero-padded
    std::uint32_t tail = 0;         // where bytes 8.. sit in tails_
    std::uint16_t length = 0;       // 0: empty slot
    std::uint16_t mask_index = 0;   // into masks_
  };

  static std::uint64_t head_of(std::string_view word);
  bool same_word(const Slot& slot, std::string_view word, std::uint64_t head) const;
  void insert(std::string_view word, std::uint64_t mask);

  static constexpr int kFilterLog2 = 15;
  std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>((std::size_t{1} << kFilterLog2) / 64);
  std::vector<Slot> slots_;
  std::vector<std::uint64_t> masks_;  // the distinct masks: a handful
  std::string tails_;
  std::size_t words_ = 0;
};

}  // namespace vane::langid
