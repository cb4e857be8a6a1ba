#include "engine/claim_extractor.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <span>

namespace vane::engine {
namespace {

using lexicon::CueClass;
using lexicon::EntryKind;
using lexicon::KeyClass;

constexpr std::array<const char*, 4> kKinds = {"roi", "measurability", "cost", "performance"};

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
// A new field must be reset in clear() too: this fails until its size is updated here.
static_assert(sizeof(void*) != 8 || sizeof(SentenceCues) == 432, "SentenceCues changed: reset the new field in clear()");

}  // namespace

// extract_claims' buffers, kept between documents.
struct ClaimScratch::Buffers {
  std::vector<SentenceCues> sentences;
  std::vector<std::vector<std::string>> axis_subjects;
};

ClaimScratch::ClaimScratch() : buffers_(std::make_unique<Buffers>()) {}
ClaimScratch::~ClaimScratch() = default;
ClaimScratch::ClaimScratch(ClaimScratch&&) noexcept = default;
ClaimScratch& ClaimScratch::operator=(ClaimScratch&&) noexcept = default;

namespace {

// The first n of `pool`'s items, cleared, the pool grown if it holds fewer:
// items past n keep their buffers for a document with more sentences.
template <class T, class Clear>
std::span<T> reuse(std::vector<T>& pool, std::size_t n, Clear clear) {
  const std::size_t kept = std::min(pool.size(), n);
  if (pool.size() < n) pool.resize(n);
  for (std::size_t i = 0; i < kept; ++i) clear(pool[i]);
  return std::span<T>(pool.data(), n);
}

int kind_index(KeyClass kind) {
  switch (kind) {
    case KeyClass::roi: return 0;
    case KeyClass::measurability: return 1;
    case KeyClass::cost: return 2;
    default: return 3;  // performance
  }
}

int kind_index(const std::string& kind) { return kind_index(lexicon::key_class(kind)); }

void add_subject(std::vector<std::string>& subjects, const std::string& subject) {
  if (std::find(subjects.begin(), subjects.end(), subject) == subjects.end()) subjects.push_back(subject);
}

// Axis sides count as a claim's subject when the text names them outright
// (an explicit statement or the strategy's own name), not for every tactic word.
// push_pull.tsv's `none` rows (signs of no stance) name no side.
bool names_axis_side(const lexicon::Entry& e) {
  return (e.kind == EntryKind::push_pull || e.kind == EntryKind::inbound_outbound) && e.key_class != KeyClass::none &&
         (e.cue_class == CueClass::explicit_statement || e.cue_class == CueClass::generic_advertising ||
          e.weight >= 2.0);
}

// "senza perdere quote di mercato", "sans perte de chiffre d'affaires",
// "without losing sales": the negator denies the loss, not the outcome.
bool denied_loss_before(const DocumentView& doc, const std::vector<CueHit>& hits, const ContextRules& rules,
                        const CueHit& cue) {
  return std::any_of(hits.begin(), hits.end(), [&](const CueHit& hit) {
    const auto& e = doc.entry(hit);
    return e.kind == EntryKind::polarity && (e.key_class == KeyClass::negative || e.key_class == KeyClass::decrease) &&
           hit.end <= cue.first &&
           hit.end + 3 >= cue.first && doc.seg->tokens[hit.first].sentence == doc.seg->tokens[cue.first].sentence &&
           rules.negated(hit.first);
  });
}

// multipliers.tsv `none` rows: set phrases in which a multiplier word
// names a thing, not a change ("double opt-in", "double-digit", "doppia
// pagina", "double down"). A change word inside one reports nothing.
std::vector<const CueHit*> set_phrases(const DocumentView& doc, const std::vector<CueHit>& hits) {
  std::vector<const CueHit*> phrases;
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    if (e.kind == EntryKind::multiplier && e.key_class == KeyClass::none) phrases.push_back(&hit);
  }
  return phrases;
}

bool inside(const std::vector<const CueHit*>& phrases, const CueHit& word) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const CueHit* phrase) { return phrase->first <= word.first && word.end <= phrase->end; });
}

