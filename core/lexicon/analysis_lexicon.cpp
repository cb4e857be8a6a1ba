#include "lexicon/analysis_lexicon.hpp"

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <map>
#include <set>

#include "lexicon/channel_catalog.hpp"
#include "lexicon/tsv_file.hpp"
#include "text/normalized_text.hpp"
#include "text/segmenter.hpp"
#include "text/stemmer.hpp"

namespace vane::lexicon {
namespace {

namespace fs = std::filesystem;

// Column layout of each file: which columns hold the key, cue, weight, term,
// match mode, value and label rule (-1: absent). Documented in docs/lexicon-format.md.
struct FileSpec {
  const char* name;
  EntryKind kind;
  int key, cue, weight, term, match, value;
  int label;
  std::initializer_list<const char*> keys;  // allowed keys; empty: any (checked elsewhere)
  std::initializer_list<const char*> cues;  // allowed cue values; empty: any
};

const FileSpec kFiles[] = {
    {"channels.tsv", EntryKind::channel, 0, -1, -1, 1, 2, -1, 3, {}, {}},
    {"channel_context.tsv", EntryKind::channel_context, 0, 1, -1, 2, 3, -1, -1, {}, {"inbound", "outbound"}},
    {"push_pull.tsv", EntryKind::push_pull, 0, 1, 2, 3, 4, -1, -1, {"push", "pull", "none"}, {}},
    {"inbound_outbound.tsv", EntryKind::inbound_outbound, 0, 1, 2, 3, 4, -1, -1, {"inbound", "outbound"}, {}},
    {"roi.tsv", EntryKind::roi, 0, -1, 1, 2, 3, -1, 4, {"roi", "measurability", "cost", "performance"}, {}},
    {"polarity.tsv", EntryKind::polarity, 0, -1, -1, 1, 2, -1, -1, {"positive", "negative", "increase", "decrease", "limiter", "negated_limiter", "inverse", "spending", "target", "offer"}, {}},
    {"negation.tsv", EntryKind::negation, 0, -1, -1, 1, 2, -1, -1, {"negator", "contrast", "contrast_from", "clause_break", "adversative", "intensifier", "dismissal", "bound", "imperative", "change_from", "change_to", "past", "now", "negated_verb", "advice"}, {}},
    {"comparison.tsv", EntryKind::comparison, -1, -1, -1, 0, 1, -1, -1, {}, {}},
    {"numbers.tsv", EntryKind::number, -1, -1, -1, 0, -1, 1, -1, {}, {}},
    {"multipliers.tsv", EntryKind::multiplier, 0, -1, -1, 1, -1, 2, -1, {"times", "fixed", "many", "percent", "none", "share"}, {}},
    {"calendar.tsv", EntryKind::calendar, 0, -1, -1, 1, 2, -1, -1, {"month", "weekday", "period"}, {}},
    {"currencies.tsv", EntryKind::currency, 0, -1, -1, 1, -1, 2, -1, {}, {}},
};

bool one_of(std::string_view value, std::initializer_list<const char*> allowed) {
  return std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return value == a; });
}

std::optional<double> parse_number(const std::string& text) {
  double value = 0;
  const auto* end = text.data() + text.size();
  const auto result = std::from_chars(text.data(), end, value);
  if (result.ec != std::errc() || result.ptr != end) return std::nullopt;
  return value;
}

bool has_letter(std::string_view term) {
  return std::any_of(term.begin(), term.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  });
}

// Compiles lexicon terms into token keys with the same normaliser,
// tokenizer and stemmer that documents go through.
class TermCompiler {
 public:
  TermCompiler(const LanguageData& lang, text::Stemmer stemmer)
      : lang_(lang), stemmer_(std::move(stemmer)) {}

  using Phrase = std::vector<std::pair<KeyKind, std::string>>;

