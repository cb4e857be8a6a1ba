// Renders eval scores for people (a table per language and overall, with
// confusion matrices) and for machines (one JSON object).
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "eval/scores.hpp"

namespace vane::eval {

void print_report(std::ostream& out, const Scorer& scorer);
void print_mistakes(std::ostream& out, const Scorer& scorer);
nlohmann::json report_json(const Scorer& scorer);

}  // namespace vane::eval