std::span<SentenceCues> gather(const DocumentView& doc, const std::vector<CueHit>& hits, const ContextRules& rules,
                               ClaimScratch::Buffers& buffers) {
  const auto& tokens = doc.seg->tokens;
  const auto sentences = reuse(buffers.sentences, doc.seg->sentences.size(), [](SentenceCues& s) { s.clear(); });
  const auto axis_subjects =
      reuse(buffers.axis_subjects, sentences.size(), [](std::vector<std::string>& subjects) { subjects.clear(); });
  const auto not_changes = set_phrases(doc, hits);
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    auto& s = sentences[tokens[hit.first].sentence];
    if (e.kind == EntryKind::polarity && (e.key_class == KeyClass::increase || e.key_class == KeyClass::decrease) &&
        inside(not_changes, hit)) {
      continue;
    }
    switch (e.kind) {
      case EntryKind::roi:
        s.kind_weight[static_cast<std::size_t>(kind_index(e.key_class))] += e.weight;
        s.strongest = std::max(s.strongest, e.weight);
        s.kind_cues.push_back(&hit);
        if (e.key_class == KeyClass::measurability && rules.negated(hit.first)) s.negated_measurability = true;
        // A denied outcome or return is the claim's point: bad news (a denied cost is not).
        if ((e.key_class == KeyClass::performance || e.key_class == KeyClass::roi) && rules.negated(hit.first) &&
            !denied_loss_before(doc, hits, rules, hit)) {
          ++s.negated_outcomes;
          ++s.polarity_words;
        }
        break;
      case EntryKind::polarity:
        if (e.key_class == KeyClass::limiter) {
          s.limiters.push_back(&hit);
          break;
        }
        // French "n'a généré que 12 leads": "que" limits the figure only inside "ne ... que".
        if (e.key_class == KeyClass::negated_limiter) {
          if (rules.negated(hit.first)) s.limiters.push_back(&hit);
          break;
        }
        if (e.key_class == KeyClass::inverse) {
          s.inverse.push_back(&hit);
          break;
        }
        if (e.key_class == KeyClass::spending) {
          s.spending.push_back(&hit);
          break;
        }
        if (e.key_class == KeyClass::target) {
          s.targets.push_back(&hit);
          break;
        }
        if (e.key_class == KeyClass::offer) {  // no judging word: "free" is what the buyer gets
          s.offers.push_back(&hit);
          break;
        }
        if (rules.bounds_figure(hit.first, hit.end)) break;  // "more than 200 clients" is a quantity, not growth
        ++s.polarity_words;
        s.polarity.push_back(&hit);
        break;
      case EntryKind::comparison:
        if (!rules.bounds_figure(hit.first, hit.end)) {  // "more than 200 clients" ranks nothing
          s.comparative = true;
          s.comparisons.push_back(&hit);
        }
        break;
      case EntryKind::multiplier:
        if (e.key_class == KeyClass::share) s.share = true;
        if (e.key_class == KeyClass::fixed && e.has_value && e.weight != 1.0) {
          s.growth.emplace_back(&hit, e.weight > 1.0 ? 1 : -1);
          ++s.polarity_words;
        }
        break;
      case EntryKind::channel:
        add_subject(s.subjects, e.key);
        s.subject_tokens.push_back(hit.first);
        break;
      case EntryKind::number:
        if (e.weight >= 2.0) s.number_words.push_back(&hit);  // not "one", "een", "un": articles too
        break;
      case EntryKind::negation:
        if (e.key_class == KeyClass::change_from) s.change_from.push_back(&hit);
        if (e.key_class == KeyClass::change_to) s.change_to.push_back(&hit);
        if (e.key_class == KeyClass::advice) s.advice = true;
        break;
      default:
        if (names_axis_side(e)) {
          add_subject(axis_subjects[tokens[hit.first].sentence], e.key);
          s.subject_tokens.push_back(hit.first);
        }
    }
  }
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    for (const auto& side : axis_subjects[i]) add_subject(sentences[i].subjects, side);
  }
  return sentences;
}