  // The phrase for `term`, plus its spelling variants: a hyphenated token
  // also matches written as one word and as separate words ("pop-up",
  // "popup", "pop up"), and a short phrase of words also matches closed up
  // ("content marketing" in "#contentmarketing", Dutch "contentmarketing"),
  // unless the closed-up word is a name the lexicon lists or a word the
  // same file lists as a term of its own (`names`): "Salesforce" is a CRM
  // vendor, not a sales force.
  std::vector<Phrase> phrases(const std::string& term, MatchMode mode, const std::set<std::string>& names = {}) {
    std::vector<std::string> spellings{term};
    const auto spaces = std::count(term.begin(), term.end(), ' ');
    if (spaces >= 1 && spaces <= 2 && term.size() >= 8 && term.find('\'') == std::string::npos) {
      std::string closed;
      for (char c : term) {
        if (c != ' ') closed.push_back(c);
      }
      if (names.count(fold(closed)) == 0) spellings.push_back(closed);
    }
    if (term.find('-') != std::string::npos && has_letter(term)) {
      std::string joined, spaced;
      for (char c : term) {
        if (c != '-') joined.push_back(c);
        spaced.push_back(c == '-' ? ' ' : c);
      }
      spellings.push_back(joined);
      // "how-to" is a content format, "how to" is just words: a spaced
      // variant made only of stopwords would match everywhere.
      if (!only_stopwords(spaced)) spellings.push_back(spaced);
    }
    std::vector<Phrase> out;
    auto add = [&out](Phrase phrase) {
      if (!phrase.empty() && std::find(out.begin(), out.end(), phrase) == out.end()) out.push_back(std::move(phrase));
    };
    for (const auto& spelling : spellings) {
      Phrase phrase = tokens(spelling, mode == MatchMode::exact ? KeyKind::exact : KeyKind::stem);
      // An acronym's plural is the acronym plus "s" ("KPIs", "CTAs"); not
      // for two letters, whose plural is too often a word of its own
      // (French "CA" + "s" is "cas", "RS" + "s" is "RSS").
      if (phrase.size() == 1 && is_acronym(spelling) && spelling.size() >= 3) {
        Phrase plural = phrase;
        plural.back().second.push_back('s');
        add(std::move(plural));
      }
      add(std::move(phrase));
    }
    return out;
  }

  std::string stem(std::string_view folded) { return std::string(stemmer_.stem(folded)); }

  bool only_stopwords(const std::string& phrase) {
    text::normalize_for_matching(phrase, norm_);
    std::size_t start = 0;
    const std::string& f = norm_.folded;
    while (start < f.size()) {
      std::size_t end = f.find(' ', start);
      if (end == std::string::npos) end = f.size();
      if (end > start && lang_.stopwords.count(f.substr(start, end - start)) == 0) return false;
      start = end + 1;
    }
    return true;
  }

  std::string fold(const std::string& term) {
    text::normalize_for_matching(term, norm_);
    return norm_.folded;
  }

 private:
  Phrase tokens(const std::string& term, KeyKind kind) {
    text::normalize_for_matching(term, norm_);
    segmenter_.segment(term, norm_, lang_.tokenizer, seg_);
    Phrase phrase;
    for (const auto& token : seg_.tokens) {
      const std::string folded = norm_.folded.substr(token.fbegin, token.fend - token.fbegin);
      const bool word = token.kind == text::TokenKind::word;
      // Acronyms are matched as written: the stemmer reads "AED" as a past
      // tense and would match the article "a".
      const bool acronym = word && is_acronym(std::string_view(term).substr(token.begin, token.end - token.begin));
      const bool stem = kind == KeyKind::stem && word && !acronym;
      phrase.emplace_back(stem ? KeyKind::stem : KeyKind::exact, stem ? std::string(stemmer_.stem(folded)) : folded);
    }
    return phrase;
  }

