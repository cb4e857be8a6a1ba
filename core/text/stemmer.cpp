// Snowball via libstemmer, memoised. The memo is a FlatStringMap: words and
// stems live in its arena, which never moves, so a returned view stays valid
// while other words are added; a lookup is one slot load plus the key bytes
// (std::unordered_map cost a node chase per word, 12 % of the engine's time).
#include "text/stemmer.hpp"

#include <libstemmer.h>

#include <climits>

#include "util/flat_string_map.hpp"

namespace vane::text {
namespace {

// Past this many distinct words trim() starts over: a memo of ~200k short
// words is a few tens of MB, and marketing text reuses far fewer.
constexpr std::size_t kMemoCap = 200'000;

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

}  // namespace

struct Stemmer::Impl {
  std::string algorithm;
  std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;
  FlatStringMap<std::string_view> memo;  // folded word -> stem (in the memo's arena)
};

Expected<Stemmer> Stemmer::create(const std::string& algorithm) {
  auto impl = std::make_unique<Impl>();
  impl->algorithm = algorithm;
  impl->stemmer.reset(sb_stemmer_new(algorithm.c_str(), "UTF_8"));
  if (!impl->stemmer) {
    return Status::error("unknown_stemmer",
                         "no Snowball stemmer named \"" + algorithm + "\" for UTF-8");
  }
  return Stemmer(std::move(impl));
}

Stemmer::Stemmer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Stemmer::Stemmer(Stemmer&&) noexcept = default;
Stemmer& Stemmer::operator=(Stemmer&&) noexcept = default;
Stemmer::~Stemmer() = default;

std::string_view Stemmer::stem(std::string_view folded_word) {
  const std::uint64_t hash = hash_string(folded_word);
  if (const std::string_view* found = impl_->memo.find(folded_word, hash)) return *found;
  if (folded_word.size() > static_cast<std::size_t>(INT_MAX)) return folded_word;  // libstemmer takes int
  const sb_symbol* stemmed =
      sb_stemmer_stem(impl_->stemmer.get(), reinterpret_cast<const sb_symbol*>(folded_word.data()),
                      static_cast<int>(folded_word.size()));
  // NULL means libstemmer ran out of memory: the word itself is the safest stem.
  const std::string_view value =
      stemmed == nullptr ? folded_word
                         : std::string_view(reinterpret_cast<const char*>(stemmed),
                                            static_cast<std::size_t>(sb_stemmer_length(impl_->stemmer.get())));
  return *impl_->memo.insert(folded_word, hash, impl_->memo.store(value)).first;
}

void Stemmer::trim() {
  // clear() frees the slots and the arena, so memory goes back down.
  if (impl_->memo.size() > kMemoCap) impl_->memo.clear();
}

const std::string& Stemmer::algorithm() const { return impl_->algorithm; }

}  // namespace vane::text
