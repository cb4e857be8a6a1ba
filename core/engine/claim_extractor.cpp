#include "engine/claim_extractor.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace vane::engine {
namespace {

using lexicon::EntryKind;

constexpr std::array<const char*, 4> kKinds = {"roi", "measurability", "cost", "performance"};

// What one sentence holds, gathered in one pass over the hits.
struct SentenceCues {
  std::array<double, 4> kind_weight{};
  double strongest = 0.0;
  int polarity_words = 0;
  std::vector<const CueHit*> polarity;
  bool negated_measurability = false;
  bool comparative = false;
  std::vector<std::string> subjects;
};

int kind_index(const std::string& kind) {
  for (std::size_t i = 0; i < kKinds.size(); ++i) {
    if (kind == kKinds[i]) return static_cast<int>(i);
  }
  return 3;
}

void add_subject(std::vector<std::string>& subjects, const std::string& subject) {
  if (std::find(subjects.begin(), subjects.end(), subject) == subjects.end()) subjects.push_back(subject);
}

// Axis sides count as a claim's subject when the text names them outright
// (an explicit statement or the strategy's own name), not for every tactic word.
bool names_axis_side(const lexicon::Entry& e) {
  return (e.kind == EntryKind::push_pull || e.kind == EntryKind::inbound_outbound) &&
         (e.cue == "explicit" || e.cue == "generic_advertising" || e.weight >= 2.0);
}

std::vector<SentenceCues> gather(const DocumentView& doc, const std::vector<CueHit>& hits, const ContextRules& rules) {
  const auto& tokens = doc.seg->tokens;
  std::vector<SentenceCues> sentences(doc.seg->sentences.size());
  std::vector<std::vector<std::string>> axis_subjects(sentences.size());
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    auto& s = sentences[tokens[hit.first].sentence];
    switch (e.kind) {
      case EntryKind::roi:
        s.kind_weight[static_cast<std::size_t>(kind_index(e.key))] += e.weight;
        s.strongest = std::max(s.strongest, e.weight);
        if (e.key == "measurability" && rules.negated(hit.first)) s.negated_measurability = true;
        break;
      case EntryKind::polarity:
        ++s.polarity_words;
        s.polarity.push_back(&hit);
        break;
      case EntryKind::comparison: s.comparative = true; break;
      case EntryKind::channel: add_subject(s.subjects, e.key); break;
      default:
        if (names_axis_side(e)) add_subject(axis_subjects[tokens[hit.first].sentence], e.key);
    }
  }
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    for (const auto& side : axis_subjects[i]) add_subject(sentences[i].subjects, side);
  }
  return sentences;
}

std::string polarity_of(const DocumentView& doc, const SentenceCues& s, const ContextRules& rules,
                        const std::string& main_kind) {
  int score = 0;
  for (const CueHit* hit : s.polarity) {
    const auto& key = doc.entry(*hit).key;
    int sign = key == "positive" || key == "increase" ? 1 : -1;
    if ((key == "increase" || key == "decrease") && main_kind == "cost") sign = -sign;
    if (rules.negated(hit->first)) sign = -sign;
    score += sign;
  }
  if (s.negated_measurability) score -= 2;
  if (score == 0 && main_kind == "measurability" && !s.negated_measurability) score = 1;
  return score > 0 ? "positive" : score < 0 ? "negative" : "neutral";
}

}  // namespace

std::vector<RoiClaim> extract_claims(const DocumentView& doc, const std::vector<CueHit>& hits,
                                     const ContextRules& rules, const QuantityParser& quantities,
                                     bool marketing_document, const ClaimTuning& tuning) {
  std::vector<RoiClaim> claims;
  if (!marketing_document) return claims;
  const auto sentences = gather(doc, hits, rules);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    double cues = 0.0;
    for (double w : s.kind_weight) cues += w;
    if (cues == 0.0) continue;
    const auto& sentence = doc.seg->sentences[i];
    auto figures = quantities.parse(sentence.first_token, sentence.end_token);
    const double score = cues + (figures.empty() ? 0.0 : 0.5) + std::min(2, s.polarity_words) * 0.5;
    if (s.strongest < tuning.strong_cue && score < tuning.claim_score) continue;

    RoiClaim claim;
    claim.span = {sentence.begin, sentence.end};
    std::array<std::size_t, 4> order = {0, 1, 2, 3};
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return s.kind_weight[a] > s.kind_weight[b]; });
    for (std::size_t k : order) {
      if (s.kind_weight[k] > 0.0) claim.kinds.push_back(kKinds[k]);
    }
    claim.polarity = polarity_of(doc, s, rules, claim.kinds.front());
    claim.comparative = s.comparative;
    claim.subjects = !s.subjects.empty() || i == 0 ? s.subjects : sentences[i - 1].subjects;
    claim.quantities = std::move(figures);
    claims.push_back(std::move(claim));
  }
  return claims;
}

}  // namespace vane::engine
