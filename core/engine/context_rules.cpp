#include "engine/context_rules.hpp"

#include <algorithm>

namespace vane::engine {

using lexicon::EntryKind;
using lexicon::KeyClass;

namespace {

constexpr std::uint32_t kBoundReach = 2;  // "more than £1m", "fino al 30%": a symbol or article between
// A story of the old way runs over a few sentences before the text turns to
// the present; further on, "today" belongs to another story.
constexpr std::uint32_t kPastStoryReach = 4;
// A time marker opens its sentence, or follows a word that joins it to the
// one before ("But today we...", "Et aujourd'hui...", "Five years ago, we").
constexpr std::uint32_t kOpeningWords = 2;
// "spent a single cent on paid media": the amount and a preposition lie
// between a verb of spending and what it is spent on.
constexpr std::uint32_t kNegatedVerbReach = 4;

// Whether `token` is among the first `words` words of its sentence (bullets
// and list numbers before them do not count).
bool opens_sentence(const DocumentView& doc, std::uint32_t token, std::uint32_t words) {
  const auto& tokens = doc.seg->tokens;
  const auto& span = doc.seg->sentences[tokens[token].sentence];
  std::uint32_t seen = 0;
  for (std::uint32_t t = span.first_token; t < token; ++t) {
    if (tokens[t].kind == text::TokenKind::word && ++seen >= words) return false;
  }
  return true;
}

// A number, in digits or a number word ("fewer than ten"), among the
// `reach` tokens from `from`, in the same sentence.
bool number_within(const DocumentView& doc, const std::vector<bool>& number_words, std::uint32_t from,
                   std::uint32_t reach) {
  const auto& tokens = doc.seg->tokens;
  if (from == 0 || from >= tokens.size()) return false;
  const std::uint32_t sentence = tokens[from - 1].sentence;
  for (std::uint32_t t = from; t < tokens.size() && t < from + reach && tokens[t].sentence == sentence; ++t) {
    if (tokens[t].kind == text::TokenKind::number || number_words[t]) return true;
  }
  return false;
}

}  // namespace

ContextRules::ContextRules(const DocumentView& doc, const std::vector<CueHit>& hits)
    : doc_(doc), sentence_polarity_(doc.seg->sentences.size(), 0) {
  std::vector<bool> number_words(doc.seg->tokens.size(), false);
  // "One" is also the indefinite article in Dutch, Italian and French ("een",
  // "uno", "un"): "costs 62% less than a lead via outbound" bounds nothing.
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    if (e.kind == EntryKind::number && e.weight != 1.0) number_words[hit.first] = true;
  }
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    if (e.kind != EntryKind::negation) continue;
    if (e.key_class == KeyClass::negator) negator_ends_.push_back(hit.end);
    if (e.key_class == KeyClass::contrast || e.key_class == KeyClass::contrast_from) contrast_ends_.push_back(hit.end);
    if (e.key_class == KeyClass::contrast_from) from_contrast_ends_.push_back(hit.end);
    if (e.key_class == KeyClass::clause_break) clause_break_starts_.push_back(hit.first);
    if (e.key_class == KeyClass::change_to) change_to_starts_.push_back(hit.first);
    if (e.key_class == KeyClass::adversative) adversative_ends_.push_back(hit.end);
    if (e.key_class == KeyClass::dismissal) dismissal_starts_.push_back(hit.first);
    if (e.key_class == KeyClass::imperative) imperative_starts_.push_back(hit.first);
    if (e.key_class == KeyClass::bound && number_within(doc, number_words, hit.end, kBoundReach)) figure_bounds_.emplace_back(hit.first, hit.end);
  }
  std::vector<std::uint32_t> past_sentences, now_sentences;
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    if (e.kind != EntryKind::negation || (e.key_class != KeyClass::past && e.key_class != KeyClass::now)) continue;
    if (!opens_sentence(doc, hit.first, kOpeningWords)) continue;
    (e.key_class == KeyClass::past ? past_sentences : now_sentences).push_back(doc.seg->tokens[hit.first].sentence);
  }
  find_past_stories(past_sentences, now_sentences);
  std::sort(dismissal_starts_.begin(), dismissal_starts_.end());
  std::sort(negator_ends_.begin(), negator_ends_.end());
  std::sort(contrast_ends_.begin(), contrast_ends_.end());
  std::sort(from_contrast_ends_.begin(), from_contrast_ends_.end());
  std::sort(clause_break_starts_.begin(), clause_break_starts_.end());
  std::sort(change_to_starts_.begin(), change_to_starts_.end());
  std::sort(adversative_ends_.begin(), adversative_ends_.end());
  std::sort(imperative_starts_.begin(), imperative_starts_.end());
  // Negated as read once the negators are sorted.
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    if (e.kind == EntryKind::negation && e.key_class == KeyClass::negated_verb && negated(hit.first)) {
      negated_verb_ends_.push_back(hit.end);
    }
  }
  std::sort(negated_verb_ends_.begin(), negated_verb_ends_.end());
  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    if (e.kind != EntryKind::polarity || (e.key_class != KeyClass::positive && e.key_class != KeyClass::negative)) continue;
    int sign = e.key_class == KeyClass::positive ? 1 : -1;
    if (negated(hit.first)) sign = -sign;
    sentence_polarity_[doc.seg->tokens[hit.first].sentence] += sign;
  }
}

