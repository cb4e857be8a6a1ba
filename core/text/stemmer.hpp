// Snowball stemming (libstemmer) with a per-instance memo: marketing text
// repeats its words, so each distinct word is stemmed once.
//
//   auto st = vane::text::Stemmer::create("italian");   // Snowball algorithm
//   if (!st) fail(st.status());
//   std::string_view s = st->stem("campagne");         // "campagn"
//
// Not thread-safe (sb_stemmer carries state): one per worker and language.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "util/status.hpp"

namespace vane::text {

class Stemmer {
 public:
  static Expected<Stemmer> create(const std::string& algorithm);
  Stemmer(Stemmer&&) noexcept;
  Stemmer& operator=(Stemmer&&) noexcept;
  ~Stemmer();

  // Stem of a folded (lower-case, NFC) word. The view stays valid until the
  // next trim(), so a document's stems can all be held at once.
  std::string_view stem(std::string_view folded_word);

  // Between documents: drops the memo if it has grown past its cap, so a
  // run over millions of documents stays in bounded memory.
  void trim();

  const std::string& algorithm() const;

 private:
  struct Impl;
  explicit Stemmer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vane::text
