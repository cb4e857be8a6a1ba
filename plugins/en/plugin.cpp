// English plugin. Everything English-specific is data (lang.json, data/);
// the analyzer only checks at load time that the data is there.
#include <vane/plugin.hpp>

namespace {

class English final : public vane::sdk::Analyzer {
 public:
  void init(const std::string& data_dir) override {
    vane::sdk::require_data_files(data_dir, {"lang.json", "data/stopwords.tsv"});
  }
};

}  // namespace

VANE_PLUGIN(English, "en", "0.1.0", VANE_CAP_STOPWORDS, "en")
