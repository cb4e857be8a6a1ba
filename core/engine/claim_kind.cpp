// What a claim is about (claim_kind.hpp): the kind each cue stands for,
// the kind weights a sentence's figures anchor, outcomes counted by a
// figure, buyers' spending read as revenue, and a change word standing in
// for an outcome cue.
//
//   const int cost = kind_index(KeyClass::cost);
//   if (cue_kind(doc, s, *cue) == KeyClass::performance) ...
//
// The kind is judged per sentence, after claim_offers and claim_quotes have
// dropped the cues that count for nothing.
#include "engine/claim_kind.hpp"

#include <algorithm>

namespace vane::engine {

using lexicon::KeyClass;

int kind_index(KeyClass kind) {
  switch (kind) {
    case KeyClass::roi: return 0;
    case KeyClass::measurability: return 1;
    case KeyClass::cost: return 2;
    default: return 3;  // performance
  }
}

// The kind a claim cue stands for in its sentence: its roi.tsv kind, except
// a spending verb that reports buyers spending more (buyer_spending_of),
// which is revenue.
KeyClass cue_kind(const DocumentView& doc, const SentenceCues& s, const CueHit& cue) {
  const bool buyers = std::any_of(s.buyer_spend.begin(), s.buyer_spend.end(), [&](const CueHit* verb) {
    return verb->first < cue.end && cue.first < verb->end;
  });
  return buyers ? KeyClass::performance : doc.entry(cue).key_class;
}

// The kind weights with each figure's nearest cue counting more: a figure
// says what the sentence is about, so "£38,000 in sales" is performance and
// "clicks can cost £20" is cost, whatever other cues the sentence holds.
std::array<double, 4> anchored_kind_weight(const DocumentView& doc, const SentenceCues& s,
                                           const std::vector<std::uint32_t>& figure_starts,
                                           const ClaimTuning& tuning) {
  auto weight = s.kind_weight;
  for (const std::uint32_t at : figure_starts) {
    if (const CueHit* nearest = cue_of_figure(s, at, tuning)) {
      weight[static_cast<std::size_t>(kind_index(cue_kind(doc, s, *nearest)))] += tuning.figure_anchor;
    }
  }
  return weight;
}

void count_buyer_spending_as_performance(const DocumentView& doc, SentenceCues& s) {
  for (const CueHit* cue : s.kind_cues) {
    if (cue_kind(doc, s, *cue) != doc.entry(*cue).key_class) {
      s.kind_weight[static_cast<std::size_t>(kind_index(doc.entry(*cue).key_class))] -= doc.entry(*cue).weight;
      s.kind_weight[static_cast<std::size_t>(kind_index(KeyClass::performance))] += doc.entry(*cue).weight;
    }
  }
}

std::vector<std::string> claim_kinds(const std::array<double, 4>& weight, bool poor) {
  std::array<std::size_t, 4> order = {0, 1, 2, 3};
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return weight[a] > weight[b]; });
  std::vector<std::string> kinds;
  for (std::size_t k : order) {
    if (weight[k] > 0.0) kinds.push_back(kKinds[k]);
  }
  if (poor) {  // the cost set against what it bought is a return
    kinds.erase(std::remove(kinds.begin(), kinds.end(), "roi"), kinds.end());
    kinds.insert(kinds.begin(), "roi");
  }
  return kinds;
}

// A figure that counts an outcome ("38 appointments", "+310% organic
// visits", "22 new stockists") is a result being reported, which is what a
// performance claim is, even with no evaluative word. The figure comes
// first, as numbers do before what they count; a bounded figure ("up to
// 10,000 subscribers") is the limit of an offer, not a result.
bool counts_an_outcome(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                       const std::vector<std::uint32_t>& figure_starts, const ClaimTuning& tuning) {
  return std::any_of(figure_starts.begin(), figure_starts.end(), [&](std::uint32_t at) {
    const CueHit* cue = cue_of_figure(s, at, tuning);
    return cue != nullptr && cue->first > at && cue_kind(doc, s, *cue) == KeyClass::performance && !rules.bounded(at);
  });
}


// "Members spend 2.4x more per year", "les filleuls dépensent en moyenne
// 18 % de plus", "spende in media il 18% in più": a spending verb followed
// by a relative figure and a word of increase compares what buyers spend,
// which is revenue, not what the advertiser pays (advertisers write "we
// raised our spend by 18%", "spending 40% less"). The verb's cost cue then
// counts as performance. Returns the spending verbs read so.
std::vector<const CueHit*> buyer_spending_of(const DocumentView& doc, const SentenceCues& s,
                                             const std::vector<Quantity>& figures,
                                             const std::vector<std::uint32_t>& figure_starts,
                                             const ClaimTuning& tuning) {
  std::vector<const CueHit*> buyers;
  for (const CueHit* verb : s.spending) {
    for (std::size_t f = 0; f < figures.size(); ++f) {
      const std::uint32_t at = figure_starts[f];
      if (!is_relative(figures[f]) || at < verb->end || at - verb->end > tuning.spending_reach) continue;
      const std::uint32_t after = token_after(doc, at, figures[f]);
      const bool more = std::any_of(s.polarity.begin(), s.polarity.end(), [&](const CueHit* hit) {
        // "2,3 fois plus": the increase word may start inside the figure.
        return doc.entry(*hit).key_class == KeyClass::increase && hit->end > after && hit->first <= after + 1;
      });
      if (more) {
        buyers.push_back(verb);
        break;
      }
    }
  }
  return buyers;
}

// Whether the sentence holds a rise or fall word ("doubled" aside).
bool has_change_word(const DocumentView& doc, const SentenceCues& s) {
  return std::any_of(s.polarity.begin(), s.polarity.end(), [&](const CueHit* hit) {
    const auto key = doc.entry(*hit).key_class;
    return key == KeyClass::increase || key == KeyClass::decrease;
  });
}

// "Impressions fell by 58%", "bookings are up 17%", "a chuté de 12 %",
// "steeg met 40 procent": a change word right beside a percentage or a
// multiplier reports a measured outcome even when the sentence names no
// metric we list. It stands in for a weak performance cue. A bound word
// between them ("fell by more than 70%", "gedaald met ruim 70 procent")
// only makes the size of the change approximate: the change word is
// measured to where the bound starts. A bounded figure with no change word
// before its bound ("is up to 20% off": "up" is the bound's) is an offer's
// limit, not a change.
bool reports_a_change(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                      const std::vector<Quantity>& figures, const std::vector<std::uint32_t>& figure_starts,
                      const ClaimTuning& tuning) {
  for (std::size_t f = 0; f < figures.size(); ++f) {
    if (!is_relative(figures[f])) continue;
    const std::uint32_t bound = rules.bound_start(figure_starts[f]);
    const CueHit figure{bound, figure_starts[f] + 1};
    for (const CueHit* hit : s.polarity) {
      const auto key = doc.entry(*hit).key_class;
      const bool before_bound = bound == figure_starts[f] || hit->end <= bound;
      if ((key == KeyClass::increase || key == KeyClass::decrease) && before_bound && distance(*hit, figure) <= tuning.change_reach) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace vane::engine
