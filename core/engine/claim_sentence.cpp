// Gathering a document's cue hits into one SentenceCues per sentence
// (claim_sentence.hpp), and the distances the claim files measure between
// cues and figures. A hit lands in the list its class names: roi.tsv cues
// weigh their kind, polarity.tsv words split into judging words, limiters,
// loss metrics, spending verbs, targets and offers; channels and explicit
// axis sides become the sentence's subjects.
//
//   ClaimScratch scratch;
//   const auto sentences = gather(doc, hits, rules, scratch.buffers());
//   if (!sentences[0].limiters.empty()) ...
//
// The buffers outlive the document (a worker's Scratch holds them): a
// dozen vectors a sentence, built afresh, cost more than the reading.
#include "engine/claim_sentence.hpp"

#include <algorithm>
#include <utility>

#include "engine/claim_kind.hpp"

namespace vane::engine {

using lexicon::CueClass;
using lexicon::EntryKind;
using lexicon::KeyClass;

namespace {

// Converts to any field's type: T{AnyField{}, ...} compiles for an
// aggregate T with at least as many fields as initialisers.
struct AnyField {
  template <class T>
  operator T() const;  // never defined: only used in unevaluated requires-expressions
};

template <class T, std::size_t... I>
constexpr bool brace_initialisable(std::index_sequence<I...>) {
  return requires { T{(static_cast<void>(I), AnyField{})...}; };
}

// How many fields the aggregate T has: the most initialisers T{...} takes.
template <class T, std::size_t N = 0>
constexpr std::size_t field_count() {
  if constexpr (brace_initialisable<T>(std::make_index_sequence<N + 1>{})) {
    return field_count<T, N + 1>();
  } else {
    return N;
  }
}

}  // namespace

// clear() resets SentenceCues' 23 fields. A new field must be reset there
// too, or the next sentence starts with this one's cues: this fails until
// the count is updated here. Counting fields, not bytes (sizeof), holds on
// any ABI and standard library.
static_assert(field_count<SentenceCues>() == 23, "SentenceCues changed: reset the new field in clear()");

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

}  // namespace

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
const CueHit* nearest_cue(const SentenceCues& s, const CueHit& target, std::uint32_t limit) {
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

// Percentages and multipliers state a change relative to something; money
// and plain numbers do not.
bool is_relative(const Quantity& figure) { return figure.type == "percent" || figure.type == "multiplier"; }

}  // namespace vane::engine
