// ROI claims (claim_extractor.hpp): the story of one document. Each
// sentence's cues are gathered once (claim_sentence), cleared of what
// counts for nothing (offer names, short quotations), and a sentence that
// asserts something (claim_assertion) with enough cue weight, backed by a
// figure, a judging word or a comparison, becomes a claim; its kinds
// (claim_kind) and polarity (claim_polarity) are read last.
//
//   ClaimScratch scratch;  // one per worker
//   auto claims = extract_claims(doc, hits, rules, quantities, MarketingEvidence::document, scratch);
#include "engine/claim_extractor.hpp"

#include <algorithm>

#include "engine/claim_assertion.hpp"
#include "engine/claim_kind.hpp"
#include "engine/claim_offers.hpp"
#include "engine/claim_polarity.hpp"
#include "engine/claim_quotes.hpp"
#include "engine/claim_sentence.hpp"

namespace vane::engine {
namespace {

using lexicon::EntryKind;
using lexicon::KeyClass;

// A text about measuring marketing's return may name no channel and take
// no side ("only 37% of SMEs measure the ROI of their marketing"): strong
// return cues ("ROI", "return on investment"), used more than once, make it
// about marketing. A recipe's "results" are weak cues and a DIY guide's
// tiles "measuring 10 x 20 cm" are not about return, so neither counts.
MarketingEvidence with_return_evidence(const DocumentView& doc, const std::vector<CueHit>& hits,
                                       MarketingEvidence marketing, const ClaimTuning& tuning) {
  if (marketing != MarketingEvidence::none) return marketing;
  int strong = 0;
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    if (e.kind == EntryKind::roi && e.key_class == KeyClass::roi &&
        e.weight >= tuning.return_evidence_cue) {
      ++strong;
    }
  }
  return strong >= tuning.return_evidence_hits ? MarketingEvidence::document : marketing;
}

// The figures that back a claim: those that are no offer's terms.
std::vector<std::uint32_t> backing_figures(const std::vector<std::uint32_t>& figure_starts,
                                           const std::vector<bool>& offered) {
  std::vector<std::uint32_t> backing_starts;
  for (std::size_t f = 0; f < figure_starts.size(); ++f) {
    if (!offered[f]) backing_starts.push_back(figure_starts[f]);
  }
  return backing_starts;
}

// Whether a sentence with `cues` of claim-cue weight scores as a claim
// (ClaimTuning::claim_score) and is backed: by a figure, a share in words,
// a judging word or a comparison, or by cues strong enough by themselves.
bool scores_as_a_claim(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules, double cues,
                       const std::vector<std::uint32_t>& backing_starts, const ClaimTuning& tuning) {
  // A share in words ("half of our new clients", "un tiers des commandes")
  // measures like a figure, though it is not reported as a quantity.
  const bool backed = !backing_starts.empty() || s.share || s.polarity_words > 0 || s.comparative;
  const double figure_score = !backing_starts.empty() ? (counts_an_outcome(doc, s, rules, backing_starts, tuning)
                                                      ? tuning.outcome_figure
                                                      : 1.0)
                              : s.share       ? 1.0
                                              : 0.0;
  const double score = std::min(cues, 3.0) + figure_score + std::min(2, s.polarity_words) * 0.5 + (s.comparative ? 0.5 : 0.0);
  const bool self_backed = s.strongest >= tuning.strong_cue || cues >= tuning.corroborating_cues;
  return score >= tuning.claim_score && (backed || self_backed);
}

}  // namespace

std::vector<RoiClaim> extract_claims(const DocumentView& doc, const std::vector<CueHit>& hits,
                                     const ContextRules& rules, const QuantityParser& quantities,
                                     MarketingEvidence marketing, const ClaimTuning& tuning) {
  ClaimScratch scratch;
  return extract_claims(doc, hits, rules, quantities, marketing, scratch, tuning);
}

std::vector<RoiClaim> extract_claims(const DocumentView& doc, const std::vector<CueHit>& hits,
                                     const ContextRules& rules, const QuantityParser& quantities,
                                     MarketingEvidence marketing, ClaimScratch& scratch, const ClaimTuning& tuning) {
  std::vector<RoiClaim> claims;
  marketing = with_return_evidence(doc, hits, marketing, tuning);
  if (marketing == MarketingEvidence::none) return claims;
  const auto sentences = gather(doc, hits, rules, scratch.buffers());  // a sentence may gain a stand-in cue below

  for (std::size_t i = 0; i < sentences.size(); ++i) {
    auto& s = sentences[i];
    drop_offer_names(doc, s);
    drop_quoted(doc, doc.seg->sentences[i], s, tuning);
    double cues = 0.0;
    for (double w : s.kind_weight) cues += w;
    // With no claim cue only a change word can make a claim (reports_a_change):
    // most sentences stop here, before their figures are parsed.
    if (cues == 0.0 && !has_change_word(doc, s)) continue;
    const auto& sentence = doc.seg->sentences[i];
    if (marketing == MarketingEvidence::sentence && s.subjects.empty()) continue;
    auto figures = quantities.parse(sentence.first_token, sentence.end_token);
    if (!asserts_something(doc, sentence, !figures.empty(), tuning) ||
        rules.opens_with_imperative(static_cast<std::uint32_t>(i))) {
      continue;
    }
    const auto figure_starts = figure_tokens(doc, sentence, figures);
    s.buyer_spend = buyer_spending_of(doc, s, figures, figure_starts, tuning);
    count_buyer_spending_as_performance(doc, s);
    // Figures that size an offer ("a 12% launch discount") back no claim.
    const auto backing_starts = backing_figures(figure_starts, offer_terms(doc, s, rules, figures, figure_starts, tuning));
    if (cues == 0.0) {
      if (!reports_a_change(doc, s, rules, figures, figure_starts, tuning)) continue;
      s.kind_weight[static_cast<std::size_t>(kind_index(KeyClass::performance))] = cues = tuning.change_cue;
    }
    // "The top row should show revenue influenced, not likes": a modal of
    // advice says what ought to be, not what marketing returns, unless a
    // figure states the return expected.
    if (s.advice && backing_starts.empty()) continue;
    if (!scores_as_a_claim(doc, s, rules, cues, backing_starts, tuning)) continue;

    RoiClaim claim;
    claim.span = {sentence.begin, sentence.end};
    const bool poor = poor_yield(doc, s, figures, figure_starts, tuning);
    claim.kinds = claim_kinds(anchored_kind_weight(doc, s, backing_starts, tuning), poor);
    claim.polarity = polarity_of(doc, s, rules, lexicon::key_class(claim.kinds.front()), figures, figure_starts,
                                 stated_changes(doc, s, figures, figure_starts, tuning), poor, tuning);
    claim.comparative = s.comparative;
    claim.subjects = !s.subjects.empty() || i == 0 ? s.subjects : sentences[i - 1].subjects;
    claim.quantities = std::move(figures);
    claims.push_back(std::move(claim));
  }
  return claims;
}

}  // namespace vane::engine
