// Scores analyzer records against gold documents, per language and overall:
// axis accuracy and confusion matrices, channel and claim precision / recall /
// F1 (a claim matches a gold claim when their spans overlap), kind, polarity
// and comparative accuracy on matched claims, and quantity exactness. Each
// mistake is kept, with the evidence the analyzer had, for `--errors`.
//
//   Scorer scorer;
//   scorer.add(gold_doc, record);   // in any order
//   scorer.overall().claims.f1();
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/record.hpp"
#include "eval/gold_document.hpp"

namespace vane::eval {

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp); }
  double recall() const { return tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
  }
  void operator+=(const Counts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
};

struct Confusion {
  std::map<std::string, std::map<std::string, int>> cells;  // gold -> predicted -> count
  int right = 0, total = 0;
  double accuracy() const { return total == 0 ? 1.0 : static_cast<double>(right) / total; }
  void add(const std::string& gold, const std::string& predicted);
  void operator+=(const Confusion& o);
};

struct Ratio {
  int right = 0, total = 0;
  double value() const { return total == 0 ? 1.0 : static_cast<double>(right) / total; }
  void add(bool ok) {
    right += ok;
    ++total;
  }
  void operator+=(const Ratio& o) {
    right += o.right;
    total += o.total;
  }
};

struct Scores {
  int documents = 0;
  Ratio language;
  Confusion push_pull, inbound_outbound;
  Counts channels, claims, quantities;
  Ratio kind, polarity, comparative;
  void operator+=(const Scores& o);
};

struct Mistake {
  std::string doc_id;
  std::string area;    // "push_pull", "channels", "claims", ...
  std::string detail;  // what was expected, what came out, and why
};

class Scorer {
 public:
  void add(const GoldDocument& gold, const engine::Record& record);

  const std::map<std::string, Scores>& by_language() const { return by_language_; }
  Scores overall() const;
  const std::vector<Mistake>& mistakes() const { return mistakes_; }

 private:
  void score_axes(const GoldDocument& gold, const engine::Record& r, Scores& s);
  void score_channels(const GoldDocument& gold, const engine::Record& r, Scores& s);
  void score_claims(const GoldDocument& gold, const engine::Record& r, Scores& s);

  std::map<std::string, Scores> by_language_;
  std::vector<Mistake> mistakes_;
};

}  // namespace vane::eval
