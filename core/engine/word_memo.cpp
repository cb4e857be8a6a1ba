#include "engine/word_memo.hpp"

#include "engine/compound_parts.hpp"

namespace vane::engine {
namespace {

// Distinct words before trim() starts over: a few MB, and far more words
// than a language's marketing texts use (~10k in 20 MB of the bench corpus).
constexpr std::size_t kMemoCap = 100'000;

}  // namespace

WordMemo::WordMemo(std::shared_ptr<const lexicon::AnalysisLexicon> lexicon, text::Stemmer stemmer)
    : lexicon_(std::move(lexicon)), stemmer_(std::move(stemmer)) {}

WordMemo::WordFacts WordMemo::word(std::string_view folded, std::uint64_t hash) {
  if (const WordFacts* found = words_.find(folded, hash)) return *found;
  WordFacts facts;
  facts.keys = {lexicon::hash_key(stemmer_.stem(folded)), lexicon::hash_key(folded)};
  facts.first_part = static_cast<std::uint32_t>(parts_.size());
  if (lexicon_) {
    facts.first_step = lexicon_->matcher.first_step(facts.keys);
    if (!lexicon_->compounds.empty()) {
      find_compound_parts(folded, lexicon_->compounds, stemmer_, letters_before_, parts_);
    }
  }
  facts.part_count = static_cast<std::uint32_t>(parts_.size()) - facts.first_part;
  words_.insert(folded, hash, facts);
  return facts;
}

void WordMemo::describe(const text::Segmentation& seg, std::string_view folded, TokenDescriptions& out) {
  out.keys.clear();
  out.first_steps.clear();
  out.parts.clear();
  out.keys.reserve(seg.tokens.size());
  out.first_steps.reserve(seg.tokens.size());
  // The memo text of token i ("#seo" -> "seo"), or empty for tokens that are
  // not looked up.
  const auto memo_text = [&](std::size_t i) -> std::string_view {
    const text::Token& token = seg.tokens[i];
    const std::string_view text = folded.substr(token.fbegin, token.fend - token.fbegin);
    if (token.kind == text::TokenKind::word) return text;
    if (token.kind == text::TokenKind::hashtag) return text.substr(1);
    return {};
  };
  // Lookups are memory-bound: each token's slot is prefetched while the
  // token before it is looked up.
  std::uint64_t next_hash = seg.tokens.empty() ? 0 : hash_string(memo_text(0));
  for (std::uint32_t i = 0; i < seg.tokens.size(); ++i) {
    const std::uint64_t hash = next_hash;
    if (i + 1 < seg.tokens.size()) {
      next_hash = hash_string(memo_text(i + 1));
      words_.prefetch(next_hash);
    }
    const text::Token& token = seg.tokens[i];
    const std::string_view text = folded.substr(token.fbegin, token.fend - token.fbegin);
    switch (token.kind) {
      case text::TokenKind::word: {
        const WordFacts facts = word(text, hash);
        out.keys.push_back(facts.keys);
        out.first_steps.push_back(facts.first_step);
        for (std::uint32_t p = 0; p < facts.part_count; ++p) out.parts.push_back({i, parts_[facts.first_part + p]});
        break;
      }
      case text::TokenKind::hashtag: {
        // "#SEO" and "#contentmarketing" match as the word after the '#'.
        const WordFacts facts = word(text.substr(1), hash);
        out.keys.push_back(facts.keys);
        out.first_steps.push_back(facts.first_step);
        break;
      }
      default: {
        const std::uint64_t key = lexicon::hash_key(text);  // not stemmed: its own stem
        out.keys.push_back({key, key});
        out.first_steps.push_back(lexicon_ ? lexicon_->matcher.first_step(out.keys.back()) : lexicon::FirstStep{});
        break;
      }
    }
  }
}

void WordMemo::trim() {
  if (words_.size() > kMemoCap) {
    words_.clear();
    parts_ = {};
  }
  stemmer_.trim();
}

}  // namespace vane::engine
