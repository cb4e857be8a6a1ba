// Spans in a record carry their own `text`; once the report embeds the whole
// document text, those copies are redundant (a claim is a whole sentence),
// so they are dropped and the page cuts them from the text instead. That is
// only safe when the text is the one the record was made from, so every span
// is checked first: its code point offsets must lie inside the text and the
// slice must equal its `text`.
//
//   if (vane::report::drop_span_texts_if_text_matches(record, text)) embed(record, text);
//   else embed(record);   // a different version of the document: keep the span texts
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

namespace vane::report {

// True (and the spans' "text" fields removed) when every span of `record`
// (axis evidence, channel mentions, claims, claim quantities) matches `text`;
// false and `record` untouched otherwise. A record without spans matches.
bool drop_span_texts_if_text_matches(nlohmann::json& record, std::string_view text);

}  // namespace vane::report
