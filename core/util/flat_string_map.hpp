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
// misses per token once the map outgrows the cache. Here a miss costs one
// slot load (the stored hash rejects almost every other key) and a hit one
// more for the key bytes. Views returned by key(), store() and values that
// point into the arena stay valid until clear() or destruction: growing the
// slot array moves slots, never the bytes.
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
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.key == nullptr) return nullptr;
      if (slot.hash == hash && slot.size == key.size() && std::memcmp(slot.key, key.data(), key.size()) == 0) {
        return &slot.value;
      }
    }
  }
  Value* find(std::string_view key, std::uint64_t hash) {
    return const_cast<Value*>(std::as_const(*this).find(key, hash));
  }

  // Inserts `key` (copied) with `value` unless present; returns the stored
  // value and whether it was inserted.
  std::pair<Value*, bool> insert(std::string_view key, Value value) {
    return insert(key, hash_string(key), std::move(value));
  }
  std::pair<Value*, bool> insert(std::string_view key, std::uint64_t hash, Value value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.key == nullptr) {
        slot.key = store(key).data();
        slot.size = key.size();
        slot.hash = hash;
        slot.value = std::move(value);
        ++size_;
        return {&slot.value, true};
      }
      if (slot.hash == hash && slot.size == key.size() && std::memcmp(slot.key, key.data(), key.size()) == 0) {
        return {&slot.value, false};
      }
    }
  }

  // Copies bytes into the arena; the view stays valid until clear().
  std::string_view store(std::string_view bytes) {
    if (bytes.empty()) return {kEmpty, 0};  // non-null: a null key marks an empty slot
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

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // Drops every entry and frees all memory (slots and arena).
  void clear() { *this = FlatStringMap(); }

  // Calls fn(key, value) for every entry, in no particular order.
  template <class Fn>
  void for_each(Fn fn) const {
    for (const Slot& slot : slots_) {
      if (slot.key != nullptr) fn(std::string_view(slot.key, slot.size), slot.value);
    }
  }

 private:
  static constexpr std::size_t kBlockBytes = 64 * 1024;
  static constexpr char kEmpty[1] = {0};

  struct Slot {
    std::uint64_t hash = 0;
    const char* key = nullptr;  // null: empty slot
    std::size_t size = 0;
    Value value{};
  };

  void grow() {
    std::vector<Slot> old(slots_.empty() ? 64 : slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (Slot& slot : old) {
      if (slot.key == nullptr) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].key != nullptr) i = (i + 1) & mask;
      slots_[i] = std::move(slot);
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t block_used_ = 0;
  std::vector<std::unique_ptr<char[]>> big_;
};

}  // namespace vane
