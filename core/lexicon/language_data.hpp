// What a plugin's data says about its language, independent of analysis:
// lang.json (stemmer, tokenizer rules, number format) and the stopwords that
// serve as language-ID evidence. Loaded once per language, then immutable.
//
//   auto data = vane::lexicon::load_language_data(plugin_data_dir, "it");
//   if (!data) report(data.status());
//   data->tokenizer.elision_prefixes;   // {"l'", "dell'", ...}
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "text/segmenter.hpp"
#include "util/status.hpp"
#include "util/word_set.hpp"

namespace vane::lexicon {

struct NumberFormat {
  std::string decimal_separator = ".";
  std::vector<std::string> group_separators = {","};
};

struct LanguageData {
  std::string code;      // "it"
  std::string name;      // "Italian"
  std::string stemmer;   // Snowball algorithm: "italian"
  text::TokenizerRules tokenizer;
  NumberFormat numbers;
  std::vector<std::string> compound_linkers;  // letters that may join compound parts ("s")
  WordSet stopwords;  // folded, without apostrophes
  std::filesystem::path data_dir;             // where lang.json was found
};

// Reads <data_dir>/<code>/lang.json if present (plugins serving several
// languages), else <data_dir>/lang.json, then data/stopwords.tsv next to it.
// Errors name the file and, where known, the line or JSON field.
Expected<LanguageData> load_language_data(const std::filesystem::path& data_dir,
                                          std::string_view code);

}  // namespace vane::lexicon
