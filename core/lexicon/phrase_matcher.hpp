// Finds every lexicon phrase in a document in one pass over its tokens: a
// trie whose edges are (node, key kind, token key) in one hash table, so the
// cost per token is a couple of lookups whatever the number of entries.
//
//   PhraseMatcher m;
//   m.add({{KeyKind::stem, "spot"}, {KeyKind::stem, "televis"}}, 7);   // payload 7
//   std::vector<TokenKeys> keys = ...;   // per document token: hash of stem and of folded form
//   m.find_all(keys, matches);           // {first token, end token, payload}
//
// A token's first step from the root depends only on its keys, so a caller
// that sees the same words again and again (engine/WordMemo) can compute it
// once per word with first_step() and pass the steps to find_all.
#pragma once

#include <array>
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

// Where a token's keys lead from the root of the trie (kNoNode: nowhere).
inline constexpr std::uint32_t kNoNode = UINT32_MAX;
struct FirstStep {
  std::uint32_t stem = kNoNode;
  std::uint32_t exact = kNoNode;
};

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
  // The same, with first[i] == first_step(tokens[i]) already known.
  void find_all(std::span<const TokenKeys> tokens, std::span<const FirstStep> first,
                std::vector<PhraseMatch>& out) const;

  FirstStep first_step(const TokenKeys& token) const;

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
  // A bit per bucket of edge keys: almost every probe of the walk finds no
  // edge, and this 32 KB bitset (cache-resident, where the table is not)
  // says so without probing the table. It only rules edges out; a set bit
  // still asks the table.
  static constexpr int kEdgeFilterLog2 = 18;
  // The key's top bits pick its filter bit (the slot index uses the low ones).
  static std::size_t edge_filter_bit(std::uint64_t key) { return key >> (64 - kEdgeFilterLog2); }
  bool may_have_edge(std::uint64_t key) const {
    const std::size_t bit = edge_filter_bit(key);
    return (edge_filter_[bit / 64] >> (bit % 64)) & 1U;
  }
  std::vector<std::uint64_t> edge_filter_ = std::vector<std::uint64_t>((std::size_t{1} << kEdgeFilterLog2) / 64);
  std::size_t used_ = 0;
  // A node holds up to two payloads itself (almost all do), so a match
  // costs one cache line, where a vector per node cost two misses.
  struct Node {
    std::uint32_t count = 0;                          // payloads
    std::array<std::uint32_t, 2> inline_payloads{};   // while count <= 2
    std::uint32_t overflow = 0;                       // index into overflow_ once count > 2
    // Most entries are one word: their nodes are leaves, and the walk need
    // not probe the table for children that cannot exist.
    bool has_children = false;
  };
  std::span<const std::uint32_t> payloads(const Node& node) const;
  void add_payload(Node& node, std::uint32_t payload);
  std::vector<Node> nodes_;  // node 0 is the root
  std::vector<std::vector<std::uint32_t>> overflow_;  // all payloads of nodes with more than two
  std::size_t max_depth_ = 0;
  std::size_t phrases_ = 0;
};

}  // namespace vane::lexicon
