#include "engine/quantity_parser.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace vane::engine {
namespace {

using lexicon::EntryKind;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Beyond this, "N times" counts occurrences ("downloaded 1,150 times").
constexpr double kLargestMultiplier = 100.0;

bool is_year(double value, std::string_view token) {
  return token.size() == 4 && value >= 1900 && value <= 2100 && std::floor(value) == value;
}

}  // namespace

std::optional<double> parse_number(std::string_view token, const lexicon::NumberFormat& format) {
  // A group separator is one only when exactly three digits follow it, so
  // "1.500" is 1500 in Italian but "2.5" stays a decimal there.
  std::string plain;
  std::size_t i = 0;
  bool decimal_seen = false;
  while (i < token.size()) {
    if (is_digit(token[i])) {
      plain.push_back(token[i++]);
      continue;
    }
    std::size_t sep_len = 0;
    bool group = false;
    for (const auto& g : format.group_separators) {
      if (!g.empty() && token.substr(i, g.size()) == g) {
        std::size_t digits = 0;
        while (i + g.size() + digits < token.size() && is_digit(token[i + g.size() + digits])) ++digits;
        if (digits == 3) {
          sep_len = g.size();
          group = true;
          break;
        }
      }
    }
    if (!group) {
      const bool decimal = token.substr(i, format.decimal_separator.size()) == format.decimal_separator ||
                           token[i] == '.' || token[i] == ',';
      if (!decimal || decimal_seen) return std::nullopt;
      decimal_seen = true;
      plain.push_back('.');
      sep_len = token.substr(i, format.decimal_separator.size()) == format.decimal_separator
                    ? format.decimal_separator.size()
                    : 1;
    }
    i += sep_len;
  }
  if (plain.empty() || plain.back() == '.') return std::nullopt;
  double value = 0;
  const auto result = std::from_chars(plain.data(), plain.data() + plain.size(), value);
  if (result.ec != std::errc()) return std::nullopt;
  return value;
}

QuantityParser::QuantityParser(const DocumentView& doc, const std::vector<CueHit>& hits)
    : doc_(doc) {
  for (const auto& hit : hits) {
    const auto kind = doc.entry(hit).kind;
    if (kind == EntryKind::number || kind == EntryKind::multiplier || kind == EntryKind::currency ||
        kind == EntryKind::calendar) {
      quantity_hits_.push_back(&hit);
    }
  }
  // (The cue finder's hits are sorted already; a stable sort keeps the order found per token.)
  std::stable_sort(quantity_hits_.begin(), quantity_hits_.end(),
                   [](const CueHit* a, const CueHit* b) { return a->first < b->first; });
  const std::size_t tokens = doc.seg->tokens.size();
  starts_.resize(tokens + 1);
  std::size_t at = 0;
  for (std::size_t t = 0; t <= tokens; ++t) {
    while (at < quantity_hits_.size() && quantity_hits_[at]->first < t) ++at;
    starts_[t] = static_cast<std::uint32_t>(at);
  }
}

std::span<const CueHit* const> QuantityParser::starting_at(std::uint32_t token) const {
  if (token + 1 >= starts_.size()) return {};
  return std::span<const CueHit* const>(quantity_hits_).subspan(starts_[token], starts_[token + 1] - starts_[token]);
}

const lexicon::Entry* QuantityParser::entry_at(std::uint32_t token, EntryKind kind, const char* key) const {
  for (const CueHit* hit : starting_at(token)) {
    const auto& e = doc_.entry(*hit);
    if (e.kind == kind && (key == nullptr || e.key == key)) return &e;
  }
  return nullptr;
}

std::uint32_t QuantityParser::hit_end(std::uint32_t token, EntryKind kind) const {
  for (const CueHit* hit : starting_at(token)) {
    if (doc_.entry(*hit).kind == kind) return hit->end;
  }
  return token + 1;
}

bool QuantityParser::glued(std::uint32_t left, std::uint32_t right) const {
  return doc_.seg->tokens[left].end == doc_.seg->tokens[right].begin;
}

