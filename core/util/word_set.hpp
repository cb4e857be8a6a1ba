// A set of words that can be asked about a std::string_view without building
// a std::string: per-token lookups on the hot path allocate nothing.
//
//   vane::WordSet stopwords{"il", "la"};
//   stopwords.contains(std::string_view("la"));   // heterogeneous lookup
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace vane {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace vane
