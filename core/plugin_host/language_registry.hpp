// The languages this run can analyse: one immutable LanguagePack per served
// language, built from the loaded plugins and their data, before any worker
// starts and destroyed after they all stop. Languages claimed by a plugin
// that failed are remembered with the reason, so their documents get
// status "error", code "plugin_unavailable", rather than a guess.
//
//   auto registry = LanguageRegistry::build(load_plugins(path, {}));
//   if (auto pack = registry.find("it")) analyse_with(*pack);
//   else if (auto why = registry.unavailable_reason("it")) error(*why);
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/analysis_lexicon.hpp"
#include "lexicon/language_data.hpp"
#include "plugin_host/plugin_loader.hpp"
#include "util/word_set.hpp"

namespace vane::plugin_host {

struct LanguagePack {
  std::string code;
  std::shared_ptr<const PluginHandle> plugin;  // keeps the library loaded
  lexicon::LanguageData data;
  std::shared_ptr<const lexicon::AnalysisLexicon> lexicon;
  // Stopwords plus lexicon words no other served language has: what votes
  // for this language on short texts (langid/evidence_words.hpp).
  WordSet langid_words;
};

class LanguageRegistry {
 public:
  static LanguageRegistry build(PluginSet plugins);

  std::shared_ptr<const LanguagePack> find(std::string_view code) const;
  // Why a claimed language has no pack, or null when no plugin claimed it.
  const std::string* unavailable_reason(std::string_view code) const;

  std::vector<std::string> served_languages() const;   // sorted
  std::vector<std::string> claimed_languages() const;  // served and unavailable, sorted
  const std::vector<PluginReport>& reports() const { return reports_; }

 private:
  std::map<std::string, std::shared_ptr<const LanguagePack>, std::less<>> packs_;
  std::map<std::string, std::string, std::less<>> unavailable_;
  std::vector<PluginReport> reports_;
};

}  // namespace vane::plugin_host
