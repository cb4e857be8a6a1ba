// The local context of a cue within its sentence: is it negated ("not",
// "non più"), contrasted ("unlike outbound", "invece della pubblicità"),
// dismissed ("outbound is dead"), and
// is the sentence as a whole critical (more negative than positive words)?
// Does it only bound a figure ("more than 200 clients", "up to 10,000
// subscribers"), which states a quantity rather than a change?
// Language-neutral: the words come from the plugin's negation.tsv and
// polarity.tsv.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "engine/cue_finder.hpp"

namespace vane::engine {

class ContextRules {
 public:
  ContextRules(const DocumentView& doc, const std::vector<CueHit>& hits);

  // A negator up to three tokens before `first`, in the same sentence.
  bool negated(std::uint32_t first) const;
  // For a negated `first`: the token where its negator ends, and whether a
  // clause break (a comma, colon, semicolon, opening bracket or a
  // `clause_break` row) lies between: "No ads, SEO only" may turn to
  // something else after the comma, "no TV, radio or print" goes on listing.
  std::uint32_t negator_end(std::uint32_t first) const;
  bool negation_crosses_break(std::uint32_t first) const;
  // A negated verb of spending or buying (negation.tsv `negated_verb`: "we
  // haven't spent a single cent on paid media", "non abbiamo mai investito
  // un euro in pubblicità") denies what it is spent on, up to four tokens
  // after the verb and with no clause break between, further than a
  // negator reaches by itself.
  bool negated_through_verb(std::uint32_t first) const;
  // A contrast marker up to six tokens before `first`, in the same sentence,
  // with no clause break between (a comma, an opening bracket, a
  // `clause_break` row such as "and started"; for a `contrast_from` marker,
  // a `change_to` word).
  bool contrasted(std::uint32_t first) const;
  // A dismissal right after a cue ending before token `end` ("outbound is
  // dead", "l'outbound non basta più"): the text is against the cue's side.
  bool dismissed(std::uint32_t end) const;
  // Whether an adversative ("but", "ma", "mais", "maar") precedes `token` in
  // its sentence: the clause after "but" carries the sentence's point.
  bool after_adversative(std::uint32_t token) const;
  // Whether tokens [first, end) lie inside a bound marker ("more than",
  // "up to", "meer dan", "fino a") that a number follows within two tokens
  // ("more than £1m"): the words there bound the figure, they say nothing
  // about a change or a ranking.
  bool bounds_figure(std::uint32_t first, std::uint32_t end) const;
  // Whether a bound marker ends at most two tokens before the figure that
  // starts at token `figure`.
  bool bounded(std::uint32_t figure) const;
  // The first token of the bound marker before the figure that starts at
  // token `figure` ("more than" in "fell by more than 70%"), or `figure`
  // itself when no bound marker comes before it.
  std::uint32_t bound_start(std::uint32_t figure) const;
  // Whether sentence `s` opens with a verb in the imperative ("Download
  // our guide", "Richiedi un preventivo", "Vraag tevreden klanten om een
  // review"): advice or a call to action, not a claim about return.
  bool opens_with_imperative(std::uint32_t sentence) const;
  // Whether sentence `s` tells the story of the old way: it lies from a
  // sentence opening with a `past` marker ("For years", "Per anni",
  // "Jarenlang") up to a later one opening with a `now` marker ("Today",
  // "Oggi", "Nu"), a few sentences on. Without the turn to the present
  // ("For years we have written a blog") the story is still going on.
  bool in_past_story(std::uint32_t sentence) const;
  // Net count of positive minus negative evaluative words in sentence `s`
  // (negated ones count the other way).
  int sentence_polarity(std::uint32_t sentence) const;

 private:
  bool marker_before(const std::vector<std::uint32_t>& ends, std::uint32_t first, std::uint32_t window) const;
  // The nearest of the sorted marker `ends` at or before `first` (`first` when there is none).
  static std::uint32_t nearest_end(const std::vector<std::uint32_t>& ends, std::uint32_t first);
  // Whether a new clause begins between a marker ending at token `end` and
  // the cue at token `first`.
  bool clause_break_between(std::uint32_t end, std::uint32_t first) const;
  // Pairs each sentence opened by a past marker with the first later one
  // opened by a now marker, within reach: the sentences between tell the
  // story of the old way.
  void find_past_stories(std::vector<std::uint32_t> past, std::vector<std::uint32_t> now);
  // Whether one of the sorted `starts` lies in [from, to).
  static bool starts_between(const std::vector<std::uint32_t>& starts, std::uint32_t from, std::uint32_t to);
  const DocumentView& doc_;
  std::vector<std::uint32_t> negator_ends_;  // end token of each negator, sorted
  std::vector<std::uint32_t> negated_verb_ends_;  // end token of each negated verb of spending, sorted
  std::vector<std::uint32_t> contrast_ends_;
  std::vector<std::uint32_t> from_contrast_ends_;   // contrast markers ending in "from": reach up to a "to"
  std::vector<std::uint32_t> clause_break_starts_;  // "and started", "we": a new clause begins
  std::vector<std::uint32_t> change_to_starts_;
  std::vector<std::uint32_t> adversative_ends_;
  std::vector<std::uint32_t> dismissal_starts_;  // first token of each dismissal, sorted
  std::vector<std::pair<std::uint32_t, std::uint32_t>> figure_bounds_;  // [first, end) of bound markers before a number
  std::vector<std::uint32_t> imperative_starts_;  // first token of each imperative, sorted
  std::vector<int> sentence_polarity_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> past_stories_;  // [first, end) sentences of each story told in the past
};

}  // namespace vane::engine
