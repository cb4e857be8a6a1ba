#include "plugin_host/language_registry.hpp"

#include <algorithm>

#include "langid/evidence_words.hpp"
#include "text/normalized_text.hpp"

namespace vane::plugin_host {
namespace {

PluginReport* report_for(std::vector<PluginReport>& reports, const PluginHandle& plugin) {
  for (auto& report : reports) {
    if (report.state == PluginState::loaded && report.name == plugin.name) return &report;
  }
  return nullptr;
}

// Fills every pack's langid_words; needs all packs at once, since a word
// votes for a language only if no other served language lists it.
void collect_langid_words(const std::vector<std::shared_ptr<LanguagePack>>& packs) {
  std::vector<langid::VocabularySource> sources;
  text::NormalizedText norm;
  for (const auto& pack : packs) {
    langid::VocabularySource source{&pack->data.stopwords, {}};
    for (const auto& entry : pack->lexicon->entries) {
      text::normalize_for_matching(entry.term, norm);
      source.folded_terms.push_back(norm.folded);
    }
    sources.push_back(std::move(source));
  }
  auto words = langid::build_evidence_words(sources);
  for (std::size_t i = 0; i < packs.size(); ++i) packs[i]->langid_words = std::move(words[i]);
}

}  // namespace

LanguageRegistry LanguageRegistry::build(PluginSet plugins) {
  LanguageRegistry registry;
  registry.reports_ = std::move(plugins.reports);
  std::vector<std::shared_ptr<LanguagePack>> building;  // mutable until every pack is loaded
  auto served_already = [&](const std::string& code) {
    return std::any_of(building.begin(), building.end(), [&](const auto& p) { return p->code == code; });
  };

  for (const auto& plugin : plugins.plugins) {
    PluginReport* report = report_for(registry.reports_, *plugin);
    const std::vector<std::string>& langs = report ? report->served_langs : plugin->langs;
    std::vector<std::string> served;
    for (const auto& code : langs) {
      if (served_already(code)) continue;  // an earlier plugin serves it
      auto data = lexicon::load_language_data(plugin->data_dir, code);
      if (!data) {
        registry.unavailable_.emplace(code, "plugin " + plugin->name + ": " + data.status().message);
        if (report) {
          report->reason += (report->reason.empty() ? "" : "; ") + data.status().message;
        }
        continue;
      }
      auto lexicon = lexicon::load_analysis_lexicon(*data);
      if (!lexicon) {
        registry.unavailable_.emplace(code, "plugin " + plugin->name + ": " + lexicon.status().message);
        if (report) {
          report->reason += (report->reason.empty() ? "" : "; ") + lexicon.status().message;
        }
        continue;
      }
      auto pack = std::make_shared<LanguagePack>();
      pack->code = code;
      pack->plugin = plugin;
      pack->data = std::move(*data);
      pack->lexicon = std::make_shared<const lexicon::AnalysisLexicon>(std::move(*lexicon));
      building.push_back(std::move(pack));
      served.push_back(code);
    }
    if (report) {
      report->served_langs = served;
      if (served.empty()) report->state = PluginState::failed;
    }
  }

  collect_langid_words(building);
  for (auto& pack : building) {
    const std::string code = pack->code;
    registry.packs_.emplace(code, std::move(pack));
  }

  for (const auto& report : registry.reports_) {
    if (report.state != PluginState::failed) continue;
    for (const auto& code : report.langs) {
      if (registry.packs_.count(code) == 0 && registry.unavailable_.count(code) == 0) {
        registry.unavailable_.emplace(code, "plugin " + report.path.string() + ": " + report.reason);
      }
    }
  }
  return registry;
}

std::shared_ptr<const LanguagePack> LanguageRegistry::find(std::string_view code) const {
  const auto it = packs_.find(code);
  return it == packs_.end() ? nullptr : it->second;
}

const std::string* LanguageRegistry::unavailable_reason(std::string_view code) const {
  const auto it = unavailable_.find(code);
  return it == unavailable_.end() ? nullptr : &it->second;
}

std::vector<std::string> LanguageRegistry::served_languages() const {
  std::vector<std::string> codes;
  for (const auto& [code, pack] : packs_) codes.push_back(code);
  return codes;
}

std::vector<std::string> LanguageRegistry::claimed_languages() const {
  std::vector<std::string> codes = served_languages();
  for (const auto& [code, reason] : unavailable_) codes.push_back(code);
  std::sort(codes.begin(), codes.end());
  return codes;
}

}  // namespace vane::plugin_host
