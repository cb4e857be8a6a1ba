// Finds every lexicon entry in a document (phrases, stems, exact forms and
// compound parts) and resolves overlaps: within one kind of entry the longest
// match wins, so "social media advertising" is paid_social, not social_media.
//
//   CueFinder finder;             // one per worker (in Scratch): reused buffers
//   finder.find(doc, hits);       // sorted by first token
//
// The per-token work that depends only on the word (stemming, matcher keys,
// compound parts, the matcher's first step) is done beforehand, once per
// distinct word, by WordMemo.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "lexicon/analysis_lexicon.hpp"
#include "lexicon/language_data.hpp"
#include "text/normalized_text.hpp"
#include "engine/word_memo.hpp"
#include "text/token.hpp"

namespace vane::engine {

struct CueHit {
  std::uint32_t first = 0;  // first token
  std::uint32_t end = 0;    // one past the last token
  std::uint32_t entry = 0;  // index into AnalysisLexicon::entries
  bool compound_part = false;  // matched as a head or tail inside one word
};

// What the cue finder and the extractors read about one document.
struct DocumentView {
  std::string_view text;  // original
  const text::NormalizedText* norm = nullptr;
  const text::Segmentation* seg = nullptr;
  const TokenDescriptions* words = nullptr;  // matcher keys, first steps, compound parts (WordMemo)
  const lexicon::AnalysisLexicon* lexicon = nullptr;
  const lexicon::LanguageData* lang = nullptr;
  std::size_t word_count = 0;  // word tokens in seg, counted once by the analyzer

  std::string_view folded(std::uint32_t token) const {
    const auto& t = seg->tokens[token];
    return std::string_view(norm->folded).substr(t.fbegin, t.fend - t.fbegin);
  }
  const lexicon::Entry& entry(const CueHit& hit) const { return lexicon->entries[hit.entry]; }
};

class CueFinder {
 public:
  void find(const DocumentView& doc, std::vector<CueHit>& hits);

 private:
  // Per-document working buffers, kept between documents: allocating and
  // first-touching them for every document cost a tenth of the cue finder.
  struct KindedHit {
    CueHit hit;
    lexicon::EntryKind kind;
    std::uint32_t input_order;  // index in the hits found
  };
  // `hits` ordered by kind, longest first, then text order (in grouped_).
  const std::vector<KindedHit>& group_by_kind_and_length(const DocumentView& doc, const std::vector<CueHit>& hits);
  void resolve_overlaps(const DocumentView& doc, std::vector<CueHit>& hits);
  std::vector<lexicon::PhraseMatch> matches_;
  std::vector<KindedHit> found_;    // in the order found
  std::vector<KindedHit> grouped_;  // by kind and length, each group in text order
  std::vector<std::uint32_t> group_start_, group_next_;
  std::vector<CueHit> kept_;
  std::vector<std::uint32_t> owner_;  // per token: index into kept_ of its first kept hit
};

}  // namespace vane::engine
