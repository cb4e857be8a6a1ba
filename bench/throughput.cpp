// vane_bench: single-threaded throughput of the engine next to the raw
// library chain it is built on, on the same texts, in the same program.
//
//   vane_bench --mode raw  corpus.jsonl    # ICU words + CLD2 + Snowball, nothing else
//   vane_bench --mode full corpus.jsonl    # DocumentAnalyzer::analyze + record JSON
//
// All documents are read into memory first (not timed); then one timed pass
// over them prints one JSON line: mode, documents, bytes (UTF-8 text bytes),
// seconds, docs_per_s, mb_per_s (10^6 text bytes per second) and
// peak_rss_mb (getrusage ru_maxrss, MiB), plus load_rss_mb, the peak after
// loading and before the timed pass. bench/run.sh runs each mode in its own
// process and compares them; see bench/README.md.
#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>
#include <libstemmer.h>
#include <sys/resource.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <CLI/CLI.hpp>
#include <boost/dll/runtime_symbol_info.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document_analyzer.hpp"
#include "io/jsonl_reader.hpp"
#include "io/record_json.hpp"
#include "plugin_host/language_registry.hpp"
#include "plugin_host/plugin_loader.hpp"
#include "plugin_host/search_path.hpp"

namespace {

constexpr int kExitFatal = 3;

struct Result {
  std::uint64_t documents = 0;
  std::uint64_t bytes = 0;
  double seconds = 0;
  double cpu_seconds = 0;      // this process's CPU time over the same pass
  std::uint64_t checksum = 0;  // something from every result, so no work can be dropped
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
};

// On a shared machine wall time counts the time other processes held the
// core; CPU time does not, so the two modes compare better by it.
double process_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

double max_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: KiB
}

// The documents exactly as `vane analyze` reads them (same reader, same limits).
std::vector<vane::io::RawDoc> read_documents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  const vane::io::ReaderOptions options;
  vane::io::JsonlReader reader(in, path, options);
  std::vector<vane::io::RawDoc> docs;
  while (auto doc = reader.next(docs.size())) docs.push_back(std::move(*doc));
  if (reader.failed()) throw std::runtime_error("reading " + path + " failed");
  return docs;
}

// ---- raw: the library chain alone ----------------------------------------

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

class UTextHolder {
 public:
  UTextHolder() = default;
  ~UTextHolder() { utext_close(&text_); }
  UTextHolder(const UTextHolder&) = delete;
  UTextHolder& operator=(const UTextHolder&) = delete;
  // Reuses the same UText for every document: no allocation, no UTF-16 copy.
  UText* open(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&text_, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status);
    if (U_FAILURE(status)) throw std::runtime_error("utext_openUTF8 failed");
    return &text_;
  }

 private:
  UText text_ = UTEXT_INITIALIZER;
};

// Simple case folding: ASCII by hand, the rest code point by code point
// with ICU's default (simple) folding.
void fold(std::string_view word, std::string& out) {
  out.clear();
  const auto* s = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  std::int32_t i = 0;
  while (i < length) {
    if (s[i] < 0x80) {
      const char c = static_cast<char>(s[i++]);
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      out.push_back('?');
      continue;
    }
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char buffer[U8_MAX_LENGTH];
    std::int32_t n = 0;
    U8_APPEND_UNSAFE(buffer, n, c);
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

Result run_raw(const std::vector<vane::io::RawDoc>& docs) {
  // Everything costly to build is built once, outside the timed loop.
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !words) throw std::runtime_error("no ICU word BreakIterator");
  const std::map<std::string, StemmerPtr, std::less<>> stemmers = [] {
    std::map<std::string, StemmerPtr, std::less<>> made;
    for (const auto& [code, algorithm] : std::map<std::string, std::string>{
             {"en", "english"}, {"fr", "french"}, {"it", "italian"}, {"nl", "dutch"}}) {
      StemmerPtr stemmer(sb_stemmer_new(algorithm.c_str(), "UTF_8"));
      if (!stemmer) throw std::runtime_error("no Snowball stemmer " + algorithm);
      made.emplace(code, std::move(stemmer));
    }
    return made;
  }();
  sb_stemmer* const fallback = stemmers.at("en").get();
  UTextHolder utext;
  std::string folded;

  Result result;
  std::uint64_t words_stemmed = 0, other_language = 0;
  const auto started = std::chrono::steady_clock::now();
  const double cpu_started = process_cpu_seconds();
  for (const auto& doc : docs) {
    if (!doc.text) continue;
    const std::string& text = *doc.text;
    ++result.documents;
    result.bytes += text.size();

    CLD2::Language language3[3];
    int percent3[3] = {0, 0, 0};
    double normalized_score3[3] = {0, 0, 0};
    int text_bytes_seen = 0;
    bool reliable = false;
    const CLD2::Language language = CLD2::ExtDetectLanguageSummary(
        text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, /*cld_hints=*/nullptr,
        CLD2::kCLDFlagBestEffort, language3, percent3, normalized_score3,
        /*resultchunkvector=*/nullptr, &text_bytes_seen, &reliable);
    result.checksum += static_cast<std::uint64_t>(language) + static_cast<std::uint64_t>(percent3[0]);
    const auto found = stemmers.find(std::string_view(CLD2::LanguageCode(language)));
    sb_stemmer* stemmer = fallback;
    if (found != stemmers.end()) {
      stemmer = found->second.get();
    } else {
      ++other_language;
    }

    words->setText(utext.open(text), status);
    if (U_FAILURE(status)) throw std::runtime_error("BreakIterator::setText failed");
    std::int32_t begin = words->first();
    for (std::int32_t end = words->next(); end != icu::BreakIterator::DONE; begin = end, end = words->next()) {
      const std::int32_t rule = words->getRuleStatus();
      if (rule < UBRK_WORD_LETTER || rule >= UBRK_WORD_IDEO_LIMIT) continue;  // letters, kana, ideographs
      fold(std::string_view(text).substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin)),
           folded);
      const sb_symbol* stem = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(folded.data()),
                                              static_cast<int>(folded.size()));
      const int length = sb_stemmer_length(stemmer);
      result.checksum += static_cast<std::uint64_t>(length) + (stem != nullptr && length > 0 ? stem[0] : 0U);
      ++words_stemmed;
    }
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  result.cpu_seconds = process_cpu_seconds() - cpu_started;
  result.extra["words"] = words_stemmed;
  result.extra["other_language_docs"] = other_language;  // stemmed as English
  return result;
}

