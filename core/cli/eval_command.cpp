#include "cli/eval_command.hpp"

#include <iostream>
#include <memory>
#include <thread>

#include <fmt/format.h>

#include "cli/exit_codes.hpp"
#include "cli/plugin_setup.hpp"
#include "engine/document_analyzer.hpp"
#include "eval/gold_document.hpp"
#include "eval/report.hpp"
#include "eval/scores.hpp"
#include "pipeline/ordered_pipeline.hpp"

namespace vane::cli {
namespace {

struct EvalOptions {
  PluginOptions plugins;
  std::vector<std::string> gold_files;
  bool json = false;
  bool errors = false;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  double min_axis = 0, min_channel_f1 = 0, min_claim_f1 = 0, min_polarity = 0;
};

// Floors apply per language, so one strong language cannot hide a weak one.
std::vector<std::string> floor_failures(const eval::Scorer& scorer, const EvalOptions& o) {
  std::vector<std::string> failures;
  for (const auto& [lang, s] : scorer.by_language()) {
    auto check = [&](const char* what, double value, double floor) {
      if (value + 1e-12 < floor) failures.push_back(fmt::format("{} {} {:.3f} < {:.3f}", lang, what, value, floor));
    };
    check("push_pull accuracy", s.push_pull.accuracy(), o.min_axis);
    check("inbound_outbound accuracy", s.inbound_outbound.accuracy(), o.min_axis);
    check("channel F1", s.channels.f1(), o.min_channel_f1);
    check("claim F1", s.claims.f1(), o.min_claim_f1);
    check("polarity accuracy", s.polarity.value(), o.min_polarity);
  }
  return failures;
}

int run_eval(const EvalOptions& options) {
  std::vector<eval::GoldDocument> gold;
  for (const auto& file : options.gold_files) {
    auto docs = eval::load_gold(file);
    if (!docs) {
      std::cerr << "vane: " << docs.status().message << '\n';
      return kExitFatal;
    }
    for (auto& d : *docs) gold.push_back(std::move(d));
  }
  const auto registry = load_registry(options.plugins, /*report_problems=*/true);
  const engine::DocumentAnalyzer analyzer(registry, {});

  eval::Scorer scorer;
  std::size_t next = 0;
  pipeline::run_ordered<io::RawDoc, engine::Record, engine::Scratch>(
      options.jobs,
      [&]() -> std::optional<io::RawDoc> {
        if (next == gold.size()) return std::nullopt;
        io::RawDoc doc;
        doc.seq = next;
        doc.id = gold[next].id;
        doc.source = gold[next].source;
        doc.text = std::make_shared<const std::string>(gold[next].text);
        ++next;
        return doc;
      },
      [&](const io::RawDoc& doc, engine::Scratch& scratch) { return analyzer.analyze(doc, scratch); },
      [&](engine::Record&& record) {
        scorer.add(gold[record.seq], record);
        return true;
      });

  if (options.json) {
    std::cout << eval::report_json(scorer).dump(2) << '\n';
  } else {
    eval::print_report(std::cout, scorer);
  }
  if (options.errors) eval::print_mistakes(options.json ? std::cerr : std::cout, scorer);
  const auto failures = floor_failures(scorer, options);
  for (const auto& f : failures) std::cerr << "vane: below floor: " << f << '\n';
  return failures.empty() ? kExitOk : kExitQualityFloor;
}

}  // namespace

std::function<int()> add_eval_command(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Analyse hand-labelled gold documents and score the results per language and overall");
  cmd->add_option("gold", options->gold_files, "Gold JSON Lines files (docs/corpus-format.md)")
      ->required()
      ->check(CLI::ExistingFile)
      ->type_name("GOLD.jsonl");
  cmd->add_flag("--json", options->json, "Print the scores as one JSON object");
  cmd->add_flag("--errors", options->errors, "List every mistake with the evidence behind it");
  cmd->add_option("-j,--jobs", options->jobs, "Worker threads")->check(CLI::Range(1u, 1024u));
  cmd->add_option("--min-axis", options->min_axis, "Fail (exit 4) if an axis accuracy is below this, per language");
  cmd->add_option("--min-channel-f1", options->min_channel_f1, "Fail (exit 4) below this channel F1");
  cmd->add_option("--min-claim-f1", options->min_claim_f1, "Fail (exit 4) below this claim F1");
  cmd->add_option("--min-polarity", options->min_polarity, "Fail (exit 4) below this claim polarity accuracy");
  add_plugin_options(*cmd, options->plugins);
  return [options] { return run_eval(*options); };
}

}  // namespace vane::cli
