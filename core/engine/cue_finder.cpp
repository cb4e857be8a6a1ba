#include "engine/cue_finder.hpp"

#include <algorithm>
#include <string_view>

namespace vane::engine {

using lexicon::EntryKind;

namespace {

// Organic channels whose name is also where their paid counterpart runs:
// "pre-roll before YouTube videos", "annunci video su YouTube" name a video
// ad's placement, not a video channel; "LinkedIn ads showing a short video"
// name the ad's creative.
struct PaidPlacement {
  std::string_view organic;
  std::string_view paid;
};
constexpr PaidPlacement kPaidPlacements[] = {{"video_content", "video_ads"}, {"video_content", "paid_social"}};

// Channels bought as advertising space on a platform: a platform's name in
// the same sentence ("sponsored posts on Facebook and Instagram", "Google
// Ads, Meta Ads, YouTube") is where the ads run, not its organic channel.
constexpr std::string_view kPaidChannels[] = {"paid_social", "paid_search", "video_ads", "display_ads"};

bool is_paid(std::string_view id) {
  return std::find(std::begin(kPaidChannels), std::end(kPaidChannels), id) != std::end(kPaidChannels);
}

void drop_paid_placements(const DocumentView& doc, std::vector<CueHit>& hits) {
  const auto& tokens = doc.seg->tokens;
  auto sentence_of = [&](const CueHit& hit) { return tokens[hit.first].sentence; };
  auto in = [](const std::vector<std::uint32_t>& sentences, std::uint32_t s) {
    return std::find(sentences.begin(), sentences.end(), s) != sentences.end();
  };
  std::vector<std::uint32_t> paid_sentences;
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    if (e.kind == EntryKind::channel && is_paid(e.key)) paid_sentences.push_back(sentence_of(hit));
  }
  if (paid_sentences.empty()) return;
  std::erase_if(hits, [&](const CueHit& hit) {
    const auto& e = doc.entry(hit);
    return e.kind == EntryKind::channel && e.proper_name && !is_paid(e.key) && in(paid_sentences, sentence_of(hit));
  });
  for (const auto& [organic, paid] : kPaidPlacements) {
    std::vector<std::uint32_t> sentences;
    for (const auto& hit : hits) {
      const auto& e = doc.entry(hit);
      if (e.kind == EntryKind::channel && e.key == paid) sentences.push_back(sentence_of(hit));
    }
    if (sentences.empty()) continue;
    std::erase_if(hits, [&](const CueHit& hit) {
      const auto& e = doc.entry(hit);
      return e.kind == EntryKind::channel && e.key == organic && in(sentences, sentence_of(hit));
    });
  }
}

// Skips spaces (ASCII, no-break and narrow no-break, as French puts before
// a colon) from `at`; returns where the next visible character starts.
std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    if (text[at] == ' ' || text[at] == '\t') {
      ++at;
    } else if (text.substr(at).starts_with("\u00A0")) {
      at += 2;
    } else if (text.substr(at).starts_with("\u202F")) {
      at += 3;
    } else {
      break;
    }
  }
  return at;
}

// A term that opens its sentence and is followed by a separator is a label
// naming what follows: "Case study: how ...", "Sponsored · Instagram Story".
bool is_label(const DocumentView& doc, const CueHit& hit) {
  const auto& tokens = doc.seg->tokens;
  if (doc.seg->sentences[tokens[hit.first].sentence].first_token != hit.first) return false;
  const std::string_view rest = doc.text.substr(skip_spaces(doc.text, tokens[hit.end - 1].end));
  for (const std::string_view separator : {":", "|", "\u00B7", "\u2013", "\u2014"}) {
    if (rest.starts_with(separator)) return true;
  }
  return false;
}

