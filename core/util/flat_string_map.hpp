// A hash map from strings to small values for the per-token hot paths (the
// stem memo, the language identifier's evidence words): open addressing
// over one flat slot array, keys copied into an arena that never moves.
//
//   vane::FlatStringMap<std::uint64_t> votes;
//   votes.insert("la", 0b0101);                     // copies "la" into the map
//   if (const std::uint64_t* v = votes.find(std::string_view("la"))) use(*v);
//   std::string_view kept = votes.store("stable");  // bytes that live as long as the map
//
// Why not std::unordered_map: a lookup there hashes, loads a bucket, then
// chases a node (and for long keys its heap string) — two or three cache
// misses per token once the map outgrows the cache. Here the slot array is
// 8 bytes a slot (a 32-bit hash tag and an entry index: 128 KB for 10k
// words, where slots holding the entries took 1.8 MB), the entries sit in
// insertion order (a text's frequent words come early and share cache
// lines), and a tag mismatch never touches an entry. Views returned by
// store() and values that point into the arena stay valid until clear() or
// destruction; pointers to values only until the next insert.
//
// Not thread-safe for writers; const lookups may be shared.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace vane {

// 64-bit hash of a short string, 8 bytes per step: the keys are words.
inline std::uint64_t hash_string(std::string_view text) noexcept {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = 0x243F6A8885A308D3ULL ^ (text.size() * kMul);
  const char* p = text.data();
  std::size_t left = text.size();
  while (left >= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = (h ^ word) * kMul;
    h ^= h >> 29;
    p += 8;
    left -= 8;
  }
  if (left > 0) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, left);
    h = (h ^ word) * kMul;
  }
  // Final avalanche so the low bits (the slot index) depend on every byte.
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ULL;
  h ^= h >> 32;
  return h;
}

template <class Value>
class FlatStringMap {
 public:
  FlatStringMap() = default;
  FlatStringMap(FlatStringMap&&) noexcept = default;
  FlatStringMap& operator=(FlatStringMap&&) noexcept = default;
  FlatStringMap(const FlatStringMap&) = delete;
  FlatStringMap& operator=(const FlatStringMap&) = delete;

  const Value* find(std::string_view key) const { return find(key, hash_string(key)); }
  Value* find(std::string_view key) { return find(key, hash_string(key)); }

  // With the hash already computed (hash_string(key)), e.g. to look up and
  // then insert without hashing twice.
  const Value* find(std::string_view key, std::uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot slot = slots_[i];
      if (slot.entry == 0) return nullptr;
      if (slot.tag == tag) {
        const Entry& entry = entries_[slot.entry - 1];
        if (entry.size == key.size() && std::memcmp(entry.key, key.data(), key.size()) == 0) return &entry.value;
      }
    }
  }
  Value* find(std::string_view key, std::uint64_t hash) {
    return const_cast<Value*>(std::as_const(*this).find(key, hash));
  }

  // A hint that find(…, hash) comes soon: starts loading the slot (and, if
  // that slot is already cached, its entry) so a loop over tokens overlaps
  // the next lookup's cache misses with this one's work.
  void prefetch(std::uint64_t hash) const {
    if (slots_.empty()) return;
    const Slot& slot = slots_[hash & (slots_.size() - 1)];
    __builtin_prefetch(&slot);
  }

  // Inserts `key` (copied) with `value` unless present; returns the stored
  // value and whether it was inserted.
  std::pair<Value*, bool> insert(std::string_view key, Value value) {
    return insert(key, hash_string(key), std::move(value));
  }
  std::pair<Value*, bool> insert(std::string_view key, std::uint64_t hash, Value value) {
    if ((entries_.size() + 1) * 4 > slots_.size() * 3) grow();  // load factor <= 3/4
    const std::size_t mask = slots_.size() - 1;
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.entry == 0) {
        entries_.push_back({hash, store(key).data(), key.size(), std::move(value)});
        slot = {tag, static_cast<std::uint32_t>(entries_.size())};
        return {&entries_.back().value, true};
      }
      if (slot.tag == tag) {
        Entry& entry = entries_[slot.entry - 1];
        if (entry.size == key.size() && std::memcmp(entry.key, key.data(), key.size()) == 0) {
          return {&entry.value, false};
        }
      }
    }
  }

  // Copies bytes into the arena; the view stays valid until clear().
  std::string_view store(std::string_view bytes) {
    if (bytes.empty()) return {kEmpty, 0};
    if (bytes.size() > kBlockBytes / 4) {
      // A long key gets a block of its own rather than wasting a shared one.
      big_.push_back(std::make_unique<char[]>(bytes.size()));
      std::memcpy(big_.back().get(), bytes.data(), bytes.size());
      return {big_.back().get(), bytes.size()};
    }
    if (blocks_.empty() || block_used_ + bytes.size() > kBlockBytes) {
      blocks_.push_back(std::make_unique<char[]>(kBlockBytes));
      block_used_ = 0;
    }
    char* at = blocks_.back().get() + block_used_;
    std::memcpy(at, bytes.data(), bytes.size());
    block_used_ += bytes.size();
    return {at, bytes.size()};
  }

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  // Drops every entry and frees all memory (slots, entries and arena).
  void clear() { *this = FlatStringMap(); }

  // Calls fn(key, value) for every entry, in insertion order.
  template <class Fn>
  void for_each(Fn fn) const {
    for (const Entry& entry : entries_) fn(std::string_view(entry.key, entry.size), entry.value);
  }

 private:
  static constexpr std::size_t kBlockBytes = 64 * 1024;
  static constexpr char kEmpty[1] = {0};

  struct Entry {
    std::uint64_t hash = 0;
    const char* key = nullptr;
    std::size_t size = 0;
    Value value{};
  };
  struct Slot {
    std::uint32_t tag = 0;    // the hash's high half
    std::uint32_t entry = 0;  // 1 + index into entries_; 0: empty
  };

  void grow() {
    std::vector<Slot> slots(slots_.empty() ? 64 : slots_.size() * 2);
    const std::size_t mask = slots.size() - 1;
    for (std::size_t e = 0; e < entries_.size(); ++e) {
      std::size_t i = entries_[e].hash & mask;
      while (slots[i].entry != 0) i = (i + 1) & mask;
      slots[i] = {static_cast<std::uint32_t>(entries_[e].hash >> 32), static_cast<std::uint32_t>(e + 1)};
    }
    slots_.swap(slots);
  }

  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t block_used_ = 0;
  std::vector<std::unique_ptr<char[]>> big_;
};

}  // namespace vane
