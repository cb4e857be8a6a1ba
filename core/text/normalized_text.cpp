// NFC + full case folding with a byte map back to the original.
//
// The text is cut into normalisation segments at code points for which
// Normalizer2::hasBoundaryBefore() holds: NFC never composes or reorders
// across such a boundary, so each segment can be normalised on its own and
// every folded byte maps to the original range of the segment it came from
// ("e" + U+0301 -> "é" maps to both original code points).
//
// nfkc_cf is deliberately not used: it would rewrite NBSP, U+202F and other
// compatibility characters that number formats and spans depend on.
#include "text/normalized_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstring>

namespace vane::text {
namespace {

// Folds applied after case folding so lexicons need one spelling only.
UChar32 fold_punctuation(UChar32 c) {
  switch (c) {
    case 0x2019:  // RIGHT SINGLE QUOTATION MARK, the usual typographic apostrophe
    case 0x2018:  // LEFT SINGLE QUOTATION MARK, often typed by autocorrect
    case 0x02BC:  // MODIFIER LETTER APOSTROPHE
    case 0xFF07:  // FULLWIDTH APOSTROPHE
      return '\'';
    case 0x2010:  // HYPHEN
    case 0x2011:  // NON-BREAKING HYPHEN
      return '-';
    default:
      return c;
  }
}

bool has_punctuation_fold(UChar32 c) { return fold_punctuation(c) != c; }

std::size_t ascii_run_end(const unsigned char* bytes, std::size_t pos, std::size_t size) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  while (pos + 8 <= size) {
    std::uint64_t word;
    std::memcpy(&word, bytes + pos, 8);
    if (word & kHighBits) break;
    pos += 8;
  }
  while (pos < size && bytes[pos] < 0x80) ++pos;
  return pos;
}

// Decodes the code point at bytes[pos]; ill-formed input (a broken
// precondition) becomes U+FFFD so the map stays consistent anyway.
UChar32 decode_at(const unsigned char* bytes, std::size_t& pos, std::size_t size) {
  UChar32 c;
  auto i = static_cast<std::int32_t>(pos);
  U8_NEXT(bytes, i, static_cast<std::int32_t>(size), c);
  pos = static_cast<std::size_t>(i);
  return c < 0 ? 0xFFFD : c;
}

class Folder {
 public:
  Folder(std::string_view original, NormalizedText& out, const icu::Normalizer2& nfc)
      : bytes_(reinterpret_cast<const unsigned char*>(original.data())),
        size_(original.size()),
        out_(out),
        nfc_(nfc) {}

  void run() {
    std::size_t pos = 0;
    while (pos < size_) {
      std::size_t ascii_end = ascii_run_end(bytes_, pos, size_);
      // The last ASCII byte before a non-ASCII code point belongs to that
      // code point's segment when it has no boundary before it ("e" + U+0301).
      if (ascii_end < size_ && ascii_end > pos && !boundary_before_at(ascii_end)) --ascii_end;
      append_ascii(pos, ascii_end);
      pos = ascii_end;
      if (pos < size_) pos = fold_segment(pos);
    }
  }

 private:
  bool boundary_before_at(std::size_t pos) const {
    return nfc_.hasBoundaryBefore(decode_at(bytes_, pos, size_));
  }

  // ASCII is already NFC and folds to its lower case: no ICU call.
  void append_ascii(std::size_t begin, std::size_t end) {
    if (begin == end) return;
    const std::size_t at = out_.folded.size();
    const std::size_t count = end - begin;
    out_.folded.resize(at + count);
    out_.origin_begin.resize(at + count);
    out_.origin_end.resize(at + count);
    char* folded = out_.folded.data() + at;
    std::uint32_t* origin_begin = out_.origin_begin.data() + at;
    std::uint32_t* origin_end = out_.origin_end.data() + at;
    for (std::size_t k = 0; k < count; ++k) {
      const unsigned char b = bytes_[begin + k];
      folded[k] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
      origin_begin[k] = static_cast<std::uint32_t>(begin + k);
      origin_end[k] = static_cast<std::uint32_t>(begin + k + 1);
    }
  }

  void append_bytes(const unsigned char* data, std::size_t count, std::size_t begin,
                    std::size_t end) {
    out_.folded.append(reinterpret_cast<const char*>(data), count);
    out_.origin_begin.insert(out_.origin_begin.end(), count, static_cast<std::uint32_t>(begin));
    out_.origin_end.insert(out_.origin_end.end(), count, static_cast<std::uint32_t>(end));
  }

