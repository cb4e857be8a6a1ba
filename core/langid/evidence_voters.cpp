#include "langid/evidence_voters.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <unordered_map>

namespace vane::langid {
namespace {

constexpr std::size_t kHeadBytes = 8;

}  // namespace

EvidenceVoters::EvidenceVoters(const std::vector<const WordSet*>& lists) {
  std::unordered_map<std::string_view, std::uint64_t> masks;
  for (std::size_t i = 0; i < lists.size() && i < 64; ++i) {
    if (lists[i] == nullptr) continue;
    for (const auto& word : *lists[i]) {
      // A scanned word is a run of letters, never empty: an empty entry could not match.
      if (!word.empty()) masks[word] |= std::uint64_t{1} << i;
    }
  }
  // At most half full: probe runs stay a slot or two long.
  std::size_t capacity = 16;
  while (capacity < masks.size() * 2) capacity *= 2;
  slots_.resize(capacity);
  for (const auto& [word, mask] : masks) insert(word, mask);
}

std::uint64_t EvidenceVoters::head_of(std::string_view word) {
  std::uint64_t head = 0;
  std::memcpy(&head, word.data(), std::min(word.size(), kHeadBytes));
  return head;
}

bool EvidenceVoters::same_word(const Slot& slot, std::string_view word, std::uint64_t head) const {
  if (slot.head != head || slot.length != word.size()) return false;
  return word.size() <= kHeadBytes ||
         std::memcmp(tails_.data() + slot.tail, word.data() + kHeadBytes, word.size() - kHeadBytes) == 0;
}

void EvidenceVoters::insert(std::string_view word, std::uint64_t mask) {
  if (word.size() > UINT16_MAX) throw std::length_error("evidence word longer than 65535 bytes");
  auto found = std::find(masks_.begin(), masks_.end(), mask);
  if (found == masks_.end()) {
    if (masks_.size() > UINT16_MAX) throw std::length_error("more than 65536 distinct evidence masks");
    masks_.push_back(mask);
    found = masks_.end() - 1;
  }
  Slot slot;
  slot.head = head_of(word);
  slot.length = static_cast<std::uint16_t>(word.size());
  slot.mask_index = static_cast<std::uint16_t>(found - masks_.begin());
  if (word.size() > kHeadBytes) {
    if (tails_.size() > UINT32_MAX - word.size()) throw std::length_error("evidence words too long in all");
    slot.tail = static_cast<std::uint32_t>(tails_.size());
    tails_.append(word.substr(kHeadBytes));
  }
  const std::uint64_t hash = hash_string(word);
  const std::size_t mask_bits = slots_.size() - 1;
  std::size_t i = hash & mask_bits;
  while (slots_[i].length != 0) i = (i + 1) & mask_bits;
  slots_[i] = slot;
  const auto bit = static_cast<std::size_t>(hash >> (64 - kFilterLog2));  // may_vote's bit
  filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  ++words_;
}

std::uint64_t EvidenceVoters::voters_of(std::string_view word, std::uint64_t hash) const {
  if (slots_.empty() || word.empty() || !may_vote(hash)) return 0;
  const std::uint64_t head = head_of(word);
  const std::size_t mask_bits = slots_.size() - 1;
  for (std::size_t i = hash & mask_bits;; i = (i + 1) & mask_bits) {
    const Slot& slot = slots_[i];
    if (slot.length == 0) return 0;
    if (same_word(slot, word, head)) return masks_[slot.mask_index];
  }
}

}  // namespace vane::langid
