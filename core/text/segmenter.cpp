// Segmentation in four passes:
//   1. hand-written scanners claim URLs, e-mails, #tags and @handles (folded view);
//   2. ICU word boundaries over the folded view fill in words, numbers and
//      symbols around them (our number scanner replaces ICU's digit runs);
//   3. hyphen joining, then elision splitting, on those folded-view tokens;
//   4. mapping to original bytes and assignment to ICU sentences, which are
//      found on the original text because case is a sentence-break cue.
// Both ICU passes read UTF-8 through UText: no UTF-16 copy of the document.
#include "text/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "text/token_rules.hpp"
#include "text/token_scanners.hpp"

namespace vane::text {
namespace {

using detail::next_code_point;
using detail::SpecialSpan;

// A UText over UTF-8 bytes for the span of one ICU pass. BreakIterator keeps
// a shallow clone, so the bytes must outlive the iteration, not this object.
class Utf8Text {
 public:
  explicit Utf8Text(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&text_, bytes.data(), static_cast<std::int64_t>(bytes.size()), &status);
    if (U_FAILURE(status)) throw std::runtime_error("utext_openUTF8 failed");
  }
  ~Utf8Text() { utext_close(&text_); }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;
  UText* get() { return &text_; }

 private:
  UText text_ = UTEXT_INITIALIZER;
};

std::uint32_t u32(std::size_t value) { return static_cast<std::uint32_t>(value); }

bool is_word_start(std::int32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c);
}

// Turns ICU word segments of the folded view into tokens, giving way to the
// special spans and letting numbers run across ICU boundaries ("1 500").
class WordPass {
 public:
  WordPass(std::string_view folded, const std::vector<SpecialSpan>& specials,
           std::vector<Token>& tokens)
      : folded_(folded), specials_(specials), tokens_(tokens) {}

  void on_segment(std::size_t begin, std::size_t end, std::int32_t rule_status) {
    if (end <= cursor_) return;  // already covered by a special span or a number
    begin = std::max(begin, cursor_);
    const bool word_like = rule_status >= UBRK_WORD_NONE_LIMIT;
    while (next_special_ < specials_.size() && specials_[next_special_].begin < end) {
      const SpecialSpan& special = specials_[next_special_++];
      if (special.begin > begin) scan_chunk(begin, special.begin, word_like);
      emit(special.begin, special.end, special.kind);
      cursor_ = special.end;
      if (cursor_ >= end) return;
      begin = cursor_;
    }
    scan_chunk(begin, end, word_like);
  }

 private:
  void emit(std::size_t fbegin, std::size_t fend, TokenKind kind) {
    Token token;
    token.fbegin = u32(fbegin);
    token.fend = u32(fend);
    token.kind = kind;
    tokens_.push_back(token);
  }

  std::size_t number_limit() const {
    return next_special_ < specials_.size() ? specials_[next_special_].begin : folded_.size();
  }

  void scan_chunk(std::size_t begin, std::size_t end, bool word_like) {
    while (begin < end) {
      std::size_t next = begin;
      const std::int32_t c = next_code_point(folded_, next);
      if (detail::is_digit(c)) {
        // A leading digit run is a number even inside an ICU word ("3x" ->
        // "3" + "x"), so quantities read the same however they are glued.
        const std::size_t number_end = detail::scan_number(folded_, begin, number_limit());
        emit(begin, number_end, TokenKind::number);
        cursor_ = std::max(cursor_, number_end);
        begin = number_end;
        continue;
      }
      if (is_word_start(c) || (word_like && c == '_')) {
        emit(begin, end, TokenKind::word);
        cursor_ = std::max(cursor_, end);
        return;
      }
      if (detail::is_symbol(c)) {
        // ICU keeps an emoji ZWJ sequence or a symbol with its combining
        // marks in one non-word segment: one symbol token for all of it.
        const std::size_t symbol_end = word_like ? next : end;
        emit(begin, symbol_end, TokenKind::symbol);
        begin = symbol_end;
        continue;
      }
      begin = next;  // punctuation, whitespace, stray combining marks: no token
    }
  }