// Tokens between two hits, 0 when they overlap.
std::uint32_t distance(const CueHit& a, const CueHit& b) {
  return a.first >= b.end ? a.first - b.end + 1 : b.first >= a.end ? b.first - a.end + 1 : 0;
}

// The first token after `figure`, which starts at token `start`.
std::uint32_t token_after(const DocumentView& doc, std::uint32_t start, const Quantity& figure) {
  const auto& tokens = doc.seg->tokens;
  while (start < tokens.size() && tokens[start].begin < figure.span.end) ++start;
  return start;
}

// The ROI cue of the sentence nearest to `target`, the first one on a tie;
// null when none is nearer than `limit` tokens.
const CueHit* nearest_cue(const SentenceCues& s, const CueHit& target, std::uint32_t limit = UINT32_MAX) {
  const CueHit* nearest = nullptr;
  std::uint32_t best = limit;
  for (const CueHit* cue : s.kind_cues) {
    if (distance(*cue, target) < best) {
      best = distance(*cue, target);
      nearest = cue;
    }
  }
  return nearest;
}

// The kind a claim cue stands for in its sentence: its roi.tsv kind, except
// a spending verb that reports buyers spending more (buyer_spending_of),
// which is revenue.
const std::string& cue_kind(const DocumentView& doc, const SentenceCues& s, const CueHit& cue) {
  static const std::string performance = "performance";
  const bool buyers = std::any_of(s.buyer_spend.begin(), s.buyer_spend.end(), [&](const CueHit* verb) {
    return verb->first < cue.end && cue.first < verb->end;
  });
  return buyers ? performance : doc.entry(cue).key;
}

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
  return nearest != nullptr && cue_kind(doc, s, *nearest) == "cost";
}

