// Finds every lexicon phrase in a document in one pass over its tokens: a
// trie whose edges are (node, key kind, token key) in one hash table, so the
// cost per token is a couple of lookups whatever the number of entries.
//
//   PhraseMatcher m;
//   m.add({{KeyKind::stem, "spot"}, {KeyKind::stem, "televis"}}, 7);   // payload 7
//   std::vector<TokenKeys> keys = ...;   // per document token: hash of stem and of folded form
//   m.find_all(keys, matches);           // {first token, end token, payload}
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vane::lexicon {

enum class KeyKind : std::uint8_t { stem = 0, exact = 1 };

// A token as the matcher sees it: the hashes of its stem and folded form.
struct TokenKeys {
  std::uint64_t stem = 0;
  std::uint64_t exact = 0;
};

std::uint64_t hash_key(std::string_view key);

struct PhraseMatch {
  std::uint32_t first = 0;  // first token
  std::uint32_t end = 0;    // one past the last token
  std::uint32_t payload = 0;
};

class PhraseMatcher {
 public:
  PhraseMatcher();

  // Adds a phrase of one or more token keys. Several payloads may share a phrase.
  void add(const std::vector<std::pair<KeyKind, std::string>>& phrase, std::uint32_t payload);

  // Appends every match (all lengths, all payloads) to `out`, ordered by first token.
  void find_all(std::span<const TokenKeys> tokens, std::vector<PhraseMatch>& out) const;

  std::size_t phrases() const { return phrases_; }

 private:
  static std::uint64_t edge_key(std::uint32_t node, KeyKind kind, std::uint64_t token_hash);
  std::uint32_t child(std::uint32_t node, KeyKind kind, std::uint64_t token_hash) const;

  // Open addressing over pre-mixed 64-bit keys (0 marks an empty slot):
  // the edge lookup is the engine's hottest loop, and a flat table keeps it
  // to one or two cache lines where std::unordered_map chases a node.
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t node = 0;
  };
  std::uint32_t* find_slot(std::uint64_t key);
  const std::uint32_t* find_edge(std::uint64_t key) const;
  void grow();
  std::vector<Slot> slots_ = std::vector<Slot>(1024);
  // A bit per bucket of root edge keys: most tokens start no phrase, and
  // this 8 KB bitset (cache-resident) says so without probing the table,
  // which for every token of every document cost two likely cache misses.
  // It only rules edges out; a set bit still asks the table.
  static constexpr int kRootFilterLog2 = 16;
  static constexpr std::size_t kRootFilterBits = std::size_t{1} << kRootFilterLog2;
  // The key's top bits pick its filter bit (the slot index uses the low ones).
  static std::size_t root_filter_bit(std::uint64_t key) { return key >> (64 - kRootFilterLog2); }
  bool may_leave_root(std::uint64_t key) const {
    const std::size_t bit = root_filter_bit(key);
    return (root_filter_[bit / 64] >> (bit % 64)) & 1U;
  }
  std::vector<std::uint64_t> root_filter_ = std::vector<std::uint64_t>(kRootFilterBits / 64);
  std::size_t used_ = 0;
  std::vector<std::vector<std::uint32_t>> payloads_;  // per node; node 0 is the root
  std::size_t max_depth_ = 0;
  std::size_t phrases_ = 0;
};

}  // namespace vane::lexicon
