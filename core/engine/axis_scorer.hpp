// Scores the two document axes from cue evidence:
//   push_pull.tsv / inbound_outbound.tsv cues, weighted (explicit statements
//   outweigh tactic words), and every channel mention by its direction
//   (fully for inbound/outbound, lightly for push/pull, except in an ad of
//   a line or two, where the channel offered is the orientation);
//   an explicit statement in the title of a longer text counts double (so
//   does a cue the title turns away from: "Why we stopped cold calling"), and
//   none inside a longer channel name ("notifiche push" is no push strategy),
//   and no channel inside a cue of the other direction ("podcast ads" is
//   outbound, not the podcast channel's inbound);
//   a negated or contrasted cue ("unlike outbound", "non più l'outbound")
//   counts against its side (a negator reaches past a comma only into a
//   list of the same side: "No ads, SEO only" counts SEO for inbound; and
//   through a verb of spending: "haven't spent a cent on paid media");
//   cues in a critical sentence or in a story of the old way ("For years
//   we bought ads... Today we write guides") count less, and so do calls
//   to act in an invitation to free content ("Free webinar: ... register
//   now"); the
//   n-th repeat of a cue counts 1/n (a long text repeating "SEO" is not
//   thereby more inbound than a short one naming it twice).
// Label: `none` below a minimum of evidence (or, in a text of 100 words or
// more, with at most two distinct cue terms: marketing named in passing; or,
// for push/pull, with less stance evidence of its own than the text's signs
// of no stance: pricing plans, a job ad, a news report), `mixed` when the weaker side
// has at least mixed_ratio of the stronger's score and names a fair share of
// its distinct terms, else the stronger side.
#pragma once

#include <vector>

#include "engine/context_rules.hpp"
#include "engine/cue_finder.hpp"
#include "engine/record.hpp"

namespace vane::engine {

// Tuned on the dev splits of the gold corpora (vane eval).
struct AxisTuning {
  double none_below_push_pull = 1.2;          // total evidence under this: label none
  double none_below_inbound_outbound = 1.0;   // one channel mention is enough for an ad
  double repeat_exponent = 1.0;               // n-th repeat of a cue counts 1/n^exponent
  double neutral_channel_factor = 0.5;        // neutral channel with a context direction
  double mixed_ratio = 0.6;        // weaker / stronger at or above this: mixed
  // ... and the weaker side names at least this share of the stronger
  // side's distinct terms (unless explicit statements decide).
  double mixed_terms_ratio_push_pull = 0.5;
  double mixed_terms_ratio_inbound_outbound = 0.4;
  // Inbound/outbound is also mixed when each side names at least this many
  // distinct terms, the weaker at least many_terms_ratio of the stronger's
  // count, with at least many_terms_score_ratio of its score.
  std::size_t many_terms_inbound_outbound = 4;
  double many_terms_ratio = 0.6;
  double many_terms_score_ratio = 0.3;
  double channel_weight_io = 1.0;  // a channel mention on inbound/outbound
  double channel_weight_pp = 0.35; // ... on push/pull (outbound -> push, inbound -> pull)
  double against_factor = -0.6;    // negated or contrasted cue
  double critical_factor = 0.5;    // cue in a sentence with net negative polarity
  double past_story_factor = 0.25;  // cue in a story of the old way ("For years we... Today we...")
  // A call to act or urgency ("register now", "posti limitati") in a text
  // offering free content (push_pull.tsv cue `free_offer`): an invitation to
  // sign up, not a push for a sale.
  double free_offer_call_factor = 0.25;
  double explicit_decides = 4.0;   // explicit statements this strong decide the label alone,
  double explicit_support = 0.1;   // if their side's other evidence is at least this share of the other side's
  double push_pull_own_minimum = 1.0;  // push_pull.tsv evidence needed before push/pull names a side
  // ... raised to this times the weight of the text's distinct no-stance
  // terms (push_pull.tsv side `none`: pricing plans, job duties, "announced").
  double no_stance_factor = 1.0;
  // A news dateline opening the text ("LONDON, 4 March —") counts as a
  // no-stance term of this weight: a report needs twice the evidence of a
  // clear sign ("press release") before it names a side. (Dev: 1.5 to 4
  // fix the same reports, 5 and more turn brands' own releases none.)
  double dateline_no_stance = 2.0;
  // An ad of a line or two is marketing in itself: the channel it offers
  // ("Free live webinar: save your seat") is its push/pull orientation.
  std::size_t short_text_words = 30;      // at most this many words: an ad or headline
  double channel_weight_pp_short = 1.0;   // a channel mention on push/pull in such a text
  // A text this long naming at most passing_mention_terms distinct cue
  // terms mentions marketing in passing: no label.
  std::size_t passing_mention_words = 100;
  std::size_t passing_mention_terms = 2;
  double headline_factor = 2.0;        // cues in the first sentence of a longer text (its title)
  std::size_t headline_min_sentences = 4;  // a text this long has a headline worth more
};

struct Axes {
  AxisResult push_pull;
  AxisResult inbound_outbound;
};

Axes score_axes(const DocumentView& doc, const std::vector<CueHit>& hits, const ContextRules& rules,
                const std::vector<ChannelResult>& channels, const AxisTuning& tuning = {});

}  // namespace vane::engine
