// The fixed class names an entry's key and cue columns may hold
// (docs/lexicon-format.md: polarity.tsv's "increase", roi.tsv's "cost",
// push_pull.tsv's cue "explicit", ...), interned as small enums when the
// entry is loaded. The engine tests them for every cue hit: comparing the
// strings there cost a few percent of the analysis. Keys outside the list
// (channel ids, currency codes) are `other`; the strings stay in the entry
// for output and for anything not listed here.
//
//   const lexicon::Entry& e = doc.entry(hit);
//   if (e.key_class == KeyClass::increase) ...          // e.key == "increase"
//   if (e.cue_class == CueClass::explicit_statement) ... // e.cue == "explicit"
#pragma once

#include <cstdint>
#include <string_view>

namespace vane::lexicon {

enum class KeyClass : std::uint8_t {
  other,
  // push_pull.tsv, inbound_outbound.tsv: sides (`none`: no stance, also multipliers.tsv's set phrases)
  push, pull, none, inbound, outbound,
  // roi.tsv: claim kinds
  roi, measurability, cost, performance,
  // polarity.tsv
  positive, negative, increase, decrease, limiter, negated_limiter, inverse, spending, target, offer,
  // negation.tsv
  negator, contrast, contrast_from, clause_break, adversative, intensifier, dismissal, bound, imperative, change_from,
  change_to, past, now, negated_verb, advice,
  // multipliers.tsv
  times, fixed, many, percent, share,
  // calendar.tsv
  month, weekday, period,
};

enum class CueClass : std::uint8_t {
  other,
  explicit_statement,   // "explicit": the text names a strategy outright
  mixed,                // "mixed": a statement of both sides
  generic_advertising,  // "generic_advertising": leans a marketing text, cannot make one
  free_offer,           // "free_offer": free content one signs up for ("free webinar", "guida gratuita")
  call_to_action,       // "call_to_action": "buy now", "registrati ora"
  urgency,              // "urgency": "only today", "posti limitati"
};

// `other` when `key` is not one of the names above.
KeyClass key_class(std::string_view key);
CueClass cue_class(std::string_view cue);

}  // namespace vane::lexicon
