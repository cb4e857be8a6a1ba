// Compound parts of one word: the lexicon's longest head entry that starts
// it and longest tail entry that ends it ("radio|spots",
// "huis-aan-huis|folders", "zoekmachine|marketing"), each leaving at least
// three letters for the rest.
//
//   std::vector<std::uint16_t> letters_before;   // reusable buffer
//   std::vector<std::uint32_t> entries;
//   find_compound_parts("radiospots", lexicon.compounds, stemmer, letters_before, entries);
//   // entries: the head's entries, then the tail's (indexes into lexicon.entries)
//
// A pure function of the word, the index and the stemmer's algorithm, so
// WordMemo computes it once per distinct word.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/analysis_lexicon.hpp"
#include "text/stemmer.hpp"

namespace vane::engine {

// Appends to `entries`; `word` is a folded word token.
void find_compound_parts(std::string_view word, const lexicon::CompoundIndex& index, text::Stemmer& stemmer,
                         std::vector<std::uint16_t>& letters_before, std::vector<std::uint32_t>& entries);

}  // namespace vane::engine
