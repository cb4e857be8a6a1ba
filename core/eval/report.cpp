#include "eval/report.hpp"

#include <fmt/format.h>

namespace vane::eval {
namespace {

const char* const kPushPull[] = {"push", "pull", "mixed", "none"};
const char* const kInboundOutbound[] = {"inbound", "outbound", "mixed", "none"};

template <std::size_t N>
void print_confusion(std::ostream& out, const char* title, const Confusion& c, const char* const (&labels)[N]) {
  out << fmt::format("    {:<18}", std::string(title) + " gold\\got");
  for (const char* l : labels) out << fmt::format("{:>9}", l);
  out << '\n';
  for (const char* g : labels) {
    out << fmt::format("    {:<18}", g);
    const auto row = c.cells.find(g);
    for (const char* p : labels) {
      int n = 0;
      if (row != c.cells.end()) {
        const auto cell = row->second.find(p);
        if (cell != row->second.end()) n = cell->second;
      }
      out << fmt::format("{:>9}", n);
    }
    out << '\n';
  }
}

void print_scores(std::ostream& out, const std::string& name, const Scores& s) {
  out << fmt::format("{} ({} documents)\n", name, s.documents);
  out << fmt::format("  language ID        {:.3f}\n", s.language.value());
  out << fmt::format("  push_pull          {:.3f}\n", s.push_pull.accuracy());
  out << fmt::format("  inbound_outbound   {:.3f}\n", s.inbound_outbound.accuracy());
  out << fmt::format("  channels           P {:.3f}  R {:.3f}  F1 {:.3f}\n", s.channels.precision(),
                     s.channels.recall(), s.channels.f1());
  out << fmt::format("  claims             P {:.3f}  R {:.3f}  F1 {:.3f}\n", s.claims.precision(), s.claims.recall(),
                     s.claims.f1());
  out << fmt::format("  claim kind         {:.3f}   polarity {:.3f}   comparative {:.3f}  (on {} matched)\n",
                     s.kind.value(), s.polarity.value(), s.comparative.value(), s.kind.total);
  out << fmt::format("  quantities exact   P {:.3f}  R {:.3f}  F1 {:.3f}\n", s.quantities.precision(),
                     s.quantities.recall(), s.quantities.f1());
  print_confusion(out, "push_pull", s.push_pull, kPushPull);
  print_confusion(out, "inbound_outbound", s.inbound_outbound, kInboundOutbound);
  out << '\n';
}

nlohmann::json counts_json(const Counts& c) {
  return {{"tp", c.tp}, {"fp", c.fp}, {"fn", c.fn}, {"precision", c.precision()}, {"recall", c.recall()},
          {"f1", c.f1()}};
}

nlohmann::json scores_json(const Scores& s) {
  return {{"documents", s.documents},
          {"language_accuracy", s.language.value()},
          {"push_pull", {{"accuracy", s.push_pull.accuracy()}, {"confusion", s.push_pull.cells}}},
          {"inbound_outbound",
           {{"accuracy", s.inbound_outbound.accuracy()}, {"confusion", s.inbound_outbound.cells}}},
          {"channels", counts_json(s.channels)},
          {"claims", counts_json(s.claims)},
          {"claim_kind_accuracy", s.kind.value()},
          {"claim_polarity_accuracy", s.polarity.value()},
          {"claim_comparative_accuracy", s.comparative.value()},
          {"quantities", counts_json(s.quantities)}};
}

}  // namespace

void print_report(std::ostream& out, const Scorer& scorer) {
  for (const auto& [lang, s] : scorer.by_language()) print_scores(out, lang, s);
  if (scorer.by_language().size() > 1) print_scores(out, "overall", scorer.overall());
}

void print_mistakes(std::ostream& out, const Scorer& scorer) {
  for (const auto& m : scorer.mistakes()) out << fmt::format("{}\t{}\t{}\n", m.doc_id, m.area, m.detail);
}

nlohmann::json report_json(const Scorer& scorer) {
  nlohmann::json languages = nlohmann::json::object();
  for (const auto& [lang, s] : scorer.by_language()) languages[lang] = scores_json(s);
  return {{"languages", languages}, {"overall", scores_json(scorer.overall())}};
}

}  // namespace vane::eval