bool QuantityParser::glued_by_space(std::uint32_t left, std::uint32_t right) const {
  return doc_.seg->tokens[right].begin == doc_.seg->tokens[left].end + 1 && doc_.text[doc_.seg->tokens[left].end] == ' ';
}

bool QuantityParser::plain_space_group(std::uint32_t left, std::uint32_t right) const {
  const auto& l = doc_.seg->tokens[left];
  const auto& r = doc_.seg->tokens[right];
  if (r.kind != text::TokenKind::number || r.begin != l.end + 1 || doc_.text[l.end] != ' ') return false;
  const std::string_view group = doc_.folded(right);
  const auto& seps = doc_.lang->numbers.group_separators;
  return group.size() == 3 && std::all_of(group.begin(), group.end(), is_digit) &&
         std::find(seps.begin(), seps.end(), " ") != seps.end() && l.end - l.begin <= 3;
}

// "30/6", "10:30", "2024-05": digits joined to '/', ':' or '-' are dates and times.
bool QuantityParser::date_or_time(std::uint32_t token) const {
  const auto& t = doc_.seg->tokens[token];
  const std::string_view text = doc_.text;
  auto joins = [&](std::size_t at) {
    return at < text.size() && (text[at] == '/' || text[at] == ':' || text[at] == '-');
  };
  const bool before = t.begin >= 2 && joins(t.begin - 1) && is_digit(text[t.begin - 2]);
  const bool after = joins(t.end) && t.end + 1 < text.size() && is_digit(text[t.end + 1]);
  return before || after;
}

bool QuantityParser::names_month(std::uint32_t token) const {
  return entry_at(token, EntryKind::calendar, "month") != nullptr;
}

// "17 ottobre", "le 3 mars", "op 12 mei", "March 14", "giovedì 17", "dal 3
// al 7 marzo", "3-7 March": a whole number from 1 to 31 right beside a
// month's name, or right after a weekday's, is a day of the month. `after`
// is the token after the number (and its scale word, if any).
bool QuantityParser::day_of_month(std::uint32_t token, double value, std::uint32_t after, std::uint32_t first,
                                  std::uint32_t end) const {
  if (value < 1 || value > 31 || std::floor(value) != value) return false;
  const auto& tokens = doc_.seg->tokens;
  // "1° ottobre": an ordinal sign glued to the day.
  if (after < end && glued(after - 1, after) && (doc_.folded(after) == "\u00B0" || doc_.folded(after) == "\u00BA")) {
    ++after;
  }
  if (after < end && names_month(after)) return true;
  if (token > first) {
    // "Thursday, 17 October" is caught by the month; "March 14" and "giovedì 17" here.
    std::uint32_t before = token - 1;
    if (doc_.folded(before) == "," && before > first) --before;
    if (names_month(before) || entry_at(before, EntryKind::calendar, "weekday") != nullptr) return true;
  }
  // The lower bound of a range of days: up to three short links ("al",
  // "to", "-", "et") to a day beside a month's name.
  std::uint32_t k = after;
  for (int links = 0; k < end && links < 3; ++k, ++links) {
    const std::string_view folded = doc_.folded(k);
    const bool dash = tokens[k].kind == text::TokenKind::symbol && (folded == "-" || folded == "\u2013");
    const bool short_word = tokens[k].kind == text::TokenKind::word && folded.size() <= 3;
    if (!dash && !short_word) break;
  }
  if ((k == after && !hyphen_range(token)) || k + 1 >= end || tokens[k].kind != text::TokenKind::number) return false;
  const auto high = parse_number(doc_.folded(k), doc_.lang->numbers);
  return high && *high > value && *high <= 31 && names_month(k + 1);
}

