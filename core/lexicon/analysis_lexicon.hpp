// A language's analysis lexicons (plugins/<lang>/data/*.tsv, see
// docs/lexicon-format.md), loaded once and compiled into one PhraseMatcher
// plus the compound indexes. Immutable after loading; shared by all workers.
//
//   auto lex = vane::lexicon::load_analysis_lexicon(language_data);
//   if (!lex) report(lex.status());          // names file and line
//   lex->entries[payload].kind == EntryKind::channel
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/entry_classes.hpp"
#include "lexicon/language_data.hpp"
#include "lexicon/phrase_matcher.hpp"
#include "util/status.hpp"
#include "util/word_set.hpp"

namespace vane::lexicon {

enum class EntryKind : std::uint8_t {
  channel,           // key: channel id
  channel_context,   // key: channel id, cue: direction
  push_pull,         // key: side, cue: cue id, weight
  inbound_outbound,  // key: side, cue: cue id, weight
  roi,               // key: kind, weight
  polarity,          // key: class (positive, increase, limiter, target, ...: entry_classes.hpp)
  negation,          // key: class (negator, contrast, clause_break, past, ...: entry_classes.hpp)
  comparison,        // (no key)
  number,            // value
  multiplier,        // key: times | fixed | many | percent | share | none; value when fixed
  calendar,          // key: month | weekday | period (a figure beside one is a date or an index)
  currency,          // key: ISO 4217 code (keep last: kEntryKinds)
};
constexpr std::size_t kEntryKinds = static_cast<std::size_t>(EntryKind::currency) + 1;

enum class MatchMode : std::uint8_t { stem, exact, head, part };

// Where a channel or claim term counts, seen from headings: "Case study: how
// we ..." opens a text with its genre, not a mention of case studies as a
// channel; "Sponsored · Instagram Story" opens a social ad with the
// network's paid label, while "sponsored" elsewhere names nothing; "Price:
// £3,950" labels an offer's price, not a cost the text reports. A label is
// the term opening a sentence and followed by ':', '·', '|' or a dash.
enum class LabelRule : std::uint8_t {
  any,            // counts wherever it stands (default)
  not_as_label,   // no mention when it is a label
  only_as_label,  // a mention only when it is a label
};

struct Entry {
  EntryKind kind = EntryKind::channel;
  std::string key;
  std::string cue;
  KeyClass key_class = KeyClass::other;  // `key` interned (entry_classes.hpp): what the engine compares
  CueClass cue_class = CueClass::other;  // `cue` interned
  double weight = 1.0;   // axis and claim weight, or a number's value
  bool has_value = false;
  MatchMode mode = MatchMode::stem;
  LabelRule label = LabelRule::any;  // channels.tsv's optional fourth column, roi.tsv's fifth
  bool proper_name = false;  // one word, capital initial, not an acronym: "Instagram", "YouTube"
  std::string term;      // as written in the file
  std::string source;    // "channels.tsv:12"
};

// Compound parts: folded heads and stemmed tails of single-word entries.
struct CompoundIndex {
  using Index = std::unordered_map<std::string, std::vector<std::uint32_t>, StringHash, std::equal_to<>>;
  Index heads;  // folded form -> entries
  Index tails;  // stem -> entries
  std::vector<std::string> linkers;  // lang.json compound_linkers
  std::size_t longest_head = 0;      // bytes of the longest head key
  std::size_t longest_tail = 0;      // bytes of the longest tail key
  bool empty() const { return heads.empty() && tails.empty(); }
};

struct AnalysisLexicon {
  std::vector<Entry> entries;
  PhraseMatcher matcher;   // payload = index into entries
  CompoundIndex compounds;
  std::vector<std::string> warnings;  // linter findings that do not stop loading
};

// Loads every analysis file present in <lang.data_dir>/data/. Missing files
// are empty lexicons (a plugin may serve language ID only); malformed rows
// fail with "data_invalid" and the file:line.
Expected<AnalysisLexicon> load_analysis_lexicon(const LanguageData& lang);

}  // namespace vane::lexicon
