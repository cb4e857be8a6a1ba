#include "engine/cue_finder.hpp"

#include <algorithm>

namespace vane::engine {

using lexicon::EntryKind;

// Longest first, then earliest: keeps one reading of every stretch of text
// per kind of entry. A term listed under two keys of the same kind (the same
// span twice) keeps both.
void CueFinder::resolve_overlaps(const DocumentView& doc, std::vector<CueHit>& hits) {
  // Each hit's kind is read once: the comparator used to fetch it from the
  // lexicon's entries, a cache miss per comparison.
  std::vector<KindedHit>& sorted = sorted_;
  sorted.clear();
  for (const auto& hit : hits) sorted.push_back({hit, doc.entry(hit).kind});
  std::stable_sort(sorted.begin(), sorted.end(), [](const KindedHit& x, const KindedHit& y) {
    const CueHit& a = x.hit;
    const CueHit& b = y.hit;
    if (x.kind != y.kind) return x.kind < y.kind;
    if (a.end - a.first != b.end - b.first) return a.end - a.first > b.end - b.first;
    return a.first < b.first;
  });
  // Kept spans of one kind are disjoint or identical, so the first kept hit
  // on a token (its owner) is the one any later hit of the same span must
  // be compared with: no map from spans to hits is needed.
  constexpr std::uint32_t kFree = UINT32_MAX;
  std::vector<CueHit>& kept = kept_;
  std::vector<std::uint32_t>& owner = owner_;  // per token, for the current kind: index into kept
  kept.clear();
  bool first = true;
  EntryKind current = EntryKind::channel;
  for (const auto& [hit, kind] : sorted) {
    if (first || kind != current) {
      owner.assign(doc.seg->tokens.size(), kFree);
      current = kind;
      first = false;
    }
    bool free = true;
    for (auto t = hit.first; t < hit.end; ++t) free = free && owner[t] == kFree;
    if (!free) {
      const std::uint32_t same = owner[hit.first];
      const bool same_span = same != kFree && kept[same].first == hit.first && kept[same].end == hit.end;
      if (!same_span || doc.entry(kept[same]).key == doc.entry(hit).key) continue;
    }
    for (auto t = hit.first; t < hit.end; ++t) {
      if (owner[t] == kFree) owner[t] = static_cast<std::uint32_t>(kept.size());
    }
    kept.push_back(hit);
  }
  std::sort(kept.begin(), kept.end(), [](const CueHit& a, const CueHit& b) {
    return a.first != b.first ? a.first < b.first : a.end < b.end;
  });
  hits.swap(kept);  // kept_ keeps the old buffer for the next document
}

void CueFinder::find(const DocumentView& doc, std::vector<CueHit>& hits) {
  hits.clear();
  matches_.clear();
  doc.lexicon->matcher.find_all(doc.words->keys, doc.words->first_steps, matches_);
  for (const auto& m : matches_) hits.push_back({m.first, m.end, m.payload});
  // A whole-word entry of the same kind on the same token still wins over a
  // compound part in resolve_overlaps (it comes first).
  for (const auto& part : doc.words->parts) hits.push_back({part.token, part.token + 1, part.entry});
  resolve_overlaps(doc, hits);
}

}  // namespace vane::engine
