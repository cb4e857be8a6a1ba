#include "eval/scores.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace vane::eval {
namespace {

std::string slice(const engine::Record& r, engine::Span span) {
  return r.text ? r.text->substr(span.begin, span.end - span.begin) : std::string();
}

std::string evidence_summary(const engine::Record& r, const engine::AxisResult& axis) {
  std::string out = fmt::format("scores {:.2f}/{:.2f}", axis.score_a, axis.score_b);
  for (const auto& ev : axis.evidence) {
    out += fmt::format("; {} {:+.2f} \"{}\" ({})", ev.side, ev.weight, slice(r, ev.span), ev.cue);
  }
  return out;
}

bool same_quantity(const GoldQuantity& g, const engine::Quantity& q) {
  if (g.type != q.type || g.currency != q.currency) return false;
  if (g.value.has_value() != q.value.has_value()) return false;
  return !g.value || std::fabs(*g.value - *q.value) <= 1e-6 * std::max(1.0, std::fabs(*g.value));
}

std::string describe(const engine::Quantity& q) {
  return q.value ? fmt::format("{} {}{}", q.type, *q.value, q.currency.empty() ? "" : " " + q.currency)
                 : q.type + " (no value)";
}

std::string describe(const GoldQuantity& q) {
  return q.value ? fmt::format("{} {}{}", q.type, *q.value, q.currency.empty() ? "" : " " + q.currency)
                 : q.type + " (no value)";
}

}  // namespace

void Confusion::add(const std::string& gold, const std::string& predicted) {
  ++cells[gold][predicted];
  right += gold == predicted;
  ++total;
}

void Confusion::operator+=(const Confusion& o) {
  for (const auto& [g, row] : o.cells) {
    for (const auto& [p, n] : row) cells[g][p] += n;
  }
  right += o.right;
  total += o.total;
}

void Scores::operator+=(const Scores& o) {
  documents += o.documents;
  language += o.language;
  push_pull += o.push_pull;
  inbound_outbound += o.inbound_outbound;
  channels += o.channels;
  claims += o.claims;
  quantities += o.quantities;
  kind += o.kind;
  polarity += o.polarity;
  comparative += o.comparative;
}

Scores Scorer::overall() const {
  Scores total;
  for (const auto& [lang, s] : by_language_) total += s;
  return total;
}

void Scorer::add(const GoldDocument& gold, const engine::Record& record) {
  Scores& s = by_language_[gold.lang];
  ++s.documents;
  const std::string predicted_lang = record.lang ? record.lang->code : "";
  s.language.add(predicted_lang == gold.lang);
  if (predicted_lang != gold.lang) {
    mistakes_.push_back({gold.id, "lang", fmt::format("gold {}, got {} ({})", gold.lang, predicted_lang,
                                                      engine::to_string(record.status))});
  }
  score_axes(gold, record, s);
  score_channels(gold, record, s);
  score_claims(gold, record, s);
}

void Scorer::score_axes(const GoldDocument& gold, const engine::Record& r, Scores& s) {
  const std::string pp = r.status == engine::RecordStatus::ok ? r.push_pull.label : "none";
  const std::string io = r.status == engine::RecordStatus::ok ? r.inbound_outbound.label : "none";
  s.push_pull.add(gold.push_pull, pp);
  s.inbound_outbound.add(gold.inbound_outbound, io);
  if (pp != gold.push_pull) {
    mistakes_.push_back({gold.id, "push_pull",
                         fmt::format("gold {}, got {}: {}", gold.push_pull, pp, evidence_summary(r, r.push_pull))});
  }
  if (io != gold.inbound_outbound) {
    mistakes_.push_back({gold.id, "inbound_outbound", fmt::format("gold {}, got {}: {}", gold.inbound_outbound, io,
                                                                   evidence_summary(r, r.inbound_outbound))});
  }
}

