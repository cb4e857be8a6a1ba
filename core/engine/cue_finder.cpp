#include "engine/cue_finder.hpp"

#include <algorithm>
#include <unordered_map>

namespace vane::engine {
namespace {

using lexicon::EntryKind;

// Longest first, then earliest: keeps one reading of every stretch of text
// per kind of entry. A term listed under two keys of the same kind (the same
// span twice) keeps both.
void resolve_overlaps(const DocumentView& doc, std::vector<CueHit>& hits) {
  std::stable_sort(hits.begin(), hits.end(), [&](const CueHit& a, const CueHit& b) {
    const auto ka = doc.entry(a).kind, kb = doc.entry(b).kind;
    if (ka != kb) return ka < kb;
    if (a.end - a.first != b.end - b.first) return a.end - a.first > b.end - b.first;
    return a.first < b.first;
  });
  std::vector<CueHit> kept;
  std::vector<std::uint8_t> taken;                          // per token, for the current kind
  std::unordered_map<std::uint64_t, std::uint32_t> by_span;  // (first, end) -> a kept entry
  bool first = true;
  EntryKind current = EntryKind::channel;
  for (const auto& hit : hits) {
    const EntryKind kind = doc.entry(hit).kind;
    if (first || kind != current) {
      taken.assign(doc.seg->tokens.size(), 0);
      by_span.clear();
      current = kind;
      first = false;
    }
    const std::uint64_t span_key = (static_cast<std::uint64_t>(hit.first) << 32) | hit.end;
    bool free = true;
    for (auto t = hit.first; t < hit.end; ++t) free = free && !taken[t];
    if (!free) {
      const auto same = by_span.find(span_key);
      if (same == by_span.end() || doc.lexicon->entries[same->second].key == doc.entry(hit).key) continue;
    }
    for (auto t = hit.first; t < hit.end; ++t) taken[t] = 1;
    by_span.emplace(span_key, hit.entry);
    kept.push_back(hit);
  }
  std::sort(kept.begin(), kept.end(), [](const CueHit& a, const CueHit& b) {
    return a.first != b.first ? a.first < b.first : a.end < b.end;
  });
  hits.swap(kept);
}

}  // namespace

void CueFinder::find(const DocumentView& doc, std::vector<CueHit>& hits) {
  hits.clear();
  std::vector<lexicon::PhraseMatch> matches;
  doc.lexicon->matcher.find_all(doc.words->keys, doc.words->first_steps, matches);
  for (const auto& m : matches) hits.push_back({m.first, m.end, m.payload});
  // A whole-word entry of the same kind on the same token still wins over a
  // compound part in resolve_overlaps (it comes first).
  for (const auto& part : doc.words->parts) hits.push_back({part.token, part.token + 1, part.entry});
  resolve_overlaps(doc, hits);
}

}  // namespace vane::engine