  // "SEO", "B2B", "AED": two to five ASCII capitals and digits, at least two capitals.
  static bool is_acronym(std::string_view word) {
    const auto capitals = std::count_if(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const auto digits = std::count_if(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    return word.size() >= 2 && word.size() <= 5 && capitals >= 2 &&
           static_cast<std::size_t>(capitals + digits) == word.size();
  }

  const LanguageData& lang_;
  text::Stemmer stemmer_;
  text::Segmenter segmenter_;
  text::NormalizedText norm_;
  text::Segmentation seg_;
};

std::string column(const TsvRow& row, int index) {
  return index >= 0 && static_cast<std::size_t>(index) < row.fields.size() ? row.fields[static_cast<std::size_t>(index)]
                                                                          : std::string();
}

Expected<Entry> parse_row(const FileSpec& spec, const TsvRow& row, const std::string& where) {
  auto fail = [&](const std::string& what) { return Status::error("data_invalid", where + ": " + what); };
  const int required = std::max({spec.key, spec.cue, spec.weight, spec.term});
  if (static_cast<int>(row.fields.size()) <= required) {
    return fail("expected at least " + std::to_string(required + 1) + " tab-separated columns, found " +
                std::to_string(row.fields.size()));
  }
  Entry entry;
  entry.kind = spec.kind;
  entry.source = where;
  entry.key = column(row, spec.key);
  entry.cue = column(row, spec.cue);
  entry.key_class = key_class(entry.key);
  entry.cue_class = cue_class(entry.cue);
  entry.term = column(row, spec.term);
  if (entry.term.empty()) return fail("empty term");
  if (spec.keys.size() > 0 && !one_of(entry.key, spec.keys)) return fail("unknown value \"" + entry.key + "\"");
  if (spec.cues.size() > 0 && !one_of(entry.cue, spec.cues)) return fail("unknown value \"" + entry.cue + "\"");
  if (spec.kind == EntryKind::channel || spec.kind == EntryKind::channel_context) {
    if (find_channel(entry.key) == nullptr) return fail("unknown channel id \"" + entry.key + "\"");
  }
  if (spec.kind == EntryKind::currency && (entry.key.size() != 3 || !std::all_of(entry.key.begin(), entry.key.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))) {
    return fail("currency must be an ISO 4217 code, not \"" + entry.key + "\"");
  }
  if (spec.weight >= 0) {
    const auto weight = parse_number(column(row, spec.weight));
    if (!weight) return fail("weight \"" + column(row, spec.weight) + "\" is not a number");
    entry.weight = *weight;
  }
  if (spec.value >= 0 && !column(row, spec.value).empty()) {
    const auto value = parse_number(column(row, spec.value));
    if (!value) return fail("value \"" + column(row, spec.value) + "\" is not a number");
    entry.weight = *value;
    entry.has_value = true;
  }
  if (spec.kind == EntryKind::number && !entry.has_value) return fail("a number word needs a value");

  const std::string match = column(row, spec.match);
  if (match.empty()) {
    // Symbols and numbers-only terms ("€", "%", "x") are matched as written.
    const bool symbolic = !has_letter(entry.term) || entry.term.size() == 1;
    entry.mode = spec.kind == EntryKind::number || symbolic ? MatchMode::exact : MatchMode::stem;
  } else if (match == "stem") {
    entry.mode = MatchMode::stem;
  } else if (match == "exact") {
    entry.mode = MatchMode::exact;
  } else if (match == "head") {
    entry.mode = MatchMode::head;
  } else if (match == "part") {
    entry.mode = MatchMode::part;
  } else {
    return fail("match must be stem, exact, head or part, not \"" + match + "\"");
  }
  const std::string label = column(row, spec.label);
  if (label == "not_as_label") {
    entry.label = LabelRule::not_as_label;
  } else if (label == "only_as_label") {
    entry.label = LabelRule::only_as_label;
  } else if (!label.empty()) {
    return fail("label must be not_as_label or only_as_label, not \"" + label + "\"");
  }
  return entry;
}

// A one-word term written as a proper name and matched exactly
// ("Salesforce", "Instagram"): capital initial, then lower case (acronyms
// such as "SEO" are not names).
bool is_listed_name(const std::string& term, MatchMode mode) {
  if (mode != MatchMode::exact || term.size() < 3 || term.front() < 'A' || term.front() > 'Z') return false;
  return std::none_of(term.begin() + 1, term.end(), [](char c) { return c == ' ' || (c >= 'A' && c <= 'Z'); });
}

// A brand or platform written as a name: one word, a capital initial and
// some lower case ("Instagram", "YouTube", "LinkedIn"; not "SEO", "blog").
bool is_proper_name(const std::string& term) {
  if (term.empty() || term.front() < 'A' || term.front() > 'Z') return false;
  if (std::any_of(term.begin(), term.end(), [](char c) { return c == ' '; })) return false;
  return std::any_of(term.begin(), term.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

Expected<AnalysisLexicon> load_analysis_lexicon(const LanguageData& lang) {
  auto stemmer = text::Stemmer::create(lang.stemmer);
  if (!stemmer) return stemmer.status();
  TermCompiler compiler(lang, std::move(*stemmer));

  AnalysisLexicon lexicon;
  lexicon.compounds.linkers = lang.compound_linkers;
  // (file, key, compiled phrase) -> first row: two rows that compile to the
  // same phrase under the same key are a duplicate the linter reports.
  std::map<std::string, std::string> seen;
  // Every file is read before any is compiled: a name listed in one file
  // (channels.tsv's "Salesforce") keeps another file's phrase ("sales
  // force" in push_pull.tsv) from matching it closed up.
  std::vector<std::pair<const FileSpec*, std::vector<Entry>>> files;
  std::set<std::string> names;
  for (const auto& spec : kFiles) {
    const fs::path path = lang.data_dir / "data" / spec.name;
    if (!fs::exists(path)) continue;
    auto rows = read_tsv(path);
    if (!rows) return rows.status();
    auto& entries = files.emplace_back(&spec, std::vector<Entry>{}).second;
    for (const auto& row : *rows) {
      auto entry = parse_row(spec, row, path.string() + ":" + std::to_string(row.line));
      if (!entry) return entry.status();
      entry->proper_name = is_proper_name(entry->term);
      if (is_listed_name(entry->term, entry->mode)) names.insert(compiler.fold(entry->term));
      entries.push_back(std::move(*entry));
    }
  }
  for (auto& [spec_ptr, entries] : files) {
    const FileSpec& spec = *spec_ptr;
    // A word the file lists as a term of its own says there what it means:
    // Dutch "offerteaanvragen" (quote requests received, pull) is not also
    // the call to action "offerte aanvragen" (push) written closed up.
    std::set<std::string> own_words = names;
    for (const auto& parsed : entries) {
      if (parsed.term.find(' ') == std::string::npos) own_words.insert(compiler.fold(parsed.term));
    }
    for (auto& parsed : entries) {
      auto* entry = &parsed;
      const std::string where = entry->source;
      const auto id = static_cast<std::uint32_t>(lexicon.entries.size());
      const auto phrases = compiler.phrases(entry->term, entry->mode, own_words);
      if (phrases.empty()) {
        lexicon.warnings.push_back(where + ": term \"" + entry->term + "\" has no tokens; ignored");
        continue;
      }
      std::string signature = std::string(spec.name) + '\t' + entry->key + '\t' + entry->cue;
      for (const auto& [kind, key] : phrases.front()) signature += '\t' + std::to_string(static_cast<int>(kind)) + key;
      if (const auto [it, fresh] = seen.emplace(signature, where); !fresh) {
        lexicon.warnings.push_back(where + ": \"" + entry->term + "\" duplicates " + it->second);
      }
      for (const auto& phrase : phrases) lexicon.matcher.add(phrase, id);
      const bool single_word = phrases.front().size() == 1;
      if (entry->mode == MatchMode::head || entry->mode == MatchMode::part) {
        if (!single_word) {
          lexicon.warnings.push_back(where + ": head/part entries must be one word; matched as stem");
        } else {
          for (const auto& phrase : phrases) {
            lexicon.compounds.heads[compiler.fold(entry->term)].push_back(id);
            if (entry->mode == MatchMode::part) lexicon.compounds.tails[phrase.front().second].push_back(id);
          }
        }
      }
      lexicon.entries.push_back(std::move(*entry));
    }
  }
  for (const auto& [key, ids] : lexicon.compounds.heads) {
    lexicon.compounds.longest_head = std::max(lexicon.compounds.longest_head, key.size());
  }
  for (const auto& [key, ids] : lexicon.compounds.tails) {
    lexicon.compounds.longest_tail = std::max(lexicon.compounds.longest_tail, key.size());
  }
  for (auto* index : {&lexicon.compounds.heads, &lexicon.compounds.tails}) {
    for (auto& [key, ids] : *index) {
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
  }
  return lexicon;
}

}  // namespace vane::lexicon