void Scorer::score_channels(const GoldDocument& gold, const engine::Record& r, Scores& s) {
  for (const auto& channel : r.channels) {
    const bool expected = std::binary_search(gold.channels.begin(), gold.channels.end(), channel.id);
    if (expected) {
      ++s.channels.tp;
      continue;
    }
    ++s.channels.fp;
    std::string where;
    for (const auto& m : channel.mentions) where += fmt::format("{}\"{}\"", where.empty() ? "" : ", ", slice(r, m));
    mistakes_.push_back({gold.id, "channels", fmt::format("extra {} from {}", channel.id, where)});
  }
  for (const auto& id : gold.channels) {
    const bool found = std::any_of(r.channels.begin(), r.channels.end(), [&](const auto& c) { return c.id == id; });
    if (!found) {
      ++s.channels.fn;
      mistakes_.push_back({gold.id, "channels", "missing " + id});
    }
  }
}

void Scorer::score_claims(const GoldDocument& gold, const engine::Record& r, Scores& s) {
  std::vector<bool> used(r.roi_claims.size(), false);
  for (const auto& g : gold.claims) {
    std::size_t best = r.roi_claims.size();
    std::uint32_t best_overlap = 0;
    for (std::size_t i = 0; i < r.roi_claims.size(); ++i) {
      const auto& p = r.roi_claims[i].span;
      if (used[i] || p.begin >= g.span.end || g.span.begin >= p.end) continue;
      const std::uint32_t overlap = std::min(p.end, g.span.end) - std::max(p.begin, g.span.begin);
      if (overlap > best_overlap) {
        best_overlap = overlap;
        best = i;
      }
    }
    if (best == r.roi_claims.size()) {
      ++s.claims.fn;
      s.quantities.fn += static_cast<int>(g.quantities.size());
      mistakes_.push_back({gold.id, "claims", fmt::format("missed {} {}: \"{}\"", g.kind, g.polarity, g.sentence)});
      continue;
    }
    used[best] = true;
    ++s.claims.tp;
    const auto& p = r.roi_claims[best];
    const std::string kind = p.kinds.empty() ? "" : p.kinds.front();
    s.kind.add(kind == g.kind);
    s.polarity.add(p.polarity == g.polarity);
    s.comparative.add(p.comparative == g.comparative);
    if (kind != g.kind || p.polarity != g.polarity) {
      mistakes_.push_back({gold.id, "claim_labels",
                           fmt::format("gold {} {}, got {} {}: \"{}\"", g.kind, g.polarity, kind, p.polarity, g.sentence)});
    }
    std::vector<bool> q_used(p.quantities.size(), false);
    for (const auto& gq : g.quantities) {
      bool found = false;
      for (std::size_t i = 0; i < p.quantities.size() && !found; ++i) {
        if (!q_used[i] && same_quantity(gq, p.quantities[i])) found = q_used[i] = true;
      }
      if (found) {
        ++s.quantities.tp;
      } else {
        ++s.quantities.fn;
        mistakes_.push_back({gold.id, "quantities", fmt::format("missed {} in \"{}\"", describe(gq), g.sentence)});
      }
    }
    for (std::size_t i = 0; i < p.quantities.size(); ++i) {
      if (q_used[i]) continue;
      ++s.quantities.fp;
      mistakes_.push_back({gold.id, "quantities", fmt::format("extra {} \"{}\" in \"{}\"", describe(p.quantities[i]),
                                                             slice(r, p.quantities[i].span), g.sentence)});
    }
  }
  for (std::size_t i = 0; i < r.roi_claims.size(); ++i) {
    if (used[i]) continue;
    ++s.claims.fp;
    mistakes_.push_back({gold.id, "claims", fmt::format("extra {} {}: \"{}\"", r.roi_claims[i].kinds.front(),
                                                       r.roi_claims[i].polarity, slice(r, r.roi_claims[i].span))});
  }
}

}  // namespace vane::eval
