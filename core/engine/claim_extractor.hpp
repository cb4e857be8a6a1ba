// ROI claims: sentences that assert something about the return of
// marketing. Headings (lines with no closing full stop, or ending in a
// colon, or of fewer than five words and no figure), questions (also inside quotes) and sentences that
// open with an imperative (negation.tsv `imperative`: advice, calls to
// action) assert nothing and are skipped, and so do sentences of advice
// with no figure ("should show revenue", negation.tsv `advice`). A sentence is a claim when its roi.tsv cues outweigh a
// threshold; weak outcome words ("sales", "results") need a figure or an
// evaluative word beside them, and a document with no marketing evidence at
// all (no channel, no axis side, fewer than two strong return cues) has
// no claims (a recipe's "results" are not ROI). A sentence with no cue at
// all still reports an outcome when a change word stands right beside a
// percentage or multiplier ("Impressions fell by 58%", "steeg met 40%"),
// also with a bound between them ("fell by more than 70%"). A figure that
// sizes an offer ("a 12% launch discount", "€ 10 korting", "free up to
// 1,000 subscribers") tells what a buyer gets, not a return: it backs no
// claim; nor does a price inside an offer's name ("half price"), nor a
// cue inside a short quotation ("the e-book «Il mix che funziona»").
//   kind/kinds   by summed cue weight per kind, plus the cue nearest each
//                figure ("clicks can cost £20": cost)
//   polarity     positive/negative words, increase/decrease read against the
//                kind (rising cost is negative) or the loss metric next to
//                them (rising unsubscribes are negative) or the outcome right
//                after them ("costs less and brings more leads"), negation flips; buyers
//                spending more ("members spend 2.4x more") is performance; a limiter
//                before a figure ("only 23%") is a small outcome or a small
//                cost; a plain measurability claim is positive, a negated
//                one negative; a claim with no evaluative word is positive,
//                except a bare quoted price (one amount of money, or a
//                range of two: "between £300 and £800") and
//                figures listed side by side for two subjects, neutral,
//                and figures that each size a metric of loss ("the bounce
//                rate reached 9%"), negative;
//                one cost set against few outcomes ("cost $38,000 and produced
//                four meetings") is a poor return: roi, negative;
//                a result set against a target ("140 sign-ups, against the
//                300 we aimed for") is bad news short of it, good news beyond
//   comparative  a comparison marker in the sentence
//   subjects     channels and explicit axis sides in the sentence, else in
//                the sentence before
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "engine/context_rules.hpp"
#include "engine/cue_finder.hpp"
#include "engine/quantity_parser.hpp"
#include "engine/record.hpp"

namespace vane::engine {

// How much of the document is about marketing: claims need it.
enum class MarketingEvidence {
  none,      // no claims at all
  sentence,  // only sentences that name a channel or an axis side themselves
  document,  // any sentence
};

// The thresholds of claim detection, one line each on why it exists; the
// values were fitted on the dev corpora (corpora/*/dev).
struct ClaimTuning {
  // A cue this heavy ("ROI") is a claim alone; weaker ones ("results") need a figure, or recipes claim.
  double strong_cue = 2.5;
  // Several cues adding up to this back each other as one strong cue would ("what a click costs").
  double corroborating_cues = 4.0;
  // cues (up to 3) + 1 figure + 0.5 per judging word (up to 2) + 0.5 comparison: less only names a topic.
  double claim_score = 2.0;
  // Instead of 1 when a figure counts an outcome ("38 appointments"): a counted result is a claim's core.
  double outcome_figure = 1.5;
  // Shorter sentences are headings and fragments, which name a topic and assert nothing...
  int min_words = 5;
  // ...unless they hold a figure ("Coût : 21 000 €."): the figure says what the words leave out.
  int min_words_with_figure = 1;
  // Added to the kind of the cue nearest each figure: the figure says what the sentence measures.
  double figure_anchor = 1.0;
  // Tokens between a figure and its cue: a cue further off names something else in the sentence.
  std::uint32_t figure_anchor_window = 3;
  // "Only" right before a figure outweighs the claim's other words: it scopes over the whole statement.
  int limiter_weight = 2;
  // Tokens from a limiter to its figure ("only the 6%"): room for an article, not for another phrase.
  std::uint32_t limiter_reach = 2;
  // A return cue this heavy ("ROI", "return on investment")...
  double return_evidence_cue = 2.0;
  // ...this often makes a text with no channel about marketing: once may be a passing mention.
  int return_evidence_hits = 2;
  // A change word beside a relative figure ("fell by 58%") is a measured outcome, metric named or not...
  double change_cue = 1.0;
  // ...this many tokens from it at most: further off it may qualify another word.
  std::uint32_t change_reach = 2;
  // Tokens from a spending verb to the figure of "spend 18% more": room for "en moyenne", "in media".
  std::uint32_t spending_reach = 3;
  // Money per outcome from which a cost set against its outcomes is a poor return (audit R10).
  double poor_yield = 300.0;
  // Tokens between the two amounts of a price range ("between £300 and £800"); further apart they compare.
  std::uint32_t range_gap = 2;
  // A quotation this short inside a sentence is a title or a phrase quoted; a longer one is a statement.
  int quoted_title_words = 5;
  // Tokens from an offer word to the figure it sizes ("sconto aggiuntivo del 6%"); further off, it sizes none.
  std::uint32_t offer_reach = 3;
};

// Buffers extract_claims reuses from one document to the next (a worker's
// Scratch holds one): the per-sentence cue lists, which cost a dozen
// vectors a sentence when built afresh.
class ClaimScratch {
 public:
  ClaimScratch();
  ~ClaimScratch();
  ClaimScratch(ClaimScratch&&) noexcept;
  ClaimScratch& operator=(ClaimScratch&&) noexcept;
  struct Buffers;  // claim_sentence.hpp
  Buffers& buffers() { return *buffers_; }

 private:
  std::unique_ptr<Buffers> buffers_;
};

std::vector<RoiClaim> extract_claims(const DocumentView& doc, const std::vector<CueHit>& hits,
                                     const ContextRules& rules, const QuantityParser& quantities,
                                     MarketingEvidence marketing, const ClaimTuning& tuning = {});
// The same, reusing `scratch`'s buffers: the records are the same.
std::vector<RoiClaim> extract_claims(const DocumentView& doc, const std::vector<CueHit>& hits,
                                     const ContextRules& rules, const QuantityParser& quantities,
                                     MarketingEvidence marketing, ClaimScratch& scratch,
                                     const ClaimTuning& tuning = {});

}  // namespace vane::engine
