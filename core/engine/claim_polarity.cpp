// Whether a claim is good, bad or neutral news (claim_polarity.hpp): the
// judging words of its sentence, each read against what it qualifies, plus
// limiters, targets, losses, poor yields and stated changes.
//
//   claim.polarity = polarity_of(doc, s, rules, KeyClass::cost, figures, starts, {}, false, tuning);
//   // "Our email newsletter costs only £5 per new customer.": "positive"
//
// Every rule here was added for a sentence of the dev corpora it got wrong;
// the comments name such sentences, in the languages they came from.
#include "engine/claim_polarity.hpp"

#include <algorithm>
#include <functional>
#include <optional>

#include "engine/claim_kind.hpp"

namespace vane::engine {

using lexicon::KeyClass;

namespace {

// Whether "more"/"less" at `hit` is about something that is better low: a
// cost, or a metric of loss (polarity.tsv `inverse`: unsubscribes, bounce
// rate, churn). The cue nearest to it says what is growing ("revenue is up
// 46% and we spend less": the cost cue "spend" sits next to "less", good
// news; "unsubscribes doubled" is bad news though it is an outcome).
bool better_low(const DocumentView& doc, const SentenceCues& s, const CueHit& hit) {
  const CueHit* nearest = nearest_cue(s, hit);
  const std::uint32_t best = nearest != nullptr ? distance(*nearest, hit) : UINT32_MAX;
  // A loss metric is usually an ROI cue too ("bounce rate"): on a tie it wins.
  for (const CueHit* metric : s.inverse) {
    if (distance(*metric, hit) <= best) return true;
  }
  return nearest != nullptr && cue_kind(doc, s, *nearest) == KeyClass::cost;
}

// "Coûte dix fois moins cher et touche plus de prospects", "costs less and
// brings in more leads": in a cost claim, a change word right before an
// outcome ("plus de prospects", "more leads", within `change_reach`
// tokens) is that outcome's change, not the cost's, unless a cost cue
// stands at least as near ("spend more on leads" is spending) or a
// comparison marker comes between ("62% minder dan een lead": the lead is
// what the cost is compared with).
bool qualifies_an_outcome(const DocumentView& doc, const SentenceCues& s, const CueHit& hit, const ClaimTuning& tuning) {
  const CueHit* outcome = nullptr;
  std::uint32_t cost_distance = UINT32_MAX;
  for (const CueHit* cue : s.kind_cues) {
    const KeyClass kind = cue_kind(doc, s, *cue);
    if (kind == KeyClass::cost) {
      cost_distance = std::min(cost_distance, distance(*cue, hit));
    } else if (kind != KeyClass::measurability && cue->first >= hit.end && distance(*cue, hit) <= tuning.change_reach &&
               same_clause(doc, hit, *cue) && (outcome == nullptr || cue->first < outcome->first)) {
      outcome = cue;
    }
  }
  if (outcome == nullptr || distance(*outcome, hit) >= cost_distance) return false;
  return std::none_of(s.comparisons.begin(), s.comparisons.end(), [&](const CueHit* marker) {
    return marker->first >= hit.end && marker->end <= outcome->first;
  });
}

// A limiter right before a figure ("only 23% can prove it", "solo il 6%",
// "costs only €5") says the figure is small: bad news for an outcome, good
// news for a cost. It scopes over the whole statement, so it outweighs a
// plain evaluative word ("only 31% could measure the ROI" is negative).
int limiter_score(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                  KeyClass main_kind, const std::vector<std::uint32_t>& figure_tokens,
                  const ClaimTuning& tuning) {
  int score = 0;
  for (const CueHit* hit : s.limiters) {
    const bool before_figure = std::any_of(figure_tokens.begin(), figure_tokens.end(), [&](std::uint32_t f) {
      return f >= hit->end && f <= hit->end + tuning.limiter_reach;
    });
    // "just over 40,000 subscribers", "just under 5%": the limiter tunes a
    // bound, the figure is approximate rather than small.
    if (!before_figure || rules.bounds_figure(hit->end, hit->end + 1)) continue;
    int sign = main_kind == KeyClass::cost || better_low(doc, s, *hit) ? 1 : -1;
    // "not only 20%"; the negator is part of a negated limiter ("ne ... que") and keeps it a limiter.
    if (rules.negated(hit->first) && doc.entry(*hit).key_class == KeyClass::limiter) sign = -sign;
    score += (rules.after_adversative(hit->first) ? 3 : 1) * tuning.limiter_weight * sign;
  }
  return score;
}

// Whether the positive word at `hit` is the same words as one of the
// sentence's measurability cues. A complaint that holds the cue ("hard to
// measure", "difficile da misurare") judges it and counts.
bool names_measurability(const DocumentView& doc, const SentenceCues& s, const CueHit& hit) {
  return doc.entry(hit).key_class == KeyClass::positive && std::any_of(s.kind_cues.begin(), s.kind_cues.end(), [&](const CueHit* cue) {
    return cue->first < hit.end && hit.first < cue->end && doc.entry(*cue).key_class == KeyClass::measurability;
  });
}

// A cost claim whose only figure is one amount of money ("the whole
// operation costs us around $4,200 a month", "il costo per iscritto è
// stato di 300 euro") quotes a price: with no word saying it is high or
// low, it is neither good nor bad news. So does a price range, two amounts
// of one currency with at most `range_gap` tokens between them ("costs
// between £300 and £800", "kost € 3.500 tot € 8.000", "tra i 700 e i 900
// euro"). Two amounts further apart, or joined by a comparison marker
// ("240 €, contre 380 €"), compare something ("€37 for inbound, €61 for
// outbound") and keep the default.
bool quotes_a_price(const DocumentView& doc, const SentenceCues& s, KeyClass main_kind,
                    const std::vector<Quantity>& figures, const std::vector<std::uint32_t>& figure_tokens,
                    const ClaimTuning& tuning) {
  if (main_kind != KeyClass::cost || figures.empty() || figures.size() > 2) return false;
  if (!std::all_of(figures.begin(), figures.end(), [&](const Quantity& q) {
        return q.type == "money" && q.currency == figures.front().currency;
      })) {
    return false;
  }
  const auto cost = static_cast<std::size_t>(kind_index(KeyClass::cost));
  bool only_cost = true;  // no cue of another kind: a range of prices, not a cost set against a result
  for (std::size_t k = 0; k < s.kind_weight.size(); ++k) only_cost = only_cost && (k == cost || s.kind_weight[k] == 0.0);
  return figures.size() == 1 || (only_cost && !s.comparative &&
                                 figure_tokens[1] <= token_after(doc, figure_tokens[0], figures[0]) + tuning.range_gap);
}

// "€148 per lead for outbound and €92 for inbound", "Google Shopping made
// 41 sales and the influencers 19": figures of one unit for two subjects,
// with a subject named between them, list the subjects side by side. With
// no comparison marker ("versus", "than") making one the sentence's
// subject, and no evaluative word, neither is good or bad news.
bool lists_side_by_side(const SentenceCues& s, const std::vector<Quantity>& figures,
                        const std::vector<std::uint32_t>& figure_tokens) {
  if (s.comparative || s.subjects.size() < 2 || figures.size() < 2) return false;
  const bool one_unit = std::all_of(figures.begin(), figures.end(), [&](const Quantity& q) {
    return q.type == figures.front().type && q.currency == figures.front().currency;
  });
  return one_unit && std::any_of(s.subject_tokens.begin(), s.subject_tokens.end(), [&](std::uint32_t at) {
           return at > figure_tokens.front() && at < figure_tokens.back();
         });
}

// "140 sign-ups in the first month, against the 300 we aimed for", "140
// iscrizioni, contro le 300 che ci eravamo dati come obiettivo": with a
// word naming a target, the figure nearest it is the target and the
// first other figure of the same unit the result. Falling short is bad
// news and beating it good news, the other way round for a cost or a loss
// metric (a budget overrun). Returns +1, -1, or 0 when the sentence sets no
// result against a target.
int against_target(const DocumentView& doc, const SentenceCues& s, KeyClass main_kind,
                   const std::vector<Quantity>& figures, const std::vector<std::uint32_t>& figure_tokens) {
  if (s.targets.empty() || figures.size() < 2) return 0;
  std::size_t target = 0;
  std::uint32_t best = UINT32_MAX;
  for (std::size_t f = 0; f < figures.size(); ++f) {
    for (const CueHit* word : s.targets) {
      const std::uint32_t d = distance(*word, CueHit{figure_tokens[f], figure_tokens[f] + 1});
      if (d < best) {
        best = d;
        target = f;
      }
    }
  }
  for (std::size_t f = 0; f < figures.size(); ++f) {
    const Quantity& result = figures[f];
    const Quantity& aim = figures[target];
    if (f == target || result.type != aim.type || result.currency != aim.currency) continue;
    if (!result.value || !aim.value || *result.value == *aim.value) return 0;
    const int direction = *result.value > *aim.value ? 1 : -1;
    return main_kind == KeyClass::cost || better_low(doc, s, *s.targets.front()) ? -direction : direction;
  }
  return 0;
}

// "Il tasso di rimbalzo era arrivato al 9%", "bij gekochte lijsten lag het
// percentage harde bounces op 7,8%": figures that each size a metric of loss
// (polarity.tsv `inverse`: bounces, churn, unsubscribes, complaints; the
// nearest cue to the figure), with no word saying they are high or low,
// report how much was lost: bad news, where a figure that sizes an outcome
// is good news. A bounded figure ("unsubscribes under 0.3%") may be a
// ceiling kept, so it sizes nothing; a limiter ("only 0.2% unsubscribed")
// or a change word judges the figure and is read before this default.
bool sizes_a_loss(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                  const std::vector<Quantity>& figures, const std::vector<std::uint32_t>& figure_tokens) {
  if (figures.empty() || s.inverse.empty()) return false;
  for (std::size_t f = 0; f < figures.size(); ++f) {
    const CueHit figure{figure_tokens[f], token_after(doc, figure_tokens[f], figures[f])};
    const CueHit* outcome = nearest_cue(s, figure);
    const std::uint32_t outcome_distance = outcome != nullptr ? distance(*outcome, figure) : UINT32_MAX;
    // A loss metric is usually an ROI cue too ("bounce rate"): where they are the same words it wins.
    // One beyond a comma sizes the next item of a list ("open rate 41%, unsubscribes 0.3%").
    const bool loss = std::any_of(s.inverse.begin(), s.inverse.end(), [&](const CueHit* metric) {
      return (distance(*metric, figure) < outcome_distance && same_clause(doc, *metric, figure)) ||
             (outcome != nullptr && distance(*metric, *outcome) == 0);
    });
    if (!loss || rules.bounded(figure_tokens[f])) return false;
  }
  return true;
}

}  // namespace

std::string polarity_of(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                        KeyClass main_kind, const std::vector<Quantity>& figures,
                        const std::vector<std::uint32_t>& figure_tokens,
                        const std::vector<std::pair<const CueHit*, int>>& stated_changes, bool poor,
                        const ClaimTuning& tuning) {
  const int limited = limiter_score(doc, s, rules, main_kind, figure_tokens, tuning);
  // A poor yield is the claim's point, like a denied outcome, and so is a result set against its target.
  const int targeted = against_target(doc, s, main_kind, figures, figure_tokens);
  int score = limited - (poor ? 2 : 0) + 2 * targeted;
  bool evaluated = false;
  for (const CueHit* hit : s.polarity) {
    // A word that is also the claim's measurability cue ("measurement", "attribution", "misurazione",
    // which share a stem with "measurable") names the topic: a plain measurability claim is positive
    // anyway, and its denial is counted as such (negated_measurability).
    if (names_measurability(doc, s, *hit)) continue;
    evaluated = true;
    const KeyClass key = doc.entry(*hit).key_class;
    const bool change = key == KeyClass::increase || key == KeyClass::decrease;
    int sign = key == KeyClass::positive || key == KeyClass::increase ? 1 : -1;
    // A cost claim reads every change as a cost's, except a denied one, which is about its own
    // neighbour ("cut the budget by 60% without losing sales"), and one right before an outcome
    // ("costs less and brings more leads").
    const bool costs_change =
        main_kind == KeyClass::cost && !rules.negated(hit->first) && !qualifies_an_outcome(doc, s, *hit, tuning);
    if (change && (better_low(doc, s, *hit) || costs_change)) sign = -sign;
    if (rules.negated(hit->first)) sign = -sign;
    // "Fast and controllable, but expensive": the clause after "but" decides.
    score += rules.after_adversative(hit->first) ? 3 * sign : sign;
  }
  for (const auto& changes : {std::cref(s.growth), std::cref(stated_changes)}) {
    for (const auto& [hit, direction] : changes.get()) {
      score += main_kind == KeyClass::cost || better_low(doc, s, *hit) ? -direction : direction;
    }
  }
  if (s.negated_measurability) score -= 2;
  score -= s.negated_outcomes;
  // A claim with no evaluative word at all reports an outcome ("traffic went
  // from 1,100 to 14,800 visits"; "every piece is measurable"): positive.
  // Reading every bare cost as neutral was tried twice and lost: costs
  // compared or given as a range are mostly reported as wins. A single
  // quoted price or price range is not (quotes_a_price), nor are figures listed side by
  // side for two subjects (lists_side_by_side). Otherwise neutral is for sentences
  // whose evaluative words cancel out.
  if (score == 0 && !evaluated && s.growth.empty() && stated_changes.empty() && !s.negated_measurability &&
      s.negated_outcomes == 0 && limited == 0 && !poor && targeted == 0) {
    const bool neither = quotes_a_price(doc, s, main_kind, figures, figure_tokens, tuning) ||
                         lists_side_by_side(s, figures, figure_tokens);
    score = neither ? 0 : sizes_a_loss(doc, s, rules, figures, figure_tokens) ? -1 : 1;
  }
  return score > 0 ? "positive" : score < 0 ? "negative" : "neutral";
}

// "The cost per lead went from €40 to €65", "dal 9% al 20%", "van 2% naar
// 5%": two figures of one unit joined by from/to markers state a change
// even with no change word, its direction the sign of their difference.
// The "to" marker stands for the change, so it is read against its
// nearest cue like "doubled" (a cost's rise is bad news). A range with no
// "from" ("9 tot 15%", "between 10 and 20") states no change, nor do two
// figures right after a change word that runs the other way: there the
// marker means "by" and the figures bound the size of the change ("a baissé
// de 30 à 50 %", "calati dal 30 al 50%": a fall), not its start and end
// ("è sceso dal 12% all'8%" is one).
std::vector<std::pair<const CueHit*, int>> stated_changes(const DocumentView& doc, const SentenceCues& s,
                                                          const std::vector<Quantity>& figures,
                                                          const std::vector<std::uint32_t>& starts,
                                                          const ClaimTuning& tuning) {
  auto sizes_a_change = [&](const CueHit& marker, int direction) {
    return std::any_of(s.polarity.begin(), s.polarity.end(), [&](const CueHit* word) {
      return doc.entry(*word).key_class == (direction > 0 ? KeyClass::decrease : KeyClass::increase) && word->end <= marker.first &&
             distance(*word, marker) <= tuning.change_reach;
    });
  };
  std::vector<std::pair<const CueHit*, int>> changes;
  for (std::size_t a = 0; a + 1 < figures.size(); ++a) {
    const Quantity& from = figures[a];
    const Quantity& to = figures[a + 1];
    if (!from.value || !to.value || *from.value == *to.value || from.type != to.type || from.currency != to.currency) {
      continue;
    }
    const int direction = *to.value > *from.value ? 1 : -1;
    const bool opened = std::any_of(s.change_from.begin(), s.change_from.end(), [&](const CueHit* hit) {
      return hit->end <= starts[a] && starts[a] - hit->end <= 1 && !sizes_a_change(*hit, direction);
    });
    const std::uint32_t after_from = token_after(doc, starts[a], from);
    const auto joint = std::find_if(s.change_to.begin(), s.change_to.end(), [&](const CueHit* hit) {
      return hit->first >= after_from && hit->first <= after_from + 1 && hit->end <= starts[a + 1] &&
             starts[a + 1] - hit->end <= 1;
    });
    if (opened && joint != s.change_to.end()) changes.emplace_back(*joint, direction);
  }
  return changes;
}

// "The Las Vegas dinner cost $38,000 and produced four meetings", "kostte
// € 12.500 en leverde 37 bestellingen op": one amount of money that a cost
// cue names, set against a count of outcomes after it (a number or a
// number word with a performance cue right after it), is a return; when
// each outcome cost `poor_yield` or more, a poor one (audit R10). Only with
// a single amount: "signed 9 clients worth £140,000" values the outcomes.
bool poor_yield(const DocumentView& doc, const SentenceCues& s, const std::vector<Quantity>& figures,
                const std::vector<std::uint32_t>& figure_starts, const ClaimTuning& tuning) {
  std::optional<std::size_t> money;
  for (std::size_t f = 0; f < figures.size(); ++f) {
    if (figures[f].type != "money") continue;
    if (money) return false;
    money = f;
  }
  if (!money || !figures[*money].value) return false;
  const CueHit* cost = cue_of_figure(s, figure_starts[*money], tuning);
  if (cost == nullptr || cue_kind(doc, s, *cost) != KeyClass::cost) return false;
  // The outcome a count starting at token `at` counts: a performance cue right after it
  // ("produced four meetings": the verb before the count does not say what it counts).
  auto counts_outcome = [&](std::uint32_t at) {
    return std::any_of(s.kind_cues.begin(), s.kind_cues.end(), [&](const CueHit* cue) {
      return cue->first > at && cue->first <= at + tuning.figure_anchor_window && cue_kind(doc, s, *cue) == KeyClass::performance;
    });
  };
  std::optional<double> count;
  for (std::size_t f = 0; f < figures.size() && !count; ++f) {
    if (figures[f].type == "number" && figures[f].value && *figures[f].value > 0 &&
        figure_starts[f] > figure_starts[*money] && counts_outcome(figure_starts[f])) {
      count = *figures[f].value;
    }
  }
  for (const CueHit* word : s.number_words) {
    if (count) break;
    if (word->first > figure_starts[*money] && counts_outcome(word->first)) count = doc.entry(*word).weight;
  }
  return count && *figures[*money].value / *count >= tuning.poor_yield;
}

}  // namespace vane::engine
