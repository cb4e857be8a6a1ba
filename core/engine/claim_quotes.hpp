// Internal to the claim extractor: short quotations inside a sentence. Two
// to a few words between quotation marks (« », “ ”, „ ” or straight quotes)
// name a title or repeat someone's words ("nel nostro e-book «Il mix che
// funziona»", "mi chiede «quale funziona meglio»"): their cues and judging
// words assert nothing. A whole-sentence quotation and a single quoted word
// ("“unknown” as their source") count as usual.
//
//   drop_quoted(doc, doc.seg->sentences[i], s, tuning);  // s loses the quoted cues
#pragma once

#include "engine/claim_sentence.hpp"

namespace vane::engine {

// Removes from `s` the claim cues and judging words inside a short
// quotation of `sentence` (at most `tuning.quoted_title_words` words).
void drop_quoted(const DocumentView& doc, const text::Sentence& sentence, SentenceCues& s, const ClaimTuning& tuning);

}  // namespace vane::engine
