#include "lexicon/entry_classes.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace vane::lexicon {
namespace {

constexpr std::pair<std::string_view, KeyClass> kKeys[] = {
    {"push", KeyClass::push},
    {"pull", KeyClass::pull},
    {"none", KeyClass::none},
    {"inbound", KeyClass::inbound},
    {"outbound", KeyClass::outbound},
    {"roi", KeyClass::roi},
    {"measurability", KeyClass::measurability},
    {"cost", KeyClass::cost},
    {"performance", KeyClass::performance},
    {"positive", KeyClass::positive},
    {"negative", KeyClass::negative},
    {"increase", KeyClass::increase},
    {"decrease", KeyClass::decrease},
    {"limiter", KeyClass::limiter},
    {"negated_limiter", KeyClass::negated_limiter},
    {"inverse", KeyClass::inverse},
    {"spending", KeyClass::spending},
    {"target", KeyClass::target},
    {"offer", KeyClass::offer},
    {"negator", KeyClass::negator},
    {"contrast", KeyClass::contrast},
    {"contrast_from", KeyClass::contrast_from},
    {"clause_break", KeyClass::clause_break},
    {"adversative", KeyClass::adversative},
    {"intensifier", KeyClass::intensifier},
    {"dismissal", KeyClass::dismissal},
    {"bound", KeyClass::bound},
    {"imperative", KeyClass::imperative},
    {"change_from", KeyClass::change_from},
    {"change_to", KeyClass::change_to},
    {"past", KeyClass::past},
    {"now", KeyClass::now},
    {"negated_verb", KeyClass::negated_verb},
    {"advice", KeyClass::advice},
    {"times", KeyClass::times},
    {"fixed", KeyClass::fixed},
    {"many", KeyClass::many},
    {"percent", KeyClass::percent},
    {"share", KeyClass::share},
    {"month", KeyClass::month},
    {"weekday", KeyClass::weekday},
    {"period", KeyClass::period},
};

constexpr std::pair<std::string_view, CueClass> kCues[] = {
    {"explicit", CueClass::explicit_statement},
    {"mixed", CueClass::mixed},
    {"generic_advertising", CueClass::generic_advertising},
    {"free_offer", CueClass::free_offer},
    {"call_to_action", CueClass::call_to_action},
    {"urgency", CueClass::urgency},
};

template <typename Class, std::size_t N>
Class find_class(const std::pair<std::string_view, Class> (&table)[N], std::string_view name) {
  const auto* found = std::find_if(std::begin(table), std::end(table), [&](const auto& row) { return row.first == name; });
  return found == std::end(table) ? Class::other : found->second;
}

}  // namespace

KeyClass key_class(std::string_view key) { return find_class(kKeys, key); }

CueClass cue_class(std::string_view cue) { return find_class(kCues, cue); }

}  // namespace vane::lexicon
