#include "engine/cue_finder.hpp"

#include <algorithm>
#include <unordered_map>

namespace vane::engine {
namespace {

using lexicon::EntryKind;

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Letters left after cutting `word` at byte `cut` (ASCII letters and any
// non-ASCII lead byte count as one).
std::size_t letters(std::string_view part) {
  std::size_t n = 0;
  for (unsigned char c : part) n += (c >= 0x80 ? !is_continuation(c) : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'));
  return n;
}

// Compound parts of one word token: the longest head entry that starts it
// and the longest tail entry that ends it, each leaving at least three
// letters for the rest ("radio|spots", "huis-aan-huis|folders"). Cuts are
// tried only where a head or tail of the lexicon could fit.
void find_compound_parts(const DocumentView& doc, std::uint32_t token, text::Stemmer& stemmer,
                         std::vector<std::uint16_t>& letters_before, std::vector<CueHit>& hits) {
  const auto& index = doc.lexicon->compounds;
  const std::string_view word = doc.folded(token);
  if (word.size() < 5) return;
  // letters_before[i]: letters in word[0, i), so each cut's check is O(1).
  // The buffer is the caller's, reused across the document's words.
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
      for (std::uint32_t e : it->second) hits.push_back({token, token + 1, e, true});
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
      for (std::uint32_t e : it->second) hits.push_back({token, token + 1, e, true});
      break;
    }
  }
}

// Longest first, then earliest: keeps one reading of every stretch of text
// per kind of entry. A term listed under two keys of the same kind (the same
// span twice) keeps both; a compound part does not stand beside a whole-word
// entry of another key: "video-advertentie" is a video ad, not also a video
// channel because it starts with "video".
void resolve_overlaps(const DocumentView& doc, std::vector<CueHit>& hits) {
  std::stable_sort(hits.begin(), hits.end(), [&](const CueHit& a, const CueHit& b) {
    const auto ka = doc.entry(a).kind, kb = doc.entry(b).kind;
    if (ka != kb) return ka < kb;
    if (a.end - a.first != b.end - b.first) return a.end - a.first > b.end - b.first;
    return a.first < b.first;
  });
  std::vector<CueHit> kept;
  std::vector<std::uint8_t> taken;                          // per token, for the current kind
  std::unordered_map<std::uint64_t, CueHit> by_span;  // (first, end) -> a kept hit
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
      if (same == by_span.end() || doc.entry(same->second).key == doc.entry(hit).key) continue;
      if (same->second.compound_part != hit.compound_part) continue;
    }
    for (auto t = hit.first; t < hit.end; ++t) taken[t] = 1;
    by_span.emplace(span_key, hit);
    kept.push_back(hit);
  }
  std::sort(kept.begin(), kept.end(), [](const CueHit& a, const CueHit& b) {
    return a.first != b.first ? a.first < b.first : a.end < b.end;
  });
  hits.swap(kept);
}

// Organic channels whose name is also where their paid counterpart runs:
// "pre-roll before YouTube videos", "annunci video su YouTube" name a video
// ad's placement, not a video channel.
struct PaidPlacement {
  std::string_view organic;
  std::string_view paid;
};
constexpr PaidPlacement kPaidPlacements[] = {{"video_content", "video_ads"}};

void drop_paid_placements(const DocumentView& doc, std::vector<CueHit>& hits) {
  const auto& tokens = doc.seg->tokens;
  for (const auto& [organic, paid] : kPaidPlacements) {
    std::vector<std::uint32_t> paid_sentences;
    for (const auto& hit : hits) {
      const auto& e = doc.entry(hit);
      if (e.kind == EntryKind::channel && e.key == paid) paid_sentences.push_back(tokens[hit.first].sentence);
    }
    if (paid_sentences.empty()) continue;
    std::erase_if(hits, [&](const CueHit& hit) {
      const auto& e = doc.entry(hit);
      return e.kind == EntryKind::channel && e.key == organic &&
             std::find(paid_sentences.begin(), paid_sentences.end(), tokens[hit.first].sentence) !=
                 paid_sentences.end();
    });
  }
}

}  // namespace

void CueFinder::find(const DocumentView& doc, text::Stemmer& stemmer, std::vector<CueHit>& hits) {
  hits.clear();
  const auto& tokens = doc.seg->tokens;
  std::vector<lexicon::TokenKeys> keys(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::string_view folded = doc.folded(static_cast<std::uint32_t>(i));
    const std::string_view stem = doc.stems[i];
    // A hashtag names its words: "#SEO" and "#contentmarketing" match as the
    // word after the '#' (its stem was computed without it).
    if (tokens[i].kind == text::TokenKind::hashtag) folded.remove_prefix(1);
    keys[i] = {lexicon::hash_key(stem), lexicon::hash_key(folded)};
  }
  std::vector<lexicon::PhraseMatch> matches;
  doc.lexicon->matcher.find_all(keys, matches);
  for (const auto& m : matches) hits.push_back({m.first, m.end, m.payload});

  // Every word may hold compound parts; a whole-word entry of the same kind
  // on the same token still wins in resolve_overlaps (it comes first).
  if (!doc.lexicon->compounds.empty()) {
    std::vector<std::uint16_t> letters_before;
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind == text::TokenKind::word) find_compound_parts(doc, i, stemmer, letters_before, hits);
    }
  }
  resolve_overlaps(doc, hits);
  drop_paid_placements(doc, hits);
}

}  // namespace vane::engine
