#include "engine/compound_parts.hpp"

#include <algorithm>

namespace vane::engine {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Letters in `part` (ASCII letters and any non-ASCII lead byte count as one).
std::size_t letters(std::string_view part) {
  std::size_t n = 0;
  for (unsigned char c : part) n += (c >= 0x80 ? !is_continuation(c) : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'));
  return n;
}

}  // namespace

// Cuts are tried only where a head or tail of the lexicon could fit.
void find_compound_parts(std::string_view word, const lexicon::CompoundIndex& index, text::Stemmer& stemmer,
                         std::vector<std::uint16_t>& letters_before, std::vector<std::uint32_t>& entries) {
  if (word.size() < 5) return;
  // letters_before[i]: letters in word[0, i), so each cut's check is O(1).
  letters_before.assign(word.size() + 1, 0);
  for (std::size_t i = 0; i < word.size(); ++i) {
    letters_before[i + 1] = static_cast<std::uint16_t>(letters_before[i] + letters(word.substr(i, 1)));
  }
  const std::size_t total = letters_before[word.size()];

  // +3: a hyphen or a linker ("s", "en") may follow the head.
  const std::size_t longest_head = std::min(word.size() - 1, index.longest_head + 3);
  for (std::size_t cut = longest_head; cut >= 2; --cut) {
    if (is_continuation(static_cast<unsigned char>(word[cut]))) continue;
    if (total - letters_before[cut] < 3) continue;
    std::string_view head = word.substr(0, cut);
    if (head.back() == '-') head.remove_suffix(1);
    auto it = index.heads.find(head);
    if (it == index.heads.end()) {
      for (const auto& linker : index.linkers) {
        if (head.size() > linker.size() && head.substr(head.size() - linker.size()) == linker) {
          it = index.heads.find(head.substr(0, head.size() - linker.size()));
          if (it != index.heads.end()) break;
        }
      }
    }
    if (it != index.heads.end()) {
      entries.insert(entries.end(), it->second.begin(), it->second.end());
      break;
    }
  }
  if (index.tails.empty()) return;
  // A tail's stem is at most as long as the tail; longer suffixes can only
  // match through a stem that drops more letters than Snowball ever does.
  const std::size_t first_cut = word.size() > index.longest_tail + 4 ? word.size() - index.longest_tail - 4 : 3;
  for (std::size_t cut = std::max<std::size_t>(first_cut, 3); cut + 4 <= word.size(); ++cut) {
    if (is_continuation(static_cast<unsigned char>(word[cut]))) continue;
    if (letters_before[cut] < 3) continue;
    std::string_view tail = word.substr(cut);
    if (tail.front() == '-') tail.remove_prefix(1);
    const auto it = index.tails.find(stemmer.stem(tail));
    if (it != index.tails.end()) {
      entries.insert(entries.end(), it->second.begin(), it->second.end());
      break;
    }
  }
}

}  // namespace vane::engine
