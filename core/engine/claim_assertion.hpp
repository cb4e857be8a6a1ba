// Internal to the claim extractor: whether a sentence asserts anything.
// Headings ("Measure what matters"), lines that just stop or end in a colon,
// bullet fragments and questions (also inside quotes: "‘Which channel pays
// best?’") name a topic without saying anything about it, so they hold no
// claim, whatever cues they contain.
//
//   if (!asserts_something(doc, sentence, !figures.empty(), tuning)) continue;
//
// A short line with a figure ("Coût : 21 000 €.") is a result written
// tersely and does assert; a testimonial signed after a dash is judged
// without its signature.
#pragma once

#include "engine/claim_extractor.hpp"
#include "engine/cue_finder.hpp"

namespace vane::engine {

// Whether `sentence` states something: enough words (fewer with a figure,
// `holds_figure`), not a question, and ending like a statement.
bool asserts_something(const DocumentView& doc, const text::Sentence& sentence, bool holds_figure,
                       const ClaimTuning& tuning);

}  // namespace vane::engine
