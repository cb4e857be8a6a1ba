// Internal to the claim extractor: what a claim is about, its kind
// (roi.tsv's roi, measurability, cost or performance). Each sentence's cues
// sum their weights per kind, and the cue nearest each figure counts more,
// since a figure says what the sentence measures ("clicks can cost £20":
// cost, whatever else the sentence names). Buyers spending more is revenue,
// and a change word beside a percentage stands in for a missing outcome cue.
//
//   s.buyer_spend = buyer_spending_of(doc, s, figures, figure_starts, tuning);
//   const auto weight = anchored_kind_weight(doc, s, figure_starts, tuning);
//   // weight[kind_index(KeyClass::cost)] is the cost's share of the sentence
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/claim_sentence.hpp"

namespace vane::engine {

// The claim kinds in the order kind_index numbers them (the record's names).
inline constexpr std::array<const char*, 4> kKinds = {"roi", "measurability", "cost", "performance"};

// Where a kind stands in kKinds; anything else counts as performance.
int kind_index(lexicon::KeyClass kind);

// The kind a claim cue stands for in its sentence: its roi.tsv kind, except
// a spending verb that reports buyers spending more (buyer_spending_of),
// which is revenue.
lexicon::KeyClass cue_kind(const DocumentView& doc, const SentenceCues& s, const CueHit& cue);

// The kind weights with each figure's nearest cue counting more: a figure
// says what the sentence is about, so "£38,000 in sales" is performance and
// "clicks can cost £20" is cost, whatever other cues the sentence holds.
std::array<double, 4> anchored_kind_weight(const DocumentView& doc, const SentenceCues& s,
                                           const std::vector<std::uint32_t>& figure_starts,
                                           const ClaimTuning& tuning);

// Moves the weight of the cues that buyer_spending_of read as revenue
// (`s.buyer_spend`, set first) from their roi.tsv kind to performance.
void count_buyer_spending_as_performance(const DocumentView& doc, SentenceCues& s);

// The claim's kinds, heaviest first (a tie keeps kKinds' order), those of
// no weight left out; a poor yield (poor_yield) puts roi first.
std::vector<std::string> claim_kinds(const std::array<double, 4>& weight, bool poor);

// Whether one of the figures starting at `figure_starts` counts an outcome
// ("38 appointments"): a performance claim reporting a result.
bool counts_an_outcome(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                       const std::vector<std::uint32_t>& figure_starts, const ClaimTuning& tuning);

// The spending verbs of the sentence that report buyers spending more
// ("members spend 2.4x more"): revenue, not the advertiser's cost.
std::vector<const CueHit*> buyer_spending_of(const DocumentView& doc, const SentenceCues& s,
                                             const std::vector<Quantity>& figures,
                                             const std::vector<std::uint32_t>& figure_starts,
                                             const ClaimTuning& tuning);

// Whether the sentence holds a rise or fall word ("doubled" aside).
bool has_change_word(const DocumentView& doc, const SentenceCues& s);

// Whether a change word right beside a percentage or multiplier reports a
// measured outcome ("Impressions fell by 58%") in a sentence with no claim
// cue: it then stands in for a weak performance cue.
bool reports_a_change(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                      const std::vector<Quantity>& figures, const std::vector<std::uint32_t>& figure_starts,
                      const ClaimTuning& tuning);

}  // namespace vane::engine
