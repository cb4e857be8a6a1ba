// vane_corpus_gen: the fixed benchmark corpus. Reads the gold corpora
// (corpora/<lang>/{dev,test}/gold.jsonl, fields id and text) and writes a
// deterministic JSON Lines mix of about N MB: whole corpus texts, headlines
// (a text's first paragraph) and posts recombined from paragraphs of texts
// of one language, so sizes run from a headline to a long post. Records
// carry only "id" (gen-000001...) and "text": no "lang", so detection runs.
//
//   vane_corpus_gen --mb 50 -o /tmp/bench.jsonl      # same bytes on every run
//
// Determinism: a fixed-seed mt19937_64 (specified by the standard) and our
// own reduction to a range (std::uniform_int_distribution is not portable),
// corpora read in sorted order.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#ifndef VANE_CORPORA_DIR
#define VANE_CORPORA_DIR "corpora"
#endif

namespace {

namespace fs = std::filesystem;

struct Text {
  std::string text;
  std::vector<std::string> paragraphs;  // split on blank lines
};

struct Language {
  std::string code;
  std::vector<Text> texts;
  std::vector<const std::string*> body_paragraphs;  // every paragraph but the first of each text
};

std::vector<std::string> split_paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find("\n\n", begin);
    if (end == std::string::npos) end = text.size();
    std::string paragraph = text.substr(begin, end - begin);
    if (paragraph.find_first_not_of(" \t\r\n") != std::string::npos) out.push_back(std::move(paragraph));
    begin = end;
    while (begin < text.size() && text[begin] == '\n') ++begin;
  }
  return out;
}

bool read_gold(const fs::path& file, Language& lang) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto doc = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!doc.is_object() || !doc.contains("text") || !doc["text"].is_string()) {
      std::cerr << "vane_corpus_gen: " << file.string() << ":" << number << ": no \"text\"; skipped\n";
      continue;
    }
    Text text;
    text.text = doc["text"].get<std::string>();
    text.paragraphs = split_paragraphs(text.text);
    if (!text.paragraphs.empty()) lang.texts.push_back(std::move(text));
  }
  return true;
}

// Each corpora/<code>/ with a dev/ or test/ gold.jsonl is one language.
std::vector<Language> read_corpora(const fs::path& root) {
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_directory()) dirs.push_back(entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  std::vector<Language> out;
  for (const auto& dir : dirs) {
    Language lang;
    lang.code = dir.filename().string();
    for (const char* split : {"dev", "test"}) read_gold(dir / split / "gold.jsonl", lang);
    if (lang.texts.empty()) continue;
    for (const auto& text : lang.texts) {
      for (std::size_t i = 1; i < text.paragraphs.size(); ++i) lang.body_paragraphs.push_back(&text.paragraphs[i]);
    }
    if (lang.body_paragraphs.empty()) lang.body_paragraphs.push_back(&lang.texts.front().paragraphs.front());
    out.push_back(std::move(lang));
  }
  return out;
}

class Generator {
 public:
  Generator(const std::vector<Language>& langs, std::uint64_t seed) : langs_(langs), rng_(seed) {}

  enum Kind { headline, whole, post, long_post, kinds };
  static constexpr const char* kKindNames[kinds] = {"headline", "whole", "post", "long_post"};

  // One document's text; `kind` says which sort it was.
  std::string next(Kind& kind) {
    const Language& lang = langs_[below(langs_.size())];
    const std::uint64_t roll = below(100);
    kind = roll < 20 ? headline : roll < 55 ? whole : roll < 85 ? post : long_post;
    switch (kind) {
      case headline:
        return pick(lang.texts).paragraphs.front();
      case whole:
        return pick(lang.texts).text;
      case post:
        return recombine(lang, 2 + below(7));  // title + 1..7 paragraphs
      case long_post:
      case kinds:
        break;
    }
    return recombine(lang, 10 + below(31));  // title + 9..39 paragraphs: 2-10 KB
  }

 private:
  // Uniform enough in [0, n) for n far below 2^64, and the same everywhere.
  std::uint64_t below(std::uint64_t n) { return rng_() % n; }

  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

  // A title (some text's first paragraph) and body paragraphs of other texts
  // of the same language.
  std::string recombine(const Language& lang, std::uint64_t paragraphs) {
    std::string out = pick(lang.texts).paragraphs.front();
    for (std::uint64_t i = 1; i < paragraphs; ++i) {
      out += "\n\n";
      out += *pick(lang.body_paragraphs);
    }
    return out;
  }

  const std::vector<Language>& langs_;
  std::mt19937_64 rng_;
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Writes the fixed benchmark corpus: a deterministic JSON Lines mix of the gold corpora"};
  double megabytes = 50;
  std::string output = "-";
  std::string corpora = VANE_CORPORA_DIR;
  std::uint64_t seed = 20240229;
  app.add_option("--mb", megabytes, "Size of the output in MB (10^6 bytes), at least (default 50)")
      ->check(CLI::PositiveNumber);
  app.add_option("-o,--output", output, "Write here instead of stdout")->type_name("FILE");
  app.add_option("--corpora", corpora, "Directory holding <lang>/{dev,test}/gold.jsonl")
      ->type_name("DIR")
      ->capture_default_str();
  app.add_option("--seed", seed, "Random seed (the default makes the reference corpus)")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  std::vector<Language> langs;
  try {
    langs = read_corpora(corpora);
  } catch (const fs::filesystem_error& e) {
    std::cerr << "vane_corpus_gen: " << e.what() << '\n';
    return 3;
  }
  if (langs.empty()) {
    std::cerr << "vane_corpus_gen: no gold.jsonl under " << corpora << '\n';
    return 3;
  }

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (output != "-") {
    file.open(output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "vane_corpus_gen: cannot write " << output << '\n';
      return 3;
    }
    out = &file;
  }

  Generator generator(langs, seed);
  const auto target = static_cast<std::uint64_t>(megabytes * 1e6);
  std::uint64_t written = 0, text_bytes = 0, documents = 0;
  std::uint64_t per_kind[Generator::kinds] = {};
  std::string line;
  while (written < target) {
    Generator::Kind kind{};
    nlohmann::json doc;
    char id[32];
    std::snprintf(id, sizeof id, "gen-%06llu", static_cast<unsigned long long>(documents + 1));
    doc["id"] = id;
    doc["text"] = generator.next(kind);
    text_bytes += doc["text"].get_ref<const std::string&>().size();
    line = doc.dump();
    line.push_back('\n');
    out->write(line.data(), static_cast<std::streamsize>(line.size()));
    written += line.size();
    ++documents;
    ++per_kind[kind];
  }
  out->flush();
  if (!*out) {
    std::cerr << "vane_corpus_gen: writing " << output << " failed\n";
    return 3;
  }
  std::cerr << "vane_corpus_gen: " << documents << " documents, " << written << " bytes (" << text_bytes
            << " of text), " << langs.size() << " languages;";
  for (int k = 0; k < Generator::kinds; ++k) std::cerr << ' ' << Generator::kKindNames[k] << ' ' << per_kind[k];
  std::cerr << '\n';
  return 0;
}