// "Month 1: total revenue fell 14%", "Week 3 (launch)", "Giorno 2:": a
// whole number right after a period's name is its index in a sequence,
// when the name is written as a label (capital initial) or the number ends
// one (':' or ')'). "ogni mese 300 nuovi contatti" keeps its count.
bool QuantityParser::period_index(std::uint32_t token, double value, std::uint32_t first) const {
  if (token == first || std::floor(value) != value || value < 0 || value > 99) return false;
  const std::uint32_t before = token - 1;
  if (entry_at(before, EntryKind::calendar, "period") == nullptr || !glued_by_space(before, token)) return false;
  const auto& period = doc_.seg->tokens[before];
  const bool capital = std::isupper(static_cast<unsigned char>(doc_.text[period.begin])) != 0;
  const std::string_view after = doc_.text.substr(doc_.seg->tokens[token].end);
  return capital || after.starts_with(":") || after.starts_with(")");
}

// "1,8 volte al mese", "3 times a week", "deux fois par semaine", "twee
// keer per jaar": times followed by a period's name (calendar.tsv kind
// 'period'), at most one short word between, say how often something
// happens. That is a count per period, not a ratio between two figures.
// The word between may be an elision prefix ("2 volte all'anno").
bool QuantityParser::per_period(std::uint32_t token, std::uint32_t end) const {
  const auto& tokens = doc_.seg->tokens;
  if (token < end && tokens[token].kind == text::TokenKind::word &&
      (doc_.folded(token).size() <= 3 || (tokens[token].flags & text::kElisionPrefix) != 0) &&
      entry_at(token, EntryKind::calendar, "period") == nullptr) {
    ++token;
  }
  return token < end && entry_at(token, EntryKind::calendar, "period") != nullptr;
}

// "$2,100 in year one to $640": a currency written right before a number
// is that number's, not the unit of a number before it.
bool QuantityParser::currency_of_next_figure(std::uint32_t currency, std::uint32_t end) const {
  const std::uint32_t after = hit_end(currency, EntryKind::currency);
  return after < end && doc_.seg->tokens[after].kind == text::TokenKind::number;
}

QuantityParser::Unit QuantityParser::unit_after(std::uint32_t j, std::uint32_t end) const {
  const auto& tokens = doc_.seg->tokens;
  Unit unit;
  const std::string_view next = doc_.folded(j);
  if (next == "%" || next == "\u2030") {
    unit.type = "percent";
    unit.stop = j + 1;
  } else if (entry_at(j, EntryKind::multiplier, "percent")) {
    unit.type = "percent";
    unit.stop = hit_end(j, EntryKind::multiplier);
  } else if (entry_at(j, EntryKind::multiplier, "times")) {
    const std::uint32_t stop = hit_end(j, EntryKind::multiplier);
    if (stop < tokens.size() && tokens[stop].kind == text::TokenKind::number && glued(stop - 1, stop)) {
      unit.size = true;
      return unit;
    }
    unit.type = per_period(stop, end) ? "number" : "multiplier";
    unit.stop = stop;
  } else if (const auto* cur = entry_at(j, EntryKind::currency)) {
    unit.type = "money";
    unit.currency = cur->key;
    unit.scale = cur->weight;  // 1, or 0.01 for "cent", "centesimi", "centimes"
    unit.stop = hit_end(j, EntryKind::currency);
  } else if (j + 1 < end && tokens[j].kind == text::TokenKind::word && doc_.folded(j).size() <= 3 &&
             entry_at(j + 1, EntryKind::currency) && !currency_of_next_figure(j + 1, end)) {
    // "1,2 milioni di euro", "9 millions d'euros": one short linking word.
    unit.type = "money";
    unit.currency = entry_at(j + 1, EntryKind::currency)->key;
    unit.scale = entry_at(j + 1, EntryKind::currency)->weight;
    unit.stop = hit_end(j + 1, EntryKind::currency);
  }
  return unit;
}

