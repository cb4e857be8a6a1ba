// Whether a text opens like a news report: a place, a date or a news
// agency, and a dash, at the start of its first paragraph or of the one
// after its title.
//
//   opens_with_dateline(doc)  // "LONDON, 4 March —", "Paris, le 6 février 2025 –",
//                             // "NEW YORK (Reuters) -", "Den Haag, 3 september 2024 –"
//
// The shape is the same in every language: one to three capitalised words,
// then a comma and a short date holding a day or a year, or a capitalised
// word in brackets, then a dash. It is a sign that the text reports rather
// than advocates (docs/corpus-format.md: news about a medium takes no
// push/pull stance).
#pragma once

#include "engine/cue_finder.hpp"

namespace vane::engine {

bool opens_with_dateline(const DocumentView& doc);

}  // namespace vane::engine
