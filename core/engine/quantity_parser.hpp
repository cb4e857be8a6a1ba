// Figures in a sentence, normalised with the language's number format:
//   "€ 1.500,50" / "1 500,50 €" / "$1,500.50"  -> money 1500.5 EUR / EUR / USD
//   "30%", "30 per cento", "dieci per cento"   -> percent 30 / 30 / 10
//   "3x", "tre volte", "three times", "doubled" -> multiplier 3 / 3 / 3 / 2
//   "molte volte", "many times over"           -> multiplier without value
//   "1.200 lead", "1,2 milioni"                -> number 1200 / 1200000
//   "25-30%", "tra i 700 e i 900 euro"         -> both bounds with the unit
//   "scaricata 1.150 volte"                    -> number 1150 (a count)
//   "1,8 volte al mese", "3 times a week"      -> number 1.8 / 3 (a frequency)
// Years (1900-2100 standing alone), dates ("30/6", "17 ottobre", "March 14",
// "giovedì 17": calendar.tsv), indexes ("Month 1:"), times and dimensions
// ("6x3") are not quantities. Number words count only when joined to a unit.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/cue_finder.hpp"
#include "engine/record.hpp"
#include "lexicon/language_data.hpp"

namespace vane::engine {

// Parses one number token ("1.500,50", "1 500", "2,5") with the locale's
// separators; nullopt when it is not a plain number.
std::optional<double> parse_number(std::string_view token, const lexicon::NumberFormat& format);

class QuantityParser {
 public:
  QuantityParser(const DocumentView& doc, const std::vector<CueHit>& hits);

  // Every quantity in tokens [first, end), in order.
  std::vector<Quantity> parse(std::uint32_t first, std::uint32_t end) const;

 private:
  const lexicon::Entry* entry_at(std::uint32_t token, lexicon::EntryKind kind, const char* key = nullptr) const;
  std::uint32_t hit_end(std::uint32_t token, lexicon::EntryKind kind) const;
  bool glued(std::uint32_t left, std::uint32_t right) const;
  bool date_or_time(std::uint32_t token) const;
  bool day_of_month(std::uint32_t token, double value, std::uint32_t after, std::uint32_t first, std::uint32_t end) const;
  bool names_month(std::uint32_t token) const;
  bool period_index(std::uint32_t token, double value, std::uint32_t first) const;
  bool per_period(std::uint32_t token, std::uint32_t end) const;
  bool currency_of_next_figure(std::uint32_t currency, std::uint32_t end) const;
  bool glued_by_space(std::uint32_t left, std::uint32_t right) const;
  bool plain_space_group(std::uint32_t left, std::uint32_t right) const;

  // The unit written at token `j`, right after a number: "%", "per cento",
  // "volte", "€", "di euro". `size` when "6x3" is a dimension.
  struct Unit {
    std::string type, currency;
    double scale = 1.0;  // a currency's subunit: "7 centesimi" is €0.07
    std::uint32_t stop = 0;
    bool size = false;
  };
  Unit unit_after(std::uint32_t j, std::uint32_t end) const;
  bool hyphen_range(std::uint32_t token) const;
  bool upper_bound_of_range(std::uint32_t token) const;
  bool abbreviated_scale(std::uint32_t token) const;
  // The unit of a range's upper bound, for a lower bound (`low_value`, its
  // unit missing, ending before token `j`): "tra i 700 e i 900 euro".
  struct RangeUnit {
    std::string type, currency;
    double scale = 1.0;
  };
  std::optional<RangeUnit> range_unit(std::uint32_t j, double low_value, bool hyphenated, std::uint32_t end) const;

  // The quantity-related hits starting at `token`, in the order found.
  std::span<const CueHit* const> starting_at(std::uint32_t token) const;

  const DocumentView& doc_;
  // The quantity-related hits (numbers, multipliers, currencies, calendar
  // names) by first
  // token, and for each token t the range [starts_[t], starts_[t + 1]) of
  // those starting there: a list per token cost an allocation and a free
  // for every token of every document, a binary search per lookup more
  // than that.
  std::vector<const CueHit*> quantity_hits_;
  std::vector<std::uint32_t> starts_;
};

}  // namespace vane::engine