  void append_code_point(UChar32 c, std::size_t begin, std::size_t end) {
    unsigned char buffer[U8_MAX_LENGTH];
    std::int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, U8_MAX_LENGTH, c, error);
    if (error) return;  // unpaired surrogate from ICU cannot happen on valid input
    append_bytes(buffer, static_cast<std::size_t>(length), begin, end);
  }

  // Folds the segment starting at `begin`; returns where the next one starts.
  std::size_t fold_segment(std::size_t begin) {
    std::size_t end = begin;
    const UChar32 first = decode_at(bytes_, end, size_);
    bool single = true;
    while (end < size_ && bytes_[end] >= 0x80) {
      std::size_t next = end;
      if (nfc_.hasBoundaryBefore(decode_at(bytes_, next, size_))) break;
      end = next;
      single = false;
    }
    if (single && fold_single_fast(first, begin, end)) return end;
    fold_with_icu(begin, end);
    return end;
  }

  // Most non-ASCII code points in Latin text (à, é, ’) are already NFC and
  // either unchanged by case folding or one of our punctuation folds.
  bool fold_single_fast(UChar32 c, std::size_t begin, std::size_t end) {
    if (has_punctuation_fold(c)) {
      append_code_point(fold_punctuation(c), begin, end);
      return true;
    }
    if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES) return false;
    if (u_hasBinaryProperty(c, UCHAR_CHANGES_WHEN_CASEFOLDED)) return false;
    append_bytes(bytes_ + begin, end - begin, begin, end);
    return true;
  }

  void fold_with_icu(std::size_t begin, std::size_t end) {
    source_.remove();
    for (std::size_t pos = begin; pos < end;) source_.append(decode_at(bytes_, pos, size_));
    UErrorCode status = U_ZERO_ERROR;
    nfc_.normalize(source_, normalized_, status);
    if (U_FAILURE(status)) normalized_ = source_;
    normalized_.foldCase(U_FOLD_CASE_DEFAULT);
    // Full folding can decompose (U+01F0 -> j + U+030C); recompose so the
    // folded view, and lexicon terms folded the same way, are always NFC.
    status = U_ZERO_ERROR;
    if (!nfc_.isNormalized(normalized_, status) && U_SUCCESS(status)) {
      nfc_.normalize(normalized_, source_, status);
      if (U_SUCCESS(status)) normalized_.fastCopyFrom(source_);
    }
    for (std::int32_t i = 0; i < normalized_.length();) {
      const UChar32 c = normalized_.char32At(i);
      append_code_point(fold_punctuation(c), begin, end);
      i += U16_LENGTH(c);
    }
  }

  const unsigned char* bytes_;
  std::size_t size_;
  NormalizedText& out_;
  const icu::Normalizer2& nfc_;
  // Reused across segments: short segments fit UnicodeString's inline buffer.
  icu::UnicodeString source_, normalized_;
};

}  // namespace

std::pair<std::size_t, std::size_t> NormalizedText::to_original(std::size_t fbegin,
                                                                std::size_t fend) const {
  if (fbegin >= folded.size()) return {original_size, original_size};
  if (fend <= fbegin) return {origin_begin[fbegin], origin_begin[fbegin]};
  if (fend > folded.size()) fend = folded.size();
  return {origin_begin[fbegin], origin_end[fend - 1]};
}

void NormalizedText::clear() {
  folded.clear();
  origin_begin.clear();
  origin_end.clear();
  original_size = 0;
}

void normalize_for_matching(std::string_view original, NormalizedText& out) {
  out.clear();
  out.original_size = original.size();
  // Folding rarely grows text; reserving the input size avoids regrowth on
  // the first document and is a no-op once `out` has been reused.
  out.folded.reserve(original.size());
  out.origin_begin.reserve(original.size());
  out.origin_end.reserve(original.size());

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || nfc == nullptr) {
    // ICU data missing: degrade to an identity view rather than crash.
    out.folded.assign(original);
    for (std::size_t i = 0; i < original.size(); ++i) {
      out.origin_begin.push_back(static_cast<std::uint32_t>(i));
      out.origin_end.push_back(static_cast<std::uint32_t>(i + 1));
    }
    return;
  }
  Folder(original, out, *nfc).run();
}

}  // namespace vane::text
