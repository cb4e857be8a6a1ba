#include "engine/axis_scorer.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "engine/dateline.hpp"
#include "lexicon/channel_catalog.hpp"

namespace vane::engine {
namespace {

using lexicon::EntryKind;

struct AxisSides {
  const char* a;  // push | inbound: score_a
  const char* b;  // pull | outbound: score_b
};

constexpr AxisSides kPushPull{"push", "pull"};
constexpr AxisSides kInboundOutbound{"inbound", "outbound"};
// add_no_stance's key for a dateline, which is no lexicon entry.
constexpr std::uint32_t kDatelineSign = UINT32_MAX;

class AxisAccumulator {
 public:
  AxisAccumulator(AxisSides sides, double none_below, double repeat_exponent)
      : sides_(sides), none_below_(none_below), repeat_exponent_(repeat_exponent) {}

  void add(const Span& span, std::uint32_t entry, const std::string& side, const std::string& cue, double weight,
           bool own_cue = true) {
    const int repeat = ++repeats_of(cue, side);
    const double w = weight / std::pow(static_cast<double>(repeat), repeat_exponent_);
    if (w == 0.0) return;
    const bool side_a = side == sides_.a;
    (side_a ? a_ : b_) += w;
    if (own_cue) own_ += std::fabs(w);
    // Generic words ("campaign", "pubblicità") lean a marketing text one
    // way but cannot by themselves make a text marketing: a vaccination
    // campaign is not outbound.
    const bool generic = cue == "generic_advertising";
    if (!generic) specific_ += std::max(0.0, w);
    if (!generic && w > 0.0) {
      if (std::find(terms_.begin(), terms_.end(), entry) == terms_.end()) terms_.push_back(entry);
      auto& side_terms = side_a ? terms_a_ : terms_b_;
      if (std::find(side_terms.begin(), side_terms.end(), entry) == side_terms.end()) side_terms.push_back(entry);
    }
    if (cue == "explicit" || cue == "mixed") (side_a ? explicit_a_ : explicit_b_) += w;
    // Every occurrence counts, but past kMaxRepeatsShown the record would
    // grow with the text for no insight: a 4 MB page repeating "SEO"
    // 60,000 times shows the first ones.
    if (repeat <= kMaxRepeatsShown) result_.evidence.push_back({span, side, cue, w});
  }

  static constexpr int kMaxRepeatsShown = 20;

  AxisResult finish(const AxisTuning& tuning) {
    const double a = std::max(0.0, a_), b = std::max(0.0, b_);
    const double total = a + b;
    if (total > 0.0) {
      const double saturation = 1.0 - std::exp(-total / 2.0);
      result_.score_a = a / total * saturation;
      result_.score_b = b / total * saturation;
    }
    // A text showing it takes no stance (a feature list with pricing plans,
    // a job ad, a news report) needs stance words of its own in proportion:
    // the tactics it names are its subject, not what it advocates.
    const double own_needed = std::max(own_minimum_, tuning.no_stance_factor * no_stance_);
    if (specific_ < none_below_ || own_ < own_needed || terms_.size() < terms_minimum_) {
      result_.label = "none";
    } else {
      // A text that says outright which strategy it follows ("our pull
      // strategy") is labelled by what it says, however many tactics of the
      // other side it lists along the way.
      const double ea = std::max(0.0, explicit_a_), eb = std::max(0.0, explicit_b_);
      // ... unless everything else in the text points the other way: one
      // statement against a page of the other side's tactics reports what
      // others mean by a word ("'pull' has come to mean inbound marketing
      // for a lot of people"), it is not the text's own stance. (Statements
      // of both sides in balance still decide: the text is mixed.)
      const double other_a = a - ea, other_b = b - eb;
      const bool balanced_statements = std::min(ea, eb) >= tuning.mixed_ratio * std::max(ea, eb);
      // Unsupported: the other side's tactics outweigh the statements and
      // the statements' side has next to nothing else.
      const bool supported = ea >= eb ? other_b < ea || other_a >= tuning.explicit_support * other_b
                                      : other_a < eb || other_b >= tuning.explicit_support * other_a;
      const bool explicit_decides =
          std::max(ea, eb) >= tuning.explicit_decides && (balanced_statements || supported);
      const double x = explicit_decides ? ea : a, y = explicit_decides ? eb : b;
      // Scores alone call a text mixed when one strong word of the other
      // side ("attract", "recommendation") nearly balances many weak
      // mentions of its own (six outbound channels named once each). A text
      // gives both sides substantial weight only when it also names a fair
      // share of the other side's tactics.
      const double ta = static_cast<double>(terms_a_.size()), tb = static_cast<double>(terms_b_.size());
      const bool balanced_terms = explicit_decides || std::min(ta, tb) >= mixed_terms_ratio_ * std::max(ta, tb);
      // A text naming many tactics of each side in similar numbers (a
      // survey of channel budgets, a comparison) gives both substantial
      // weight even when one side's few strong words lead on score.
      const bool many_of_both = !explicit_decides && many_terms_minimum_ > 0 &&
                                std::min(ta, tb) >= static_cast<double>(many_terms_minimum_) &&
                                std::min(ta, tb) >= tuning.many_terms_ratio * std::max(ta, tb) &&
                                std::min(x, y) >= tuning.many_terms_score_ratio * std::max(x, y);
      if ((std::min(x, y) >= tuning.mixed_ratio * std::max(x, y) && balanced_terms) || many_of_both) {
        result_.label = "mixed";
      } else {
        result_.label = x > y ? sides_.a : sides_.b;
      }
    }
    // score_axes adds evidence in hit order, which is text order: the sort
    // (a buffer and string moves per axis and document) is only a safeguard.
    const auto by_start = [](const Evidence& x, const Evidence& y) { return x.span.begin < y.span.begin; };
    if (!std::is_sorted(result_.evidence.begin(), result_.evidence.end(), by_start)) {
      std::stable_sort(result_.evidence.begin(), result_.evidence.end(), by_start);
    }
    return std::move(result_);
  }