void ContextRules::find_past_stories(std::vector<std::uint32_t> past, std::vector<std::uint32_t> now) {
  std::sort(past.begin(), past.end());
  std::sort(now.begin(), now.end());
  std::uint32_t covered = 0;  // stories do not overlap: "For years... In the past... Today" is one
  for (const std::uint32_t first : past) {
    if (first < covered) continue;
    const auto turn = std::upper_bound(now.begin(), now.end(), first);
    if (turn == now.end() || *turn > first + kPastStoryReach) continue;
    past_stories_.emplace_back(first, *turn);
    covered = *turn;
  }
}

bool ContextRules::in_past_story(std::uint32_t sentence) const {
  return std::any_of(past_stories_.begin(), past_stories_.end(),
                     [&](const auto& story) { return story.first <= sentence && sentence < story.second; });
}

bool ContextRules::marker_before(const std::vector<std::uint32_t>& ends, std::uint32_t first,
                                 std::uint32_t window) const {
  const auto& tokens = doc_.seg->tokens;
  const std::uint32_t sentence = tokens[first].sentence;
  // The nearest marker ending at or before `first`.
  auto it = std::upper_bound(ends.begin(), ends.end(), first);
  if (it == ends.begin()) return false;
  const std::uint32_t end = *std::prev(it);
  return end + window >= first && end >= 1 && tokens[end - 1].sentence == sentence;
}

bool ContextRules::negated(std::uint32_t first) const { return marker_before(negator_ends_, first, 3); }

bool ContextRules::negated_through_verb(std::uint32_t first) const {
  return marker_before(negated_verb_ends_, first, kNegatedVerbReach) &&
         !clause_break_between(nearest_end(negated_verb_ends_, first), first);
}

bool ContextRules::contrasted(std::uint32_t first) const {
  if (!marker_before(contrast_ends_, first, 6)) return false;
  // A contrast marker governs its own phrase, up to the next clause break:
  // in "unlike TV, SEO brings leads" and "29,90 € invece di 38,50 €, con
  // spedizione gratuita" the cue after the comma is not the one contrasted,
  // nor in "why we stopped trade fairs (and what inbound taught us)" the one
  // after an opening bracket, where an aside begins.
  const std::uint32_t end = nearest_end(contrast_ends_, first);
  if (clause_break_between(end, first)) return false;
  // A marker ending in "from" ("shift from", "passer de") also stops at its
  // "to": in "from outbound to inbound" only the first is left behind.
  return !(std::binary_search(from_contrast_ends_.begin(), from_contrast_ends_.end(), end) &&
           starts_between(change_to_starts_, end, first));
}