  std::string_view folded_;
  const std::vector<SpecialSpan>& specials_;
  std::vector<Token>& tokens_;
  std::size_t next_special_ = 0;
  std::size_t cursor_ = 0;  // folded bytes before this already belong to tokens
};

// Original-byte spans for the folded-view tokens. Two tokens cut from one
// normalisation segment (a split point inside "ŉ" -> "'n") would overlap in
// the original; they become one token, since spans must not overlap.
void map_to_original(const NormalizedText& norm, const std::vector<Token>& folded_tokens,
                     std::vector<Token>& out) {
  for (Token token : folded_tokens) {
    const auto [begin, end] = norm.to_original(token.fbegin, token.fend);
    token.begin = u32(begin);
    token.end = u32(end);
    if (!out.empty() && token.begin < out.back().end) {
      Token& last = out.back();
      last.end = std::max(last.end, token.end);
      last.fend = std::max(last.fend, token.fend);
      last.flags &= static_cast<std::uint8_t>(~(kElisionPrefix | kElided));
      continue;
    }
    out.push_back(token);
  }
}

bool is_space_at(std::string_view text, std::size_t pos) {
  return u_isUWhiteSpace(next_code_point(text, pos));
}

void collect_sentences(icu::BreakIterator& sentences, std::string_view original,
                       std::vector<Sentence>& out) {
  Utf8Text text(original);
  UErrorCode status = U_ZERO_ERROR;
  sentences.setText(text.get(), status);
  if (U_FAILURE(status)) throw std::runtime_error("sentence BreakIterator::setText failed");
  std::int32_t begin = sentences.first();
  for (std::int32_t end = sentences.next(); end != icu::BreakIterator::DONE;
       begin = end, end = sentences.next()) {
    auto b = static_cast<std::size_t>(begin), e = static_cast<std::size_t>(end);
    // ICU sentences carry their trailing space; leading space only occurs at
    // the start of the text. Neither belongs in a span.
    while (b < e && is_space_at(original, b)) next_code_point(original, b);
    while (e > b) {
      std::size_t last = e - 1;
      while (last > b && (static_cast<unsigned char>(original[last]) & 0xC0) == 0x80) --last;
      if (!is_space_at(original, last)) break;
      e = last;
    }
    if (b < e) out.push_back({u32(b), u32(e), 0, 0});
  }
}

// A sentence break inside a token is ICU reading the token's punctuation as
// a full stop ("https://x.it/a?b"): the token wins and the sentences merge.
void merge_sentences_broken_inside_tokens(Segmentation& out) {
  std::vector<Sentence>& sentences = out.sentences;
  if (sentences.size() < 2) return;
  std::size_t kept = 0, token = 0;
  for (std::size_t next = 1; next < sentences.size(); ++next) {
    Sentence& current = sentences[kept];
    while (token < out.tokens.size() && out.tokens[token].end <= current.end) ++token;
    if (token < out.tokens.size() && out.tokens[token].begin < sentences[next].begin) {
      current.end = sentences[next].end;
      continue;
    }
    sentences[++kept] = sentences[next];
  }
  sentences.resize(kept + 1);
}

// Each token goes to the sentence its first byte falls in (tokens never
// start in the whitespace between sentences).
void assign_sentences(Segmentation& out) {
  merge_sentences_broken_inside_tokens(out);
  if (out.sentences.empty() && !out.tokens.empty()) {
    out.sentences.push_back({out.tokens.front().begin, out.tokens.back().end, 0, 0});
  }
  std::size_t sentence = 0;
  for (Token& token : out.tokens) {
    while (sentence + 1 < out.sentences.size() &&
           token.begin >= out.sentences[sentence + 1].begin) {
      ++sentence;
    }
    token.sentence = u32(sentence);
  }
  std::size_t token = 0;
  for (std::size_t s = 0; s < out.sentences.size(); ++s) {
    out.sentences[s].first_token = u32(token);
    while (token < out.tokens.size() && out.tokens[token].sentence == s) ++token;
    out.sentences[s].end_token = u32(token);
  }
}

}  // namespace