// A one- or two-letter scale ("k", "m", "M", "bn"): "£2.3m" and "2 M€"
// are millions, "3 m" and "32m²" metres. As in SI symbols, a capital
// (mega) counts anywhere; a small letter only glued to its number and not
// to a square or cube sign.
bool QuantityParser::abbreviated_scale(std::uint32_t token) const {
  const auto& t = doc_.seg->tokens[token];
  const std::string_view after = doc_.text.substr(t.end);
  if (after.starts_with("\u00B2") || after.starts_with("\u00B3")) return false;
  if (std::isupper(static_cast<unsigned char>(doc_.text[t.begin]))) return true;
  return token > 0 && glued(token - 1, token) &&
         (after.empty() || !std::isalnum(static_cast<unsigned char>(after.front())));
}

// "25-30": two plain numbers joined by a hyphen, the first the smaller, no
// year among them; a range, not a date ("30-6") or a period ("2021-2024").
bool QuantityParser::hyphen_range(std::uint32_t token) const {
  const auto& tokens = doc_.seg->tokens;
  const std::string_view text = doc_.text;
  const auto& t = tokens[token];
  if (t.end >= text.size() || text[t.end] != '-') return false;
  std::uint32_t next = token + 1;
  while (next < tokens.size() && tokens[next].begin <= t.end) ++next;
  if (next >= tokens.size() || tokens[next].begin != t.end + 1 || tokens[next].kind != text::TokenKind::number) {
    return false;
  }
  const auto low = parse_number(doc_.folded(token), doc_.lang->numbers);
  const auto high = parse_number(doc_.folded(next), doc_.lang->numbers);
  return low && high && *low < *high && !is_year(*low, doc_.folded(token)) && !is_year(*high, doc_.folded(next));
}

// The "30" of "25-30".
bool QuantityParser::upper_bound_of_range(std::uint32_t token) const {
  const auto& tokens = doc_.seg->tokens;
  const auto& t = tokens[token];
  if (token == 0 || t.begin < 2 || doc_.text[t.begin - 1] != '-') return false;
  std::uint32_t previous = token - 1;
  while (previous > 0 && tokens[previous].begin >= t.begin - 1) --previous;
  return tokens[previous].end == t.begin - 1 && tokens[previous].kind == text::TokenKind::number &&
         hyphen_range(previous);
}

std::optional<QuantityParser::RangeUnit> QuantityParser::range_unit(std::uint32_t j, double low_value,
                                                                    bool hyphenated, std::uint32_t end) const {
  const auto& tokens = doc_.seg->tokens;
  // Up to three short links between the bounds: "–", "e i", "and", "to",
  // "tot", "à", "o": any word of three letters or fewer, or a dash; none
  // when a hyphen joins them ("25-30").
  std::uint32_t k = j;
  for (int links = 0; k < end && links < 3; ++k, ++links) {
    const auto& t = tokens[k];
    const std::string_view folded = doc_.folded(k);
    const bool dash = t.kind == text::TokenKind::symbol && (folded == "-" || folded == "\u2013");
    const bool short_word = t.kind == text::TokenKind::word && folded.size() <= 3 &&
                            entry_at(k, EntryKind::number) == nullptr;
    if (!dash && !short_word) break;
  }
  if ((k == j && !hyphenated) || k >= end) return std::nullopt;
  std::optional<double> high;
  if (tokens[k].kind == text::TokenKind::number) {
    high = parse_number(doc_.folded(k), doc_.lang->numbers);
  } else if (const auto* word = entry_at(k, EntryKind::number); word != nullptr && word->weight < 1000) {
    high = word->weight;  // "tre o quattro volte"
  }
  if (!high || *high <= low_value) return std::nullopt;
  RangeUnit range;
  std::uint32_t after = hit_end(k, EntryKind::number);
  if (after < end) {
    if (const auto* scale = entry_at(after, EntryKind::number); scale && scale->weight >= 1000) {
      range.scale = scale->weight;  // "tra 1 e 2 milioni di euro"
      after = hit_end(after, EntryKind::number);
    }
  }
  if (after >= end) return std::nullopt;
  const Unit unit = unit_after(after, end);
  if (unit.size || unit.type.empty()) return std::nullopt;
  range.type = unit.type;
  range.currency = unit.currency;
  range.scale *= unit.scale;
  return range;
}

