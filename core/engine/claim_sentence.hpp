// Internal to the claim extractor (claim_extractor.cpp and the claim_*.cpp
// files it calls): what one sentence holds for its claim, gathered in one
// pass over the document's cue hits, and where its cues and figures stand
// from one another. Judging the sentence is left to the files that read
// it: claim_assertion (does it assert anything), claim_offers and
// claim_quotes (cues and figures that count for nothing), claim_kind and
// claim_polarity.
//
//   const auto sentences = gather(doc, hits, rules, scratch.buffers());
//   for (const CueHit* cue : sentences[i].kind_cues) {
//     if (distance(*cue, figure) <= tuning.figure_anchor_window) ...
//   }
//
// Gathering once and reading the lists many times is what keeps claims
// cheap: a document's hits are walked once, not once per question.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "engine/claim_extractor.hpp"
#include "engine/context_rules.hpp"
#include "engine/cue_finder.hpp"
#include "engine/record.hpp"

namespace vane::engine {

// What one sentence holds, gathered in one pass over the hits.
struct SentenceCues {
  std::array<double, 4> kind_weight{};
  double strongest = 0.0;
  int polarity_words = 0;
  std::vector<const CueHit*> polarity;
  std::vector<const CueHit*> limiters;  // "only", "solo", "slechts": count before a figure
  std::vector<const CueHit*> kind_cues;  // the ROI cues, in text order
  std::vector<const CueHit*> inverse;    // metrics of loss: their rise is bad news ("unsubscribes", "churn")
  std::vector<const CueHit*> spending;   // verbs of spending ("spend", "dépenser", "spendere", "besteden")
  std::vector<const CueHit*> buyer_spend;  // those of them that report buyers spending more (buyer_spending_of)
  std::vector<const CueHit*> targets;    // words naming a target or expectation ("aimed for", "obiettivo", "verwacht")
  std::vector<const CueHit*> offers;     // words naming an offer's terms ("discount", "free", "sconto", "korting")
  bool advice = false;  // a modal of advice ("should", "dovrebbe", "devrait", "zou moeten")
  bool negated_measurability = false;
  int negated_outcomes = 0;  // "non sposta le vendite", "no leads", "never paid back"
  bool comparative = false;
  std::vector<const CueHit*> comparisons;  // the comparison markers that rank something ("than", "contro")
  bool share = false;  // "half of", "een derde van": a share of something, a figure in words
  std::vector<std::pair<const CueHit*, int>> growth;  // "doubled" +1, "halved" -1
  std::vector<const CueHit*> change_from;  // "from", "dal", "van", "de": may open "from X to Y"
  std::vector<const CueHit*> change_to;    // "to", "al", "naar", "à": may join it
  std::vector<const CueHit*> number_words;  // "four", "dodici": counts that are no quantity on their own
  std::vector<std::string> subjects;
  std::vector<std::uint32_t> subject_tokens;  // where each channel or axis side is named

  // Back to a default-constructed state, keeping the lists' capacity: the
  // cues of every sentence of every document are gathered into the same
  // few buffers (ClaimScratch), not into new vectors.
  void clear() {
    kind_weight = {};
    strongest = 0.0;
    polarity_words = 0;
    polarity.clear();
    limiters.clear();
    kind_cues.clear();
    inverse.clear();
    spending.clear();
    buyer_spend.clear();
    targets.clear();
    offers.clear();
    advice = false;
    negated_measurability = false;
    negated_outcomes = 0;
    comparative = false;
    comparisons.clear();
    share = false;
    growth.clear();
    change_from.clear();
    change_to.clear();
    number_words.clear();
    subjects.clear();
    subject_tokens.clear();
  }
};

// extract_claims' buffers, kept between documents.
struct ClaimScratch::Buffers {
  std::vector<SentenceCues> sentences;
  std::vector<std::vector<std::string>> axis_subjects;
};

// The cues of each sentence of `doc`, in `buffers` (reused, not reallocated):
// one SentenceCues per sentence, in order.
std::span<SentenceCues> gather(const DocumentView& doc, const std::vector<CueHit>& hits, const ContextRules& rules,
                               ClaimScratch::Buffers& buffers);

// Tokens between two hits, 0 when they overlap.
std::uint32_t distance(const CueHit& a, const CueHit& b);

// The first token after `figure`, which starts at token `start`.
std::uint32_t token_after(const DocumentView& doc, std::uint32_t start, const Quantity& figure);

// Whether no comma, semicolon or colon stands between two hits: list
// items and clauses each size their own metric.
bool same_clause(const DocumentView& doc, const CueHit& a, const CueHit& b);

// The token where each figure starts.
std::vector<std::uint32_t> figure_tokens(const DocumentView& doc, const text::Sentence& sentence,
                                         const std::vector<Quantity>& figures);

// Percentages and multipliers state a change relative to something; money
// and plain numbers do not.
bool is_relative(const Quantity& figure);

// The ROI cue of the sentence nearest to `target`, the first one on a tie;
// null when none is nearer than `limit` tokens.
const CueHit* nearest_cue(const SentenceCues& s, const CueHit& target, std::uint32_t limit = UINT32_MAX);

// The ROI cue within `figure_anchor_window` tokens of the figure that
// starts at token `at`, the nearest one; null when none is that close.
const CueHit* cue_of_figure(const SentenceCues& s, std::uint32_t at, const ClaimTuning& tuning);

}  // namespace vane::engine