  // Evidence from the axis's own cue file, as opposed to borrowed from
  // channels: push/pull needs some of its own before it names a side.
  void require_own_evidence(double minimum) { own_minimum_ = minimum; }
  // A sign that the text takes no stance (a tool's pricing plans, a job
  // ad's duties, a news report's "announced"): each distinct term counts
  // once, and together they raise the own evidence needed to name a side.
  void add_no_stance(std::uint32_t entry, double weight) {
    if (std::find(no_stance_terms_.begin(), no_stance_terms_.end(), entry) != no_stance_terms_.end()) return;
    no_stance_terms_.push_back(entry);
    no_stance_ += weight;
  }
  double no_stance() const { return no_stance_; }
  // Share of the stronger side's distinct terms the weaker side must name
  // for the text to be mixed.
  void require_balanced_terms(double ratio) { mixed_terms_ratio_ = ratio; }
  // Distinct terms each side must name for many_of_both (0: never).
  void allow_many_terms_mixed(std::size_t minimum) { many_terms_minimum_ = minimum; }
  // Distinct lexicon terms needed before the axis names a side.
  void require_terms(std::size_t minimum) { terms_minimum_ = minimum; }

 private:
  AxisSides sides_;
  double none_below_;
  double repeat_exponent_;
  double a_ = 0.0, b_ = 0.0;
  double own_ = 0.0, own_minimum_ = 0.0;
  double no_stance_ = 0.0;
  std::vector<std::uint32_t> no_stance_terms_;
  double specific_ = 0.0;
  std::vector<std::uint32_t> terms_;  // distinct lexicon entries that counted for a side (a text has few)
  std::size_t terms_minimum_ = 0;
  std::vector<std::uint32_t> terms_a_, terms_b_;  // distinct entries that counted for each side
  double mixed_terms_ratio_ = 0.0;
  std::size_t many_terms_minimum_ = 0;
  double explicit_a_ = 0.0, explicit_b_ = 0.0;  // outright statements of a strategy
  // How often each (cue, side) has counted so far. The pairs are bounded by
  // the lexicon's cue ids and the channels, and a text has a few dozen: a
  // linear search comparing strings (lengths first) beats building a key
  // string and hashing it, which cost a fifth of score_axes.
  struct Repeats {
    std::string cue, side;
    int count = 0;
  };
  std::vector<Repeats> repeats_;