// Whether no comma, semicolon or colon stands between two hits: list
// items and clauses each size their own metric.
bool same_clause(const DocumentView& doc, const CueHit& a, const CueHit& b) {
  const auto& tokens = doc.seg->tokens;
  const CueHit& first = a.first <= b.first ? a : b;
  const CueHit& second = a.first <= b.first ? b : a;
  if (second.first < first.end) return true;  // overlapping
  const std::size_t from = tokens[first.end - 1].end;
  const std::string_view between = doc.text.substr(from, tokens[second.first].begin - from);
  return between.find_first_of(",;:") == std::string_view::npos;
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
    const auto& kind = cue_kind(doc, s, *cue);
    if (kind == "cost") {
      cost_distance = std::min(cost_distance, distance(*cue, hit));
    } else if (kind != "measurability" && cue->first >= hit.end && distance(*cue, hit) <= tuning.change_reach &&
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
                  const std::string& main_kind, const std::vector<std::uint32_t>& figure_tokens,
                  const ClaimTuning& tuning) {
  int score = 0;
  for (const CueHit* hit : s.limiters) {
    const bool before_figure = std::any_of(figure_tokens.begin(), figure_tokens.end(), [&](std::uint32_t f) {
      return f >= hit->end && f <= hit->end + tuning.limiter_reach;
    });
    // "just over 40,000 subscribers", "just under 5%": the limiter tunes a
    // bound, the figure is approximate rather than small.
    if (!before_figure || rules.bounds_figure(hit->end, hit->end + 1)) continue;
    int sign = main_kind == "cost" || better_low(doc, s, *hit) ? 1 : -1;
    // "not only 20%"; the negator is part of a negated limiter ("ne ... que") and keeps it a limiter.
    if (rules.negated(hit->first) && doc.entry(*hit).key == "limiter") sign = -sign;
    score += (rules.after_adversative(hit->first) ? 3 : 1) * tuning.limiter_weight * sign;
  }
  return score;
}

// Whether the positive word at `hit` is the same words as one of the
// sentence's measurability cues. A complaint that holds the cue ("hard to
// measure", "difficile da misurare") judges it and counts.
bool names_measurability(const DocumentView& doc, const SentenceCues& s, const CueHit& hit) {
  return doc.entry(hit).key == "positive" && std::any_of(s.kind_cues.begin(), s.kind_cues.end(), [&](const CueHit* cue) {
    return cue->first < hit.end && hit.first < cue->end && doc.entry(*cue).key == "measurability";
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
bool quotes_a_price(const DocumentView& doc, const SentenceCues& s, const std::string& main_kind,
                    const std::vector<Quantity>& figures, const std::vector<std::uint32_t>& figure_tokens,
                    const ClaimTuning& tuning) {
  if (main_kind != "cost" || figures.empty() || figures.size() > 2) return false;
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
int against_target(const DocumentView& doc, const SentenceCues& s, const std::string& main_kind,
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
    return main_kind == "cost" || better_low(doc, s, *s.targets.front()) ? -direction : direction;
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

std::string polarity_of(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                        const std::string& main_kind, const std::vector<Quantity>& figures,
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
    const auto& key = doc.entry(*hit).key;
    const bool change = key == "increase" || key == "decrease";
    int sign = key == "positive" || key == "increase" ? 1 : -1;
    // A cost claim reads every change as a cost's, except a denied one, which is about its own
    // neighbour ("cut the budget by 60% without losing sales"), and one right before an outcome
    // ("costs less and brings more leads").
    const bool costs_change =
        main_kind == "cost" && !rules.negated(hit->first) && !qualifies_an_outcome(doc, s, *hit, tuning);
    if (change && (better_low(doc, s, *hit) || costs_change)) sign = -sign;
    if (rules.negated(hit->first)) sign = -sign;
    // "Fast and controllable, but expensive": the clause after "but" decides.
    score += rules.after_adversative(hit->first) ? 3 * sign : sign;
  }
  for (const auto& changes : {std::cref(s.growth), std::cref(stated_changes)}) {
    for (const auto& [hit, direction] : changes.get()) {
      score += main_kind == "cost" || better_low(doc, s, *hit) ? -direction : direction;
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

// Removes the last code point of non-empty valid UTF-8 (the engine only
// analyses validated text) and returns it.
char32_t pop_code_point(std::string_view& text) {
  std::size_t start = text.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  const auto lead = static_cast<unsigned char>(text[start]);
  const std::size_t length = text.size() - start;
  char32_t code_point = length == 1 ? lead : length == 2 ? lead & 0x1Fu : length == 3 ? lead & 0x0Fu : lead & 0x07u;
  for (std::size_t i = start + 1; i < text.size(); ++i) {
    code_point = (code_point << 6) | (static_cast<unsigned char>(text[i]) & 0x3Fu);
  }
  text.remove_suffix(length);
  return code_point;
}

// A statement ends in punctuation (or a closing quote, or an emoji in a
// social post); a line that just stops is a heading or a list item. So is
// one that ends in a colon, which introduces what follows ("Results after
// 12 months:"). A closing parenthesis ends headings ("Trade fairs: what
// they really cost (and whether it pays)") but also social-post bullets
// that report a result ("• 22,000 blog visits a month (nice)"): it counts.
bool ends_like_a_statement(std::string_view text) {
  char32_t last = pop_code_point(text);
  if (last == 0xFE0F && !text.empty()) last = pop_code_point(text);  // emoji presentation selector
  switch (last) {
    case '.': case '!': case ';': case ')': case '"': case '\'':
    case 0x2026: case 0x201D: case 0x2019: case 0x00BB: case 0x3002: case 0xFF01:  // … ” ’ » 。 ！
      return true;
    default:
      // Pictographs and dingbats (U+2600-U+27BF, U+1F000 and up) close many social posts.
      return (last >= 0x2600 && last <= 0x27BF) || last >= 0x1F000;
  }
}

// Where the last `dash` with a space on each side (" - ") starts, its
// space included; npos when there is none. The dash is searched for, then
// its spaces checked: rfind(" - ") compared at every byte of the sentence,
// and searching for the space stops at every word.
std::size_t last_spaced(std::string_view text, std::string_view dash) {
  std::size_t last = std::string_view::npos;
  for (auto at = text.find(dash, 1); at != std::string_view::npos; at = text.find(dash, at + 1)) {
    if (text[at - 1] == ' ' && at + dash.size() < text.size() && text[at + dash.size()] == ' ') last = at - 1;
  }
  return last;
}

// A quoted testimonial signed on the same line ("“... doubled since
// March.” — David Marsh, MD"): the statement is the quote, so the sentence
// is judged without the signature after the last spaced dash.
std::string_view without_signature(std::string_view text) {
  for (const std::string_view dash : {"\u2014", "\u2013", "-"}) {
    const auto at = last_spaced(text, dash);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view quote = text.substr(0, at);
    const auto last = static_cast<unsigned char>(quote.back());
    // Only a closing quote or a full stop before the dash: "costs rose - a lot" keeps its tail.
    if (quote.ends_with("\u201D") || quote.ends_with("\u00BB") || quote.ends_with('"') || last == '.') return quote;
  }
  return text;
}

// A question, also when a closing quote ends it ("‘Which channel pays
// best?’").
bool quoted_question(std::string_view text) {
  for (const std::string_view quote : {"\u2019", "\u201D", "\u00BB", "\"", "'"}) {
    if (text.ends_with(quote)) {
      text.remove_suffix(quote.size());
      break;
    }
  }
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);  // French "… ? »"
  return !text.empty() && text.back() == '?';
}

// Headings ("Measure what matters"), bullet fragments and questions ("Did
// it work?") name the topic without asserting anything about it.
// A short line holding a figure ("Coût : 21 000 €.", "Month 1: total
// revenue fell 14%.") is a result written tersely, not a heading: the
// figure says what the words leave out.
bool asserts_something(const DocumentView& doc, const text::Sentence& sentence, bool holds_figure,
                       const ClaimTuning& tuning) {
  int words = 0;
  for (auto t = sentence.first_token; t < sentence.end_token; ++t) {
    words += doc.seg->tokens[t].kind == text::TokenKind::word;
  }
  if (words < (holds_figure ? tuning.min_words_with_figure : tuning.min_words)) return false;
  // Sentence spans carry no trailing space (text::Segmenter trims them).
  const std::string_view text = without_signature(doc.text.substr(sentence.begin, sentence.end - sentence.begin));
  return !text.empty() && !quoted_question(text) && ends_like_a_statement(text);
}

// The token where each figure starts.
std::vector<std::uint32_t> figure_tokens(const DocumentView& doc, const text::Sentence& sentence,
                                         const std::vector<Quantity>& figures) {
  const auto& tokens = doc.seg->tokens;
  std::vector<std::uint32_t> out;
  for (const auto& figure : figures) {
    std::uint32_t at = sentence.first_token;
    while (at + 1 < sentence.end_token && tokens[at].end <= figure.span.begin) ++at;
    out.push_back(at);
  }
  return out;
}

// The ROI cue within `figure_anchor_window` tokens of the figure that
// starts at token `at`, the nearest one; null when none is that close.
const CueHit* cue_of_figure(const SentenceCues& s, std::uint32_t at, const ClaimTuning& tuning) {
  return nearest_cue(s, CueHit{at, at + 1}, tuning.figure_anchor_window + 1);
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

// Percentages and multipliers state a change relative to something; money
// and plain numbers do not.
bool is_relative(const Quantity& figure) { return figure.type == "percent" || figure.type == "multiplier"; }

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
      const auto& key = doc.entry(*word).key;
      return key == (direction > 0 ? "decrease" : "increase") && word->end <= marker.first &&
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

// A figure that counts an outcome ("38 appointments", "+310% organic
// visits", "22 new stockists") is a result being reported, which is what a
// performance claim is, even with no evaluative word. The figure comes
// first, as numbers do before what they count; a bounded figure ("up to
// 10,000 subscribers") is the limit of an offer, not a result.
bool counts_an_outcome(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                       const std::vector<std::uint32_t>& figure_starts, const ClaimTuning& tuning) {
  return std::any_of(figure_starts.begin(), figure_starts.end(), [&](std::uint32_t at) {
    const CueHit* cue = cue_of_figure(s, at, tuning);
    return cue != nullptr && cue->first > at && cue_kind(doc, s, *cue) == "performance" && !rules.bounded(at);
  });
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
  if (cost == nullptr || cue_kind(doc, s, *cost) != "cost") return false;
  // The outcome a count starting at token `at` counts: a performance cue right after it
  // ("produced four meetings": the verb before the count does not say what it counts).
  auto counts_outcome = [&](std::uint32_t at) {
    return std::any_of(s.kind_cues.begin(), s.kind_cues.end(), [&](const CueHit* cue) {
      return cue->first > at && cue->first <= at + tuning.figure_anchor_window && cue_kind(doc, s, *cue) == "performance";
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
        return doc.entry(*hit).key == "increase" && hit->end > after && hit->first <= after + 1;
      });
      if (more) {
        buyers.push_back(verb);
        break;
      }
    }
  }
  return buyers;
}

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
      return cue->first == word.end && cue_kind(doc, s, *cue) == "performance";
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

// The byte spans of short quotations inside a sentence (two to
// `max_words` words between a pair of quotation marks, not the whole
// sentence): a title or a phrase quoted ("nel nostro e-book «Il mix che
// funziona»", "mi chiede «quale funziona meglio»"). One quoted word is
// mostly a label still meant ("“unknown” as their source").
std::vector<std::pair<std::size_t, std::size_t>> short_quotes(const DocumentView& doc, const text::Sentence& sentence,
                                                               int max_words) {
  std::vector<std::pair<std::size_t, std::size_t>> quotes;
  const std::string_view text = doc.text.substr(sentence.begin, sentence.end - sentence.begin);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kPairs = {{
      {"\u00AB", "\u00BB"}, {"\u201C", "\u201D"}, {"\u201E", "\u201D"}, {"\"", "\""}}};
  for (const auto& [open, close] : kPairs) {
    for (std::size_t at = text.find(open); at != std::string_view::npos; at = text.find(open, at + open.size())) {
      const std::size_t end = text.find(close, at + open.size());
      if (end == std::string_view::npos) break;
      const std::string_view inside = text.substr(at + open.size(), end - at - open.size());
      const auto words = std::count(inside.begin(), inside.end(), ' ') + 1;
      const bool whole = at == 0 && text.substr(end + close.size()).find_first_not_of(" .!") == std::string_view::npos;
      if (words >= 2 && words <= max_words && !whole) quotes.emplace_back(sentence.begin + at, sentence.begin + end);
      at = end;
    }
  }
  return quotes;
}

// Cues and judging words inside a short quotation name a title or repeat
// someone's words; they assert nothing, so they count for nothing.
void drop_quoted(const DocumentView& doc, const text::Sentence& sentence, SentenceCues& s, const ClaimTuning& tuning) {
  if (s.kind_cues.empty() && s.polarity.empty()) return;  // most sentences: nothing to drop, no text to scan
  const auto quotes = short_quotes(doc, sentence, tuning.quoted_title_words);
  if (quotes.empty()) return;
  const auto quoted = [&](const CueHit* hit) {
    const auto& tokens = doc.seg->tokens;
    return std::any_of(quotes.begin(), quotes.end(), [&](const auto& q) {
      return tokens[hit->first].begin >= q.first && tokens[hit->end - 1].end <= q.second;
    });
  };
  for (const CueHit* cue : s.kind_cues) {
    if (quoted(cue)) s.kind_weight[static_cast<std::size_t>(kind_index(doc.entry(*cue).key_class))] -= doc.entry(*cue).weight;
  }
  s.kind_cues.erase(std::remove_if(s.kind_cues.begin(), s.kind_cues.end(), quoted), s.kind_cues.end());
  const auto before = s.polarity.size();
  s.polarity.erase(std::remove_if(s.polarity.begin(), s.polarity.end(), quoted), s.polarity.end());
  s.polarity_words -= static_cast<int>(before - s.polarity.size());
  s.strongest = 0.0;
  for (const CueHit* cue : s.kind_cues) s.strongest = std::max(s.strongest, doc.entry(*cue).weight);
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
    // Figures that size an offer ("a 12% launch discount") back no claim.
    const auto offered = offer_terms(doc, s, rules, figures, figure_starts, tuning);
    std::vector<std::uint32_t> backing_starts;
    for (std::size_t f = 0; f < figures.size(); ++f) {
      if (!offered[f]) backing_starts.push_back(figure_starts[f]);
    }
    for (const CueHit* cue : s.kind_cues) {
      if (cue_kind(doc, s, *cue) != doc.entry(*cue).key) {
        s.kind_weight[static_cast<std::size_t>(kind_index(doc.entry(*cue).key))] -= doc.entry(*cue).weight;
        s.kind_weight[3] += doc.entry(*cue).weight;
      }
    }
    if (cues == 0.0) {
      if (!reports_a_change(doc, s, rules, figures, figure_starts, tuning)) continue;
      s.kind_weight[3] = cues = tuning.change_cue;
    }
    // A share in words ("half of our new clients", "un tiers des commandes")
    // measures like a figure, though it is not reported as a quantity.
    // "The top row should show revenue influenced, not likes": a modal of
    // advice says what ought to be, not what marketing returns, unless a
    // figure states the return expected.
    if (s.advice && backing_starts.empty()) continue;
    const bool backed = !backing_starts.empty() || s.share || s.polarity_words > 0 || s.comparative;
    const double figure_score = !backing_starts.empty() ? (counts_an_outcome(doc, s, rules, backing_starts, tuning)
                                                        ? tuning.outcome_figure
                                                        : 1.0)
                                : s.share       ? 1.0
                                                : 0.0;
    const double score = std::min(cues, 3.0) + figure_score + std::min(2, s.polarity_words) * 0.5 + (s.comparative ? 0.5 : 0.0);
    const bool self_backed = s.strongest >= tuning.strong_cue || cues >= tuning.corroborating_cues;
    if (score < tuning.claim_score || !(backed || self_backed)) continue;

    RoiClaim claim;
    claim.span = {sentence.begin, sentence.end};
    const auto weight = anchored_kind_weight(doc, s, backing_starts, tuning);
    std::array<std::size_t, 4> order = {0, 1, 2, 3};
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return weight[a] > weight[b]; });
    for (std::size_t k : order) {
      if (weight[k] > 0.0) claim.kinds.push_back(kKinds[k]);
    }
    const bool poor = poor_yield(doc, s, figures, figure_starts, tuning);
    if (poor) {  // the cost set against what it bought is a return
      claim.kinds.erase(std::remove(claim.kinds.begin(), claim.kinds.end(), "roi"), claim.kinds.end());
      claim.kinds.insert(claim.kinds.begin(), "roi");
    }
    claim.polarity = polarity_of(doc, s, rules, claim.kinds.front(), figures, figure_starts,
                                 stated_changes(doc, s, figures, figure_starts, tuning), poor, tuning);
    claim.comparative = s.comparative;
    claim.subjects = !s.subjects.empty() || i == 0 ? s.subjects : sentences[i - 1].subjects;
    claim.quantities = std::move(figures);
    claims.push_back(std::move(claim));
  }
  return claims;
}

}  // namespace vane::engine
