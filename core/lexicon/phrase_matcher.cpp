#include "lexicon/phrase_matcher.hpp"

#include <array>

namespace vane::lexicon {
namespace {

// splitmix64 finaliser: spreads (node, kind, hash) over the table.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

constexpr std::uint32_t kNone = kNoNode;

}  // namespace

std::uint64_t hash_key(std::string_view key) {
  // FNV-1a: stable across runs and platforms, fast on short keys.
  std::uint64_t h = 0xCBF29CE484222325ULL;
  for (unsigned char c : key) {
    h ^= c;
    h *= 0x100000001B3ULL;
  }
  return h;
}

PhraseMatcher::PhraseMatcher() { nodes_.emplace_back(); }

std::uint64_t PhraseMatcher::edge_key(std::uint32_t node, KeyKind kind, std::uint64_t token_hash) {
  const std::uint64_t key = mix(token_hash ^ mix((static_cast<std::uint64_t>(node) << 1) | static_cast<std::uint64_t>(kind)));
  return key == 0 ? 1 : key;  // 0 marks an empty slot
}

const std::uint32_t* PhraseMatcher::find_edge(std::uint64_t key) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = key & mask;; i = (i + 1) & mask) {
    if (slots_[i].key == key) return &slots_[i].node;
    if (slots_[i].key == 0) return nullptr;
  }
}

// The slot holding `key`, claimed (with node kNone) if absent.
std::uint32_t* PhraseMatcher::find_slot(std::uint64_t key) {
  if ((used_ + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = key & mask;; i = (i + 1) & mask) {
    if (slots_[i].key == key) return &slots_[i].node;
    if (slots_[i].key == 0) {
      slots_[i] = {key, kNone};
      ++used_;
      return &slots_[i].node;
    }
  }
}

void PhraseMatcher::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const auto& slot : old) {
    if (slot.key == 0) continue;
    std::size_t i = slot.key & mask;
    while (slots_[i].key != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

std::uint32_t PhraseMatcher::child(std::uint32_t node, KeyKind kind, std::uint64_t token_hash) const {
  const std::uint64_t key = edge_key(node, kind, token_hash);
  if (!may_have_edge(key)) return kNone;
  const std::uint32_t* found = find_edge(key);
  return found == nullptr ? kNone : *found;
}

void PhraseMatcher::add(const std::vector<std::pair<KeyKind, std::string>>& phrase, std::uint32_t payload) {
  if (phrase.empty()) return;
  std::uint32_t node = 0;
  for (const auto& [kind, key] : phrase) {
    const std::uint64_t edge = edge_key(node, kind, hash_key(key));
    const std::size_t bit = edge_filter_bit(edge);
    edge_filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    std::uint32_t* slot = find_slot(edge);
    if (*slot == kNone) {
      *slot = static_cast<std::uint32_t>(nodes_.size());
      nodes_.emplace_back();
      nodes_[node].has_children = true;
    }
    node = *slot;
  }
  for (std::uint32_t p : payloads(nodes_[node])) {
    if (p == payload) return;
  }
  add_payload(nodes_[node], payload);
  max_depth_ = std::max(max_depth_, phrase.size());
  ++phrases_;
}

std::span<const std::uint32_t> PhraseMatcher::payloads(const Node& node) const {
  if (node.count <= node.inline_payloads.size()) return {node.inline_payloads.data(), node.count};
  return overflow_[node.overflow];
}

void PhraseMatcher::add_payload(Node& node, std::uint32_t payload) {
  if (node.count < node.inline_payloads.size()) {
    node.inline_payloads[node.count++] = payload;
    return;
  }
  if (node.count == node.inline_payloads.size()) {
    node.overflow = static_cast<std::uint32_t>(overflow_.size());
    overflow_.emplace_back(node.inline_payloads.begin(), node.inline_payloads.end());
  }
  overflow_[node.overflow].push_back(payload);
  ++node.count;
}

FirstStep PhraseMatcher::first_step(const TokenKeys& token) const {
  if (!nodes_[0].has_children) return {};
  return {child(0, KeyKind::stem, token.stem), child(0, KeyKind::exact, token.exact)};
}

void PhraseMatcher::find_all(std::span<const TokenKeys> tokens, std::vector<PhraseMatch>& out) const {
  std::vector<FirstStep> first;
  first.reserve(tokens.size());
  for (const auto& token : tokens) first.push_back(first_step(token));
  find_all(tokens, first, out);
}

void PhraseMatcher::find_all(std::span<const TokenKeys> tokens, std::span<const FirstStep> first,
                             std::vector<PhraseMatch>& out) const {
  // A phrase path may mix stem and exact keys, so a walk can fork; in
  // practice the frontier holds one or two nodes.
  std::array<std::uint32_t, 16> frontier{};
  std::array<std::uint32_t, 16> next{};
  for (std::size_t start = 0; start < tokens.size() && start < first.size(); ++start) {
    std::size_t width = 1;
    frontier[0] = 0;
    for (std::size_t i = start; i < tokens.size() && i - start < max_depth_ && width > 0; ++i) {
      std::size_t next_width = 0;
      for (std::size_t f = 0; f < width; ++f) {
        if (!nodes_[frontier[f]].has_children) continue;  // a leaf: every probe would miss
        for (KeyKind kind : {KeyKind::stem, KeyKind::exact}) {
          std::uint32_t c;
          if (i == start) {
            c = kind == KeyKind::stem ? first[start].stem : first[start].exact;
          } else {
            c = child(frontier[f], kind, kind == KeyKind::stem ? tokens[i].stem : tokens[i].exact);
          }
          if (c == kNone || next_width == next.size()) continue;
          bool seen = false;
          for (std::size_t n = 0; n < next_width; ++n) seen = seen || next[n] == c;
          if (seen) continue;
          next[next_width++] = c;
          for (std::uint32_t payload : payloads(nodes_[c])) {
            out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i + 1), payload});
          }
        }
      }
      std::swap(frontier, next);
      width = next_width;
    }
  }
}

}  // namespace vane::lexicon
