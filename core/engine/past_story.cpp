#include "engine/past_story.hpp"

#include <algorithm>

namespace vane::engine {
namespace {

using lexicon::EntryKind;
using lexicon::KeyClass;

// A story of the old way runs over a few sentences before the text turns to
// the present; further on, "today" belongs to another story.
constexpr std::uint32_t kPastStoryReach = 4;
// A time marker opens its sentence, or follows a word that joins it to the
// one before ("But today we...", "Et aujourd'hui...", "Five years ago, we").
constexpr std::uint32_t kOpeningWords = 2;

// Whether `token` is among the first `words` words of its sentence (bullets
// and list numbers before them do not count).
bool opens_sentence(const DocumentView& doc, std::uint32_t token, std::uint32_t words) {
  const auto& tokens = doc.seg->tokens;
  const auto& span = doc.seg->sentences[tokens[token].sentence];
  std::uint32_t seen = 0;
  for (std::uint32_t t = span.first_token; t < token; ++t) {
    if (tokens[t].kind == text::TokenKind::word && ++seen >= words) return false;
  }
  return true;
}

}  // namespace

PastStories::PastStories(const DocumentView& doc, const std::vector<CueHit>& hits) {
  std::vector<std::uint32_t> past, now;  // sentences opened by each kind of marker
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    if (e.kind != EntryKind::negation || (e.key_class != KeyClass::past && e.key_class != KeyClass::now)) continue;
    if (!opens_sentence(doc, hit.first, kOpeningWords)) continue;
    (e.key_class == KeyClass::past ? past : now).push_back(doc.seg->tokens[hit.first].sentence);
  }
  std::sort(past.begin(), past.end());
  std::sort(now.begin(), now.end());
  // Each past sentence is paired with the first later now sentence within
  // reach. Stories do not overlap: "For years... In the past... Today" is one.
  std::uint32_t covered = 0;
  for (const std::uint32_t first : past) {
    if (first < covered) continue;
    const auto turn = std::upper_bound(now.begin(), now.end(), first);
    if (turn == now.end() || *turn > first + kPastStoryReach) continue;
    stories_.emplace_back(first, *turn);
    covered = *turn;
  }
}

bool PastStories::contains(std::uint32_t sentence) const {
  return std::any_of(stories_.begin(), stories_.end(),
                     [&](const auto& story) { return story.first <= sentence && sentence < story.second; });
}

}  // namespace vane::engine
