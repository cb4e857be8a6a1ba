// Figures and cues of an offer (claim_offers.hpp): the buyer's side of a
// sentence, which backs no claim.
//
//   const auto offered = offer_terms(doc, s, rules, figures, starts, tuning);
//   // "Members get a 15% launch discount.": {true}, the figure sizes what they get
//
// An offer word sizes a figure only near it and in its clause, and nearer
// than any claim cue: "cut discounts by 20%" still reports a change.
#include "engine/claim_offers.hpp"

#include <algorithm>

#include "engine/claim_kind.hpp"

namespace vane::engine {

using lexicon::KeyClass;

// "A 15% launch discount", "sconto aggiuntivo del 6%", "€ 10 korting",
// "20% off": a figure with a word naming an offer (polarity.tsv `offer`)
// within `offer_reach` tokens of it (or of its bound: "free up to 1,000
// subscribers"), in the same clause and nearer than any claim cue, sizes
// what a buyer is offered, not a return the marketer reports, so it backs
// no claim (a change word still does: "cut discounts by 20%"). So does a
// bounded figure anywhere in the offer's clause: its threshold or limit
// ("spedizione gratuita per ordini oltre i 49 €"). An offer
// word right before an outcome names the kind of outcome ("£38,000 in
// voucher sales"). Returns, per figure, whether it is one of an offer's
// terms.
std::vector<bool> offer_terms(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                              const std::vector<Quantity>& figures, const std::vector<std::uint32_t>& figure_starts,
                              const ClaimTuning& tuning) {
  std::vector<bool> offered(figures.size(), false);
  if (s.offers.empty()) return offered;
  auto names_an_outcome = [&](const CueHit& word) {
    return std::any_of(s.kind_cues.begin(), s.kind_cues.end(), [&](const CueHit* cue) {
      return cue->first == word.end && cue_kind(doc, s, *cue) == KeyClass::performance;
    });
  };
  for (std::size_t f = 0; f < figures.size(); ++f) {
    const CueHit figure{rules.bound_start(figure_starts[f]), token_after(doc, figure_starts[f], figures[f])};
    const CueHit* cue = nearest_cue(s, figure);
    const std::uint32_t cue_distance = cue != nullptr ? distance(*cue, figure) : UINT32_MAX;
    const bool bounded = rules.bounded(figure_starts[f]);
    offered[f] = std::any_of(s.offers.begin(), s.offers.end(), [&](const CueHit* word) {
      const std::uint32_t d = distance(*word, figure);
      const bool sizes = bounded || (d <= tuning.offer_reach && d < cue_distance);
      return sizes && same_clause(doc, *word, figure) && !names_an_outcome(*word);
    });
  }
  return offered;
}

// "Any cake half price", "prix de lancement", "metà prezzo",
// "introductieprijs": a claim cue inside the name of an offer (polarity.tsv
// `offer`) is the offer's price, not a cost the marketer reports, so it
// counts for nothing.
void drop_offer_names(const DocumentView& doc, SentenceCues& s) {
  if (s.offers.empty()) return;
  const auto named = [&](const CueHit* cue) {
    return std::any_of(s.offers.begin(), s.offers.end(),
                       [&](const CueHit* offer) { return offer->first <= cue->first && cue->end <= offer->end; });
  };
  for (const CueHit* cue : s.kind_cues) {
    if (named(cue)) s.kind_weight[static_cast<std::size_t>(kind_index(doc.entry(*cue).key_class))] -= doc.entry(*cue).weight;
  }
  s.kind_cues.erase(std::remove_if(s.kind_cues.begin(), s.kind_cues.end(), named), s.kind_cues.end());
  s.strongest = 0.0;
  for (const CueHit* cue : s.kind_cues) s.strongest = std::max(s.strongest, doc.entry(*cue).weight);
}

}  // namespace vane::engine