// ---- full: the engine as `vane analyze -j 1` runs it ---------------------

Result run_full(const std::vector<vane::io::RawDoc>& docs, const vane::plugin_host::LanguageRegistry& registry) {
  const vane::engine::DocumentAnalyzer analyzer(registry, {});
  vane::engine::Scratch scratch;
  std::string line;
  std::uint64_t by_status[4] = {0, 0, 0, 0};
  std::uint64_t json_bytes = 0;

  Result result;
  const auto started = std::chrono::steady_clock::now();
  const double cpu_started = process_cpu_seconds();
  for (const auto& doc : docs) {
    ++result.documents;
    result.bytes += doc.text ? doc.text->size() : 0;
    const vane::engine::Record record = analyzer.analyze(doc, scratch);
    line.clear();
    vane::io::append_record_json(record, line);
    line.push_back('\n');
    json_bytes += line.size();
    result.checksum += line.size() + static_cast<unsigned char>(line[line.size() / 2]);
    ++by_status[static_cast<int>(record.status)];
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  result.cpu_seconds = process_cpu_seconds() - cpu_started;
  for (int s = 0; s < 4; ++s) {
    result.extra[vane::engine::to_string(static_cast<vane::engine::RecordStatus>(s))] = by_status[s];
  }
  result.extra["json_bytes"] = json_bytes;
  return result;
}

// The registry exactly as the CLI builds it (core/cli/plugin_setup.cpp).
vane::plugin_host::LanguageRegistry load_registry(const std::vector<std::string>& plugin_dirs) {
  const std::vector<std::filesystem::path> dirs(plugin_dirs.begin(), plugin_dirs.end());
  const auto search_path = vane::plugin_host::plugin_search_path(dirs, std::getenv("VANE_PLUGIN_PATH"),
                                                                 boost::dll::program_location().string());
  auto registry = vane::plugin_host::LanguageRegistry::build(vane::plugin_host::load_plugins(search_path, {}));
  for (const auto& report : registry.reports()) {
    if (report.state != vane::plugin_host::PluginState::loaded || !report.reason.empty()) {
      std::cerr << report.diagnostic() << '\n';
    }
  }
  return registry;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Single-threaded throughput of the vane engine (full) or of the raw ICU + CLD2 + Snowball chain (raw)"};
  std::string mode;
  std::string input;
  std::vector<std::string> plugin_dirs;
  app.add_option("--mode", mode, "raw: the library chain alone; full: the engine and record JSON")
      ->required()
      ->check(CLI::IsMember({"raw", "full"}));
  app.add_option("input", input, "JSON Lines corpus (vane_corpus_gen)")->required()->type_name("INPUT.jsonl");
  app.add_option("--plugin-dir", plugin_dirs, "Directory to search for plugins first (repeatable; full mode)")
      ->type_name("DIR");
  CLI11_PARSE(app, argc, argv);

  try {
    const std::vector<vane::io::RawDoc> docs = read_documents(input);
    Result result;
    double load_rss = 0;
    if (mode == "raw") {
      load_rss = max_rss_mib();
      result = run_raw(docs);
    } else {
      const auto registry = load_registry(plugin_dirs);
      if (registry.served_languages().empty()) {
        std::cerr << "vane_bench: no plugin could be loaded; try --plugin-dir\n";
        return kExitFatal;
      }
      load_rss = max_rss_mib();
      result = run_full(docs, registry);
    }
    const double megabytes = static_cast<double>(result.bytes) / 1e6;
    nlohmann::ordered_json out;
    out["mode"] = mode;
    out["documents"] = result.documents;
    out["bytes"] = result.bytes;
    out["seconds"] = result.seconds;
    out["cpu_seconds"] = result.cpu_seconds;
    out["docs_per_s"] = static_cast<double>(result.documents) / result.seconds;
    out["mb_per_s"] = megabytes / result.seconds;
    out["peak_rss_mb"] = max_rss_mib();
    out["load_rss_mb"] = load_rss;
    for (const auto& [key, value] : result.extra.items()) out[key] = value;
    out["checksum"] = result.checksum;
    std::cout << out.dump() << '\n';
  } catch (const std::exception& e) {
    std::cerr << "vane_bench: " << e.what() << '\n';
    return kExitFatal;
  }
  return 0;
}
