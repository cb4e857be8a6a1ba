#include "lexicon/language_data.hpp"

#include <fstream>

#include <nlohmann/json.hpp>

#include "lexicon/tsv_file.hpp"
#include "util/word_set.hpp"

namespace vane::lexicon {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

Status field_error(const fs::path& file, std::string_view field, std::string_view what) {
  return Status::error("data_invalid",
                       file.string() + ": field \"" + std::string(field) + "\" " + std::string(what));
}

Expected<std::vector<std::string>> string_list(const json& doc, const fs::path& file,
                                               std::string_view field) {
  std::vector<std::string> out;
  const auto it = doc.find(field);
  if (it == doc.end()) return out;
  if (!it->is_array()) return field_error(file, field, "must be an array of strings");
  for (const auto& item : *it) {
    if (!item.is_string()) return field_error(file, field, "must be an array of strings");
    out.push_back(item.get<std::string>());
  }
  return out;
}

Expected<std::string> required_string(const json& doc, const fs::path& file, std::string_view field) {
  const auto it = doc.find(field);
  if (it == doc.end() || !it->is_string() || it->get<std::string>().empty()) {
    return field_error(file, field, "is required and must be a non-empty string");
  }
  return it->get<std::string>();
}

Status read_numbers(const json& doc, const fs::path& file, NumberFormat& out) {
  const auto it = doc.find("numbers");
  if (it == doc.end()) return Status::ok();
  if (!it->is_object()) return field_error(file, "numbers", "must be an object");
  if (auto dec = it->find("decimal_separator"); dec != it->end()) {
    if (!dec->is_string()) return field_error(file, "numbers.decimal_separator", "must be a string");
    out.decimal_separator = dec->get<std::string>();
  }
  auto groups = string_list(*it, file, "group_separators");
  if (!groups) return groups.status();
  if (it->contains("group_separators")) out.group_separators = std::move(*groups);
  return Status::ok();
}

Status read_stopwords(const fs::path& file, WordSet& out) {
  if (!fs::exists(file)) return Status::ok();  // optional: only short-text language ID uses them
  auto rows = read_tsv(file);
  if (!rows) return rows.status();
  for (const auto& row : *rows) {
    std::string word = row.fields[0];
    while (!word.empty() && word.back() == '\'') word.pop_back();
    if (!word.empty()) out.insert(std::move(word));
  }
  return Status::ok();
}

}  // namespace

Expected<LanguageData> load_language_data(const fs::path& data_dir, std::string_view code) {
  fs::path dir = data_dir / std::string(code);
  if (!fs::is_regular_file(dir / "lang.json")) dir = data_dir;
  const fs::path file = dir / "lang.json";

  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::error("data_missing", "cannot read " + file.string());
  json doc = json::parse(in, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
  if (doc.is_discarded() || !doc.is_object()) {
    return Status::error("data_invalid", file.string() + ": not a JSON object");
  }

  LanguageData data;
  data.data_dir = dir;
  auto lang_code = required_string(doc, file, "code");
  if (!lang_code) return lang_code.status();
  if (*lang_code != code) {
    return field_error(file, "code", "is \"" + *lang_code + "\" but the plugin serves \"" +
                                         std::string(code) + "\"");
  }
  data.code = *lang_code;
  auto stemmer = required_string(doc, file, "stemmer");
  if (!stemmer) return stemmer.status();
  data.stemmer = *stemmer;
  data.name = doc.value("name", data.code);
  data.tokenizer.icu_locale = doc.value("icu_locale", data.code);

  auto prefixes = string_list(doc, file, "elision_prefixes");
  if (!prefixes) return prefixes.status();
  for (auto& prefix : *prefixes) {
    if (prefix.empty() || prefix.back() != '\'') {
      return field_error(file, "elision_prefixes", "entries must end in an apostrophe: " + prefix);
    }
  }
  data.tokenizer.elision_prefixes = std::move(*prefixes);

  auto linkers = string_list(doc, file, "compound_linkers");
  if (!linkers) return linkers.status();
  data.compound_linkers = std::move(*linkers);

  if (Status s = read_numbers(doc, file, data.numbers); !s) return s;
  if (Status s = read_stopwords(dir / "data" / "stopwords.tsv", data.stopwords); !s) return s;
  return data;
}

}  // namespace vane::lexicon