struct Segmenter::Impl {
  struct Iterators {
    std::unique_ptr<icu::BreakIterator> sentence, word;
  };

  // ICU iterators are costly to build (rule and dictionary loading), so each
  // locale's pair is built once per Segmenter and reused for every document.
  Iterators& for_locale(const std::string& name) {
    if (auto found = by_locale.find(name); found != by_locale.end()) return found->second;
    const icu::Locale locale(name.c_str());
    UErrorCode status = U_ZERO_ERROR;
    Iterators made;
    made.word.reset(icu::BreakIterator::createWordInstance(locale, status));
    if (U_FAILURE(status) || !made.word) throw std::runtime_error("no ICU word iterator for " + name);
    made.sentence = make_sentence_iterator(locale, name);
    return by_locale.emplace(name, std::move(made)).first->second;
  }

  // Wrapped in the locale's CLDR abbreviation suppressions ("Sig. Rossi",
  // "Mr. Smith"), the same as the "@ss=standard" locale keyword.
  static std::unique_ptr<icu::BreakIterator> make_sentence_iterator(const icu::Locale& locale,
                                                                    const std::string& name) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> plain(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !plain) throw std::runtime_error("no ICU sentence iterator for " + name);
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
    if (U_FAILURE(status) || !builder) return plain;
    std::unique_ptr<icu::BreakIterator> copy(plain->clone());
    // wrapIteratorWithFilter adopts its argument even when it fails.
    std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(plain.release(), status));
    if (U_FAILURE(status) || !filtered) return copy;
    return filtered;
  }

  std::unordered_map<std::string, Iterators> by_locale;
  std::vector<SpecialSpan> specials;  // reused across documents
  std::vector<Token> raw, split;  // folded-view tokens before and after elision
};

Segmenter::Segmenter() : impl_(std::make_unique<Impl>()) {}
Segmenter::~Segmenter() = default;

void Segmenter::segment(std::string_view original, const NormalizedText& norm,
                        const TokenizerRules& rules, Segmentation& out) {
  out.clear();
  constexpr auto kMaxBytes = static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max());
  // ICU break iterators report int32 offsets.
  if (original.size() > kMaxBytes || norm.folded.size() > kMaxBytes) {
    throw std::length_error("document too large to segment (2 GiB limit)");
  }
  Impl::Iterators& iterators = impl_->for_locale(rules.icu_locale);
  const std::string_view folded = norm.folded;

  impl_->specials.clear();
  detail::find_special_spans(folded, impl_->specials);

  impl_->raw.clear();
  {
    Utf8Text text(folded);
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator& words = *iterators.word;
    words.setText(text.get(), status);
    if (U_FAILURE(status)) throw std::runtime_error("word BreakIterator::setText failed");
    WordPass pass(folded, impl_->specials, impl_->raw);
    std::int32_t begin = words.first();
    for (std::int32_t end = words.next(); end != icu::BreakIterator::DONE;
         begin = end, end = words.next()) {
      pass.on_segment(static_cast<std::size_t>(begin), static_cast<std::size_t>(end),
                      words.getRuleStatus());
    }
  }
  detail::join_hyphenated(folded, impl_->raw);
  impl_->split.clear();
  detail::split_elisions(folded, rules.elision_prefixes, impl_->raw, impl_->split);
  map_to_original(norm, impl_->split, out.tokens);

  collect_sentences(*iterators.sentence, original, out.sentences);
  assign_sentences(out);
}

}  // namespace vane::text
