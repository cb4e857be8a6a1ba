// Snowball via libstemmer, memoised. The memo is node-based (unordered_map),
// so a returned view stays valid while other words are added; lookups take
// a string_view without building a std::string.
#include "text/stemmer.hpp"

#include <libstemmer.h>

#include <climits>
#include <functional>
#include <unordered_map>

namespace vane::text {
namespace {

// Past this many distinct words trim() starts over: a memo of ~200k short
// words is a few tens of MB, and marketing text reuses far fewer.
constexpr std::size_t kMemoCap = 200'000;

struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

}  // namespace

struct Stemmer::Impl {
  std::string algorithm;
  std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;
  std::unordered_map<std::string, std::string, TransparentHash, std::equal_to<>> memo;
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
  if (auto found = impl_->memo.find(folded_word); found != impl_->memo.end()) return found->second;
  if (folded_word.size() > static_cast<std::size_t>(INT_MAX)) return folded_word;  // libstemmer takes int
  const sb_symbol* stemmed =
      sb_stemmer_stem(impl_->stemmer.get(), reinterpret_cast<const sb_symbol*>(folded_word.data()),
                      static_cast<int>(folded_word.size()));
  // NULL means libstemmer ran out of memory: the word itself is the safest stem.
  std::string value = stemmed == nullptr
                          ? std::string(folded_word)
                          : std::string(reinterpret_cast<const char*>(stemmed),
                                        static_cast<std::size_t>(sb_stemmer_length(impl_->stemmer.get())));
  return impl_->memo.emplace(std::string(folded_word), std::move(value)).first->second;
}

void Stemmer::trim() {
  // Move-assigning a fresh map frees the bucket array too; clear() keeps it.
  if (impl_->memo.size() > kMemoCap) impl_->memo = decltype(impl_->memo){};
}

const std::string& Stemmer::algorithm() const { return impl_->algorithm; }

}  // namespace vane::text
