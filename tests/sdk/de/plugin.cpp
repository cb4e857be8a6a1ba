// The German (de) plugin. Everything language-specific is data (lang.json, data/);
// this code only checks at load time that the data is there. Add a hook
// (override split_compound) only for what the data files cannot express.
#include <vane/plugin.hpp>

namespace {

class Language final : public vane::sdk::Analyzer {
 public:
  void init(const std::string& data_dir) override {
    vane::sdk::require_data_files(data_dir, {"lang.json", "data/stopwords.tsv", "data/channels.tsv"});
  }
};

}  // namespace

VANE_PLUGIN(Language, "de", "0.1.0", VANE_CAP_STOPWORDS | VANE_CAP_ANALYSIS | VANE_CAP_COMPOUNDS, "de")
