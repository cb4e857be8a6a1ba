#include "engine/document_analyzer.hpp"

#include <algorithm>
#include <exception>

#include "engine/axis_scorer.hpp"
#include "engine/channel_extractor.hpp"
#include "engine/claim_extractor.hpp"
#include "engine/context_rules.hpp"
#include "engine/quantity_parser.hpp"
#include "text/utf8.hpp"

namespace vane::engine {
namespace {

std::vector<langid::LanguageProfile> profiles(const plugin_host::LanguageRegistry& registry) {
  std::vector<langid::LanguageProfile> out;
  for (const auto& code : registry.claimed_languages()) {
    const auto pack = registry.find(code);
    out.push_back({code, pack ? &pack->langid_words : nullptr});
  }
  return out;
}

// "it-IT", "IT", "it_CH" -> "it": hints come from many sources and casings.
std::string normalise_code(std::string_view code) {
  std::string out;
  for (char c : code) {
    if (c == '-' || c == '_') break;
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
  }
  return out;
}

bool is_blank(std::string_view text) {
  // ASCII whitespace only: a text of nothing but no-break spaces is analysed
  // and comes out ok with no words and no cues, which says the same thing.
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

Record error_record(const io::RawDoc& doc, RecordStatus status, Status error) {
  Record record;
  record.seq = doc.seq;
  record.id = doc.id;
  record.status = status;
  record.error = std::move(error);
  record.meta_json = doc.meta_json;
  record.encoding = doc.encoding;
  record.text = doc.text;
  return record;
}

// The worker's memo for a language, made on its first document; null when
// the plugin names a stemmer libstemmer does not have.
WordMemo* word_memo_for(Scratch& scratch, const plugin_host::LanguagePack& pack) {
  auto it = scratch.word_memos.find(pack.lexicon.get());
  if (it == scratch.word_memos.end()) {
    auto created = text::Stemmer::create(pack.data.stemmer);
    if (!created) return nullptr;
    it = scratch.word_memos.emplace(pack.lexicon.get(), WordMemo(pack.lexicon, std::move(*created))).first;
  }
  return &it->second;
}

}  // namespace

DocumentAnalyzer::DocumentAnalyzer(const plugin_host::LanguageRegistry& registry,
                                   AnalyzerOptions options)
    : registry_(registry),
      options_(std::move(options)),
      identifier_(profiles(registry)) {
  options_.forced_lang = normalise_code(options_.forced_lang);
}

Record DocumentAnalyzer::analyze(const io::RawDoc& doc, Scratch& scratch) const noexcept {
  try {
    if (!doc.input_error.is_ok()) {
      const auto status = doc.input_error.code == "blank_line" ? RecordStatus::empty : RecordStatus::error;
      return error_record(doc, status, doc.input_error);
    }
    if (!doc.text) {
      return error_record(doc, RecordStatus::error, Status::error("missing_text", "document has no text"));
    }
    if (auto bad = text::find_invalid_utf8(*doc.text)) {
      return error_record(doc, RecordStatus::error,
                          Status::error("invalid_utf8",
                                        doc.source + ": invalid UTF-8 at byte " + std::to_string(*bad) +
                                            " of the text",
                                        *bad));
    }
    if (is_blank(*doc.text)) {
      return error_record(doc, RecordStatus::empty,
                          Status::error("empty_text", doc.source + ": the text is empty or only whitespace"));
    }
    return analyze_valid(doc, scratch);
  } catch (const std::exception& e) {
    return error_record(doc, RecordStatus::error,
                        Status::error("internal_error", doc.source + ": analysis failed: " + e.what()));
  } catch (...) {
    return error_record(doc, RecordStatus::error,
                        Status::error("internal_error", doc.source + ": analysis failed"));
  }
}

LanguageResult DocumentAnalyzer::choose_language(const io::RawDoc& doc,
                                                 const text::NormalizedText& norm) const {
  if (!options_.forced_lang.empty()) {
    return {options_.forced_lang, 1.0, "forced"};
  }
  if (!doc.lang_hint.empty()) {
    const std::string code = normalise_code(doc.lang_hint);
    return {code, 1.0, "hint"};
  }
  const auto guess = identifier_.identify(*doc.text, norm.folded);
  return {guess.code, guess.confidence, "detected"};
}

Record DocumentAnalyzer::analyze_valid(const io::RawDoc& doc, Scratch& scratch) const {
  const std::string& text = *doc.text;
  text::normalize_for_matching(text, scratch.norm);

  LanguageResult lang = choose_language(doc, scratch.norm);
  const auto pack = registry_.find(lang.code);
  if (!pack) {
    if (const std::string* why = registry_.unavailable_reason(lang.code)) {
      Record record = error_record(doc, RecordStatus::error,
                                   Status::error("plugin_unavailable", "language " + lang.code +
                                                                           " cannot be analysed: " + *why));
      record.lang = lang;
      return record;
    }
    std::string served_list;
    for (const auto& code : registry_.served_languages()) served_list += (served_list.empty() ? "" : ", ") + code;
    Record record = error_record(
        doc, RecordStatus::unsupported_language,
        Status::error("unsupported_language", "language " + lang.code + " (" + lang.source +
                                                  ") is not served by any plugin; served: " +
                                                  (served_list.empty() ? "none" : served_list)));
    record.lang = lang;
    return record;
  }

  scratch.segmenter.segment(text, scratch.norm, pack->data.tokenizer, scratch.seg);
  WordMemo* memo = word_memo_for(scratch, *pack);
  if (memo == nullptr) {
    Record record = error_record(doc, RecordStatus::error,
                                 Status::error("plugin_unavailable", "plugin " + pack->plugin->name +
                                                                         " names an unknown stemmer \"" +
                                                                         pack->data.stemmer + "\""));
    record.lang = lang;
    return record;
  }
  memo->trim();
  memo->describe(scratch.seg, scratch.norm.folded, scratch.words);
  std::size_t words = 0;
  for (const auto& token : scratch.seg.tokens) words += token.kind == text::TokenKind::word ? 1 : 0;

  Record record;
  record.seq = doc.seq;
  record.id = doc.id;
  record.status = RecordStatus::ok;
  record.meta_json = doc.meta_json;
  record.encoding = doc.encoding;
  record.text = doc.text;
  record.lang = std::move(lang);
  record.plugin_name = pack->plugin->name;
  record.plugin_version = pack->plugin->version;
  record.stats.chars = text::count_code_points(text);
  record.stats.sentences = scratch.seg.sentences.size();
  record.stats.words = words;

  const DocumentView view{text, &scratch.norm, &scratch.seg, &scratch.words, pack->lexicon.get(), &pack->data, words};
  scratch.cue_finder.find(view, scratch.hits);
  const ContextRules rules(view, scratch.hits);
  record.channels = extract_channels(view, scratch.hits);
  Axes axes = score_axes(view, scratch.hits, rules, record.channels);
  // Claims are about marketing. A text with no axis evidence and a single
  // channel word is marketing only where that word is: "sales grew 30%
  // thanks to the newsletter" is a claim, a recipe's "results" are not.
  std::size_t mentions = 0;
  for (const auto& c : record.channels) mentions += c.mentions.size();
  const bool axis_label = axes.push_pull.label != "none" || axes.inbound_outbound.label != "none";
  const MarketingEvidence marketing = mentions >= 2 || axis_label ? MarketingEvidence::document
                                      : mentions == 1             ? MarketingEvidence::sentence
                                                                  : MarketingEvidence::none;
  record.push_pull = std::move(axes.push_pull);
  record.inbound_outbound = std::move(axes.inbound_outbound);
  const QuantityParser quantities(view, scratch.hits);
  record.roi_claims = extract_claims(view, scratch.hits, rules, quantities, marketing, scratch.claims);
  return record;
}

}  // namespace vane::engine
