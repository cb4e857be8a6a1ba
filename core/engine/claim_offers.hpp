// Internal to the claim extractor: what an offer's terms are. A figure
// that sizes an offer ("a 12% launch discount", "€ 10 korting", "free up
// to 1,000 subscribers") tells what a buyer gets, not a return the
// marketer reports, and a claim cue inside an offer's name ("half price",
// "prix de lancement") is the offer's price, not a cost. Offer words come
// from polarity.tsv's `offer` rows.
//
//   drop_offer_names(doc, s);
//   const auto offered = offer_terms(doc, s, rules, figures, figure_starts, tuning);
//   if (!offered[f]) backing_starts.push_back(figure_starts[f]);
#pragma once

#include <cstdint>
#include <vector>

#include "engine/claim_sentence.hpp"

namespace vane::engine {

// Per figure, whether it is one of an offer's terms (and so backs no claim).
std::vector<bool> offer_terms(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                              const std::vector<Quantity>& figures, const std::vector<std::uint32_t>& figure_starts,
                              const ClaimTuning& tuning);

// Removes from `s` the claim cues inside the name of an offer, and their weight.
void drop_offer_names(const DocumentView& doc, SentenceCues& s);

}  // namespace vane::engine