// Channel and claim terms whose lexicon row says where they count as a
// label (lexicon::LabelRule): a heading's "Case study:" is the text's genre,
// an ad's "Sponsored ·" its network's paid label, an offer's "Price:" its
// price tag rather than a cost the text reports.
void apply_label_rules(const DocumentView& doc, std::vector<CueHit>& hits) {
  std::erase_if(hits, [&](const CueHit& hit) {
    const auto& e = doc.entry(hit);
    if (e.label == lexicon::LabelRule::any) return false;
    return is_label(doc, hit) == (e.label == lexicon::LabelRule::not_as_label);
  });
}

}  // namespace

// A counting sort by (kind, length) puts the hits in groups, each in the
// order found, which is text order for the matcher's hits and again for the
// compound parts appended after them; only a group holding both needs
// sorting (by first token, then the order found, stable_sort's tie order).
// Sorting all the hits by comparison cost ~2% of the analysis. Each hit's
// kind is read once.
const std::vector<CueFinder::KindedHit>& CueFinder::group_by_kind_and_length(const DocumentView& doc,
                                                                              const std::vector<CueHit>& hits) {
  std::size_t longest = 1;
  for (const auto& hit : hits) longest = std::max<std::size_t>(longest, hit.end - hit.first);
  const auto group_of = [longest](const KindedHit& h) {
    return static_cast<std::size_t>(h.kind) * longest + (longest - (h.hit.end - h.hit.first));
  };
  std::vector<KindedHit>& found = found_;
  found.clear();
  for (const auto& hit : hits) found.push_back({hit, doc.entry(hit).kind, static_cast<std::uint32_t>(found.size())});
  std::vector<std::uint32_t>& group_start = group_start_;
  group_start.assign(lexicon::kEntryKinds * longest + 1, 0);
  for (const auto& h : found) ++group_start[group_of(h) + 1];
  for (std::size_t g = 1; g < group_start.size(); ++g) group_start[g] += group_start[g - 1];
  std::vector<KindedHit>& sorted = grouped_;
  sorted.resize(found.size());
  std::vector<std::uint32_t>& next = group_next_;
  next.assign(group_start.begin(), group_start.end());
  for (const auto& h : found) sorted[next[group_of(h)]++] = h;
  const auto text_order = [](const KindedHit& x, const KindedHit& y) {
    return x.hit.first != y.hit.first ? x.hit.first < y.hit.first : x.input_order < y.input_order;
  };
  for (std::size_t g = 0; g + 1 < group_start.size(); ++g) {
    const auto begin = sorted.begin() + group_start[g], end = sorted.begin() + group_start[g + 1];
    if (!std::is_sorted(begin, end, text_order)) std::sort(begin, end, text_order);
  }
  return sorted;
}

// Longest first, then earliest: keeps one reading of every stretch of text
// per kind of entry. A term listed under two keys of the same kind (the same
// span twice) keeps both; a compound part does not stand beside a whole-word
// entry of another key: "video-advertentie" is a video ad, not also a video
// channel because it starts with "video".
void CueFinder::resolve_overlaps(const DocumentView& doc, std::vector<CueHit>& hits) {
  const std::vector<KindedHit>& sorted = group_by_kind_and_length(doc, hits);
  // Kept spans of one kind are disjoint or identical, so the first kept hit
  // on a token (its owner) is the one any later hit of the same span must
  // be compared with: no map from spans to hits is needed.
  constexpr std::uint32_t kFree = UINT32_MAX;
  std::vector<CueHit>& kept = kept_;
  std::vector<std::uint32_t>& owner = owner_;  // per token, for the current kind: index into kept
  kept.clear();
  bool first = true;
  EntryKind current = EntryKind::channel;
  for (const auto& [hit, kind, input_order] : sorted) {
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
      if (kept[same].compound_part != hit.compound_part) continue;
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
  for (const auto& part : doc.words->parts) hits.push_back({part.token, part.token + 1, part.entry, true});
  resolve_overlaps(doc, hits);
  apply_label_rules(doc, hits);
  drop_paid_placements(doc, hits);
}

}  // namespace vane::engine