std::vector<Quantity> QuantityParser::parse(std::uint32_t first, std::uint32_t end) const {
  const auto& tokens = doc_.seg->tokens;
  std::vector<Quantity> out;
  std::uint32_t i = first;
  while (i < end) {
    const auto& token = tokens[i];
    const lexicon::Entry* word_number = entry_at(i, EntryKind::number);
    std::optional<double> value;
    if (token.kind == text::TokenKind::number) {
      value = parse_number(doc_.folded(i), doc_.lang->numbers);
    } else if (word_number != nullptr && word_number->weight < 1000) {
      value = word_number->weight;
    }

    if (!value) {
      if (const auto* fixed = entry_at(i, EntryKind::multiplier, "fixed")) {
        const std::uint32_t stop = hit_end(i, EntryKind::multiplier);
        out.push_back({"multiplier", fixed->weight, "", {token.begin, tokens[stop - 1].end}});
        i = stop;
        continue;
      }
      if (entry_at(i, EntryKind::multiplier, "many") != nullptr) {
        const std::uint32_t stop = hit_end(i, EntryKind::multiplier);
        out.push_back({"multiplier", std::nullopt, "", {token.begin, tokens[stop - 1].end}});
        i = stop;
        continue;
      }
      ++i;
      continue;
    }

    const bool spelled = token.kind != text::TokenKind::number;
    std::uint32_t q_first = i, j = i + 1;
    // "5 000 euros": where the locale groups digits with a plain space, a
    // following group of exactly three digits belongs to this number.
    while (!spelled && j < end && plain_space_group(j - 1, j)) {
      *value = *value * 1000 + *parse_number(doc_.folded(j), doc_.lang->numbers);
      ++j;
    }
    // Scale words: "1,2 milioni", "3 mila", "10k", "£2.3m".
    if (j < end) {
      if (const auto* scale = entry_at(j, EntryKind::number);
          scale && scale->weight >= 1000 && (doc_.folded(j).size() > 2 || abbreviated_scale(j))) {
        *value *= scale->weight;
        j = hit_end(j, EntryKind::number);
      }
    }
    std::string type = "number", currency;
    if (i > first) {
      if (const auto* cur = entry_at(i - 1, EntryKind::currency)) {
        type = "money";
        currency = cur->key;
        q_first = i - 1;
      }
    }
    if (type == "number" && j < end) {
      const Unit unit = unit_after(j, end);
      if (unit.size) {
        i = j + 1;  // "6x3" is a size, not a multiplier
        continue;
      }
      if (!unit.type.empty()) {
        type = unit.type;
        currency = unit.currency;
        *value *= unit.scale;
        j = unit.stop;
      } else if (const auto range = range_unit(j, *value, !spelled && hyphen_range(i), end)) {
        // "25-30 per cento", "tra i 700 e i 900 euro", "3 tot 5%": the unit
        // written once after the upper bound belongs to both bounds.
        type = range->type;
        currency = range->currency;
        *value *= range->scale;
      }
    }

    // A plain number glued to letters is a code or a size: "6x3", "A5", "4K".
    const bool glued_to_word = j < tokens.size() && j == i + 1 && glued(i, j) && tokens[j].kind == text::TokenKind::word;
    const bool skip = (type == "number" && (spelled || glued_to_word || is_year(*value, doc_.folded(i)) ||
                                            (date_or_time(i) && !hyphen_range(i) && !upper_bound_of_range(i)) ||
                                            day_of_month(i, *value, j, first, end) ||
                                            (j == i + 1 && period_index(i, *value, first)))) ||
                      (type == "multiplier" && spelled && *value == 1.0);  // "een keer", "one time": once
    // "scaricata 1.150 volte", "3,6 miljoen keer bekeken": that many times is a count, not a ratio.
    if (type == "multiplier" && *value > kLargestMultiplier) type = "number";

    if (!skip) out.push_back({type, value, currency, {tokens[q_first].begin, tokens[j - 1].end}});
    i = j;
  }
  return out;
}

}  // namespace vane::engine