  int& repeats_of(const std::string& cue, const std::string& side) {
    for (auto& r : repeats_) {
      if (r.cue == cue && r.side == side) return r.count;
    }
    repeats_.push_back({cue, side, 0});
    return repeats_.back().count;
  }
  AxisResult result_;
};

// A strategy word that is part of a longer channel name is that channel's
// name, not a statement of strategy: "push" in "notifiche push", "push
// notifications" or "pushberichten" says nothing about who starts the contact.
bool inside_channel_name(const DocumentView& doc, const CueHit& cue, const std::vector<CueHit>& hits) {
  return std::any_of(hits.begin(), hits.end(), [&](const CueHit& h) {
    if (doc.entry(h).kind != EntryKind::channel || h.first > cue.first || cue.end > h.end) return false;
    return h.end - h.first > cue.end - cue.first || (cue.compound_part && !h.compound_part);
  });
}

// A channel named inside an axis cue of the other direction is placed there,
// not run: "podcast" in "host-read podcast ads" is a paid spot in someone
// else's podcast (outbound), whatever the podcast channel's own direction.
// The covering cue counts for its side; the channel adds nothing to the axes.
// `io_cues` are the document's inbound/outbound cue hits, sorted by first
// token and disjoint unless identical (one reading per stretch of text), so
// only the last ones starting at or before the channel can cover it: a
// search over every hit per channel mention was quadratic on huge pages.
bool placed_in_other_side(const DocumentView& doc, const CueHit& channel, const std::string& direction,
                          const std::vector<const CueHit*>& io_cues) {
  auto it = std::upper_bound(io_cues.begin(), io_cues.end(), channel.first,
                             [](std::uint32_t first, const CueHit* h) { return first < h->first; });
  while (it != io_cues.begin()) {
    const CueHit& h = **--it;
    if (h.end <= channel.first) return false;  // earlier cues end earlier still
    const auto& e = doc.entry(h);
    if (e.weight > 0.0 && e.key != direction && channel.end <= h.end &&
        h.end - h.first > channel.end - channel.first) {
      return true;
    }
  }
  return false;
}

// Which way a cue or channel leans: +1 for pull or inbound, -1 for push or
// outbound, 0 for neither (a no-stance sign, a neutral channel, a weightless row).
int lean_of(const DocumentView& doc, const CueHit& hit, const std::vector<ChannelResult>& channels) {
  const auto& e = doc.entry(hit);
  std::string_view side;
  if (e.kind == EntryKind::push_pull || e.kind == EntryKind::inbound_outbound) {
    if (e.weight <= 0.0) return 0;
    side = e.key;
  } else if (e.kind == EntryKind::channel) {
    const auto c = std::find_if(channels.begin(), channels.end(), [&](const ChannelResult& r) { return r.id == e.key; });
    if (c == channels.end()) return 0;
    side = c->direction;
  } else {
    return 0;
  }
  if (side == "pull" || side == "inbound") return 1;
  if (side == "push" || side == "outbound") return -1;
  return 0;
}

// A negator reaches past a comma or colon only while the text goes on
// listing what it denies: "no TV, radio or print" denies all three, but
// "No ads, SEO only", "niente pubblicità, solo contenuti" turn to the other
// side after the break. A cue there is denied when the first cue after the
// negator leans its way; past a break with no such cue before it ("No
// doubt: SEO works"), it is not denied.
bool denied(const DocumentView& doc, const CueHit& hit, const std::vector<CueHit>& hits, const ContextRules& rules,
            const std::vector<ChannelResult>& channels) {
  if (!rules.negated(hit.first)) return rules.negated_through_verb(hit.first);
  if (!rules.negation_crosses_break(hit.first)) return true;
  const std::uint32_t from = rules.negator_end(hit.first);
  const int lean = lean_of(doc, hit, channels);
  for (const auto& other : hits) {  // sorted by first token
    if (other.first < from) continue;
    if (other.first >= hit.first) break;
    const int other_lean = lean_of(doc, other, channels);
    if (other_lean != 0) return other_lean == lean;
  }
  return false;
}

}  // namespace

Axes score_axes(const DocumentView& doc, const std::vector<CueHit>& hits, const ContextRules& rules,
                const std::vector<ChannelResult>& channels, const AxisTuning& tuning) {
  const auto& tokens = doc.seg->tokens;
  const std::size_t words = doc.word_count;
  const bool short_text = words <= tuning.short_text_words;
  AxisAccumulator push_pull(kPushPull, short_text ? tuning.none_below_inbound_outbound : tuning.none_below_push_pull,
                            tuning.repeat_exponent);
  AxisAccumulator inbound_outbound(kInboundOutbound, tuning.none_below_inbound_outbound, tuning.repeat_exponent);
  // A text that only lists inbound tools, with no word on who starts the
  // contact, has no push/pull orientation (SPEC: label what the text is
  // about, advocates or does).
  push_pull.require_own_evidence(tuning.push_pull_own_minimum);
  push_pull.require_balanced_terms(tuning.mixed_terms_ratio_push_pull);
  inbound_outbound.require_balanced_terms(tuning.mixed_terms_ratio_inbound_outbound);
  // Tactics named are what inbound/outbound is about; push/pull is the
  // stance, which a list of tactics does not settle.
  inbound_outbound.allow_many_terms_mixed(tuning.many_terms_inbound_outbound);
  // A text of some length that names a marketing word or two in passing
  // (a walk "to the summit", a "pop-up recycling point", the book's
  // "ebook" edition) is not about marketing.
  if (words >= tuning.passing_mention_words) {
    push_pull.require_terms(tuning.passing_mention_terms + 1);
    inbound_outbound.require_terms(tuning.passing_mention_terms + 1);
  }
  // A document names few channels: a linear search beats building a map.
  static const std::string kNoDirection;
  const auto direction_of = [&](const std::string& id) -> const std::string& {
    for (const auto& c : channels) {
      if (c.id == id) return c.direction;
    }
    return kNoDirection;
  };
  std::string cue;  // "channel:<id>", reused
  // A title states what the text is about ("Why outbound isn't enough",
  // "Our pull strategy, step by step"); a body lists tactics of both sides
  // along the way. A one-line ad or post has no separate title.
  const bool has_headline = doc.seg->sentences.size() >= tuning.headline_min_sentences;

  // A report's dateline is a sign of no stance like "press release" or
  // "announced", in every language's shape.
  if (opens_with_dateline(doc)) push_pull.add_no_stance(kDatelineSign, tuning.dateline_no_stance);

  // An invitation to free content, named in its title ("Free webinar: ...
  // Limited seats, register now"), presses for a sign-up, which is the
  // audience opting in: its calls to act are the invitation's, not a push
  // for a sale. (A free e-book named in the body is one tactic among others.)
  const bool free_offer = std::any_of(hits.begin(), hits.end(), [&](const CueHit& h) {
    const auto& e = doc.entry(h);
    return e.kind == EntryKind::push_pull && e.cue_class == lexicon::CueClass::free_offer &&
           tokens[h.first].sentence == 0 && !rules.negated(h.first);
  });

  std::vector<const CueHit*> io_cues;  // for placed_in_other_side; hits are sorted by first token
  for (const auto& hit : hits) {
    if (doc.entry(hit).kind == EntryKind::inbound_outbound) io_cues.push_back(&hit);
  }

  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    const bool axis_cue = e.kind == EntryKind::push_pull || e.kind == EntryKind::inbound_outbound;
    if (!axis_cue && e.kind != EntryKind::channel) continue;
    if (axis_cue && e.cue_class == lexicon::CueClass::explicit_statement && inside_channel_name(doc, hit, hits)) continue;
    // push_pull.tsv rows of side `none` are signs of no stance (docs/lexicon-format.md).
    if (e.kind == EntryKind::push_pull && e.key_class == lexicon::KeyClass::none) {
      push_pull.add_no_stance(hit.entry, e.weight);
      continue;
    }

    const Span span{tokens[hit.first].begin, tokens[hit.end - 1].end};
    double factor = 1.0;
    const bool against = denied(doc, hit, hits, rules, channels) || rules.contrasted(hit.first) || rules.dismissed(hit.end);
    if (against) {
      factor = tuning.against_factor;
    } else if (rules.sentence_polarity(tokens[hit.first].sentence) < 0) {
      factor = tuning.critical_factor;
    }
    // "For years we bought ads in the papers. Today we invest in content":
    // the old way is the story the text leaves behind, not what it does.
    if (!against && rules.in_past_story(tokens[hit.first].sentence)) factor *= tuning.past_story_factor;
    // A title naming what the text turns away from ("Why we stopped cold
    // calling", "Outbound is dead") states its stance as plainly as one
    // naming its strategy; the body then tells the story of the old way.
    if (has_headline && axis_cue && (e.cue_class == lexicon::CueClass::explicit_statement || against) && tokens[hit.first].sentence == 0) {
      factor *= tuning.headline_factor;
    }

    if (free_offer && e.kind == EntryKind::push_pull &&
        (e.cue_class == lexicon::CueClass::call_to_action || e.cue_class == lexicon::CueClass::urgency)) {
      factor *= tuning.free_offer_call_factor;
    }

    if (axis_cue) {
      auto& axis = e.kind == EntryKind::push_pull ? push_pull : inbound_outbound;
      axis.add(span, hit.entry, e.key, e.cue, e.weight * factor);
      continue;
    }
    const std::string& direction = direction_of(e.key);
    if (direction == "neutral") continue;
    if (placed_in_other_side(doc, hit, direction, io_cues)) continue;
    // A neutral channel leaning one way by context (an opt-in newsletter)
    // is weaker evidence than a channel that is one way by nature.
    if (lexicon::find_channel(e.key)->direction == lexicon::Direction::neutral) {
      factor *= tuning.neutral_channel_factor;
    }
    cue.assign("channel:");
    cue += e.key;
    inbound_outbound.add(span, hit.entry, direction, cue, tuning.channel_weight_io * factor);
    push_pull.add(span, hit.entry, direction == "outbound" ? "push" : "pull", cue,
                  (short_text ? tuning.channel_weight_pp_short : tuning.channel_weight_pp) * factor,
                  /*own_cue=*/short_text);
  }
  return {push_pull.finish(tuning), inbound_outbound.finish(tuning)};
}

}  // namespace vane::engine