std::uint32_t ContextRules::negator_end(std::uint32_t first) const { return nearest_end(negator_ends_, first); }

bool ContextRules::negation_crosses_break(std::uint32_t first) const {
  return negated(first) && clause_break_between(negator_end(first), first);
}

std::uint32_t ContextRules::nearest_end(const std::vector<std::uint32_t>& ends, std::uint32_t first) {
  const auto it = std::upper_bound(ends.begin(), ends.end(), first);
  return it == ends.begin() ? first : *std::prev(it);
}

bool ContextRules::clause_break_between(std::uint32_t end, std::uint32_t first) const {
  const auto& tokens = doc_.seg->tokens;
  if (end == 0 || end > first) return false;
  // Punctuation is not tokenised: look at the original text between them.
  const std::string_view between = doc_.text.substr(tokens[end - 1].end, tokens[first].begin - tokens[end - 1].end);
  if (between.find_first_of(",;:(") != std::string_view::npos) return true;
  // Nor past the words that open the next clause, where the text says what
  // it does instead: "we stopped cold calling and started a blog", "instead
  // of banner ads we now write guides".
  return starts_between(clause_break_starts_, end, first);
}

bool ContextRules::starts_between(const std::vector<std::uint32_t>& starts, std::uint32_t from,
                                  std::uint32_t to) {
  const auto it = std::lower_bound(starts.begin(), starts.end(), from);
  return it != starts.end() && *it < to;
}

bool ContextRules::dismissed(std::uint32_t end) const {
  const auto& tokens = doc_.seg->tokens;
  if (end == 0) return false;
  // Up to two words between: "cold calling really is dead".
  constexpr std::uint32_t kWindow = 2;
  const auto it = std::lower_bound(dismissal_starts_.begin(), dismissal_starts_.end(), end);
  if (it == dismissal_starts_.end() || *it > end + kWindow || tokens[*it].sentence != tokens[end - 1].sentence) {
    return false;
  }
  // "la logica push non è morta" defends push.
  return !marker_before(negator_ends_, *it, 0);
}

bool ContextRules::after_adversative(std::uint32_t token) const {
  const auto& tokens = doc_.seg->tokens;
  const auto& sentence = doc_.seg->sentences[tokens[token].sentence];
  return std::any_of(adversative_ends_.begin(), adversative_ends_.end(),
                     [&](std::uint32_t end) { return end > sentence.first_token && end <= token; });
}

bool ContextRules::bounds_figure(std::uint32_t first, std::uint32_t end) const {
  return std::any_of(figure_bounds_.begin(), figure_bounds_.end(),
                     [&](const auto& bound) { return bound.first <= first && end <= bound.second; });
}

bool ContextRules::bounded(std::uint32_t figure) const {
  return std::any_of(figure_bounds_.begin(), figure_bounds_.end(), [&](const auto& bound) {
    return bound.second <= figure && figure < bound.second + kBoundReach;
  });
}

std::uint32_t ContextRules::bound_start(std::uint32_t figure) const {
  for (const auto& [first, end] : figure_bounds_) {
    if (end <= figure && figure < end + kBoundReach) return first;
  }
  return figure;
}

bool ContextRules::opens_with_imperative(std::uint32_t sentence) const {
  const auto& tokens = doc_.seg->tokens;
  const auto& span = doc_.seg->sentences[sentence];
  // Bullets and list numbers ("•", "2/") come before the verb.
  std::uint32_t first = span.first_token;
  while (first < span.end_token && tokens[first].kind != text::TokenKind::word) ++first;
  return first < span.end_token && std::binary_search(imperative_starts_.begin(), imperative_starts_.end(), first);
}

int ContextRules::sentence_polarity(std::uint32_t sentence) const {
  return sentence < sentence_polarity_.size() ? sentence_polarity_[sentence] : 0;
}

}  // namespace vane::engine
