// Internal to the claim extractor: whether a claim is good, bad or
// neutral news for the marketer. Judging words count, read against what
// they qualify: a rise in a cost or a loss metric is bad news, a limiter
// before a figure ("only 23%") makes it small, negation flips, the clause
// after "but" decides; a result set against a target, a cost set against
// few outcomes and changes stated as "from X to Y" count too. A claim with
// no judging word reports an outcome and is positive, except a bare price
// or figures listed side by side (neutral) and sizes of a loss (negative).
//
//   const bool poor = poor_yield(doc, s, figures, starts, tuning);
//   claim.polarity = polarity_of(doc, s, rules, KeyClass::cost, figures, starts,
//                                stated_changes(doc, s, figures, starts, tuning), poor, tuning);
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "engine/claim_sentence.hpp"

namespace vane::engine {

// "positive", "negative" or "neutral" for a claim of kind `main_kind`
// (KeyClass::roi, measurability, cost or performance) whose figures start
// at `figure_tokens`.
std::string polarity_of(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                        lexicon::KeyClass main_kind, const std::vector<Quantity>& figures,
                        const std::vector<std::uint32_t>& figure_tokens,
                        const std::vector<std::pair<const CueHit*, int>>& stated_changes, bool poor,
                        const ClaimTuning& tuning);

// Changes stated by two figures of one unit joined by from/to markers
// ("from €40 to €65"), each as its "to" marker and direction (+1, -1).
std::vector<std::pair<const CueHit*, int>> stated_changes(const DocumentView& doc, const SentenceCues& s,
                                                          const std::vector<Quantity>& figures,
                                                          const std::vector<std::uint32_t>& starts,
                                                          const ClaimTuning& tuning);

// Whether one amount of money set against a count of outcomes ("cost
// $38,000 and produced four meetings") is a poor return.
bool poor_yield(const DocumentView& doc, const SentenceCues& s, const std::vector<Quantity>& figures,
                const std::vector<std::uint32_t>& figure_starts, const ClaimTuning& tuning);

}  // namespace vane::engine
