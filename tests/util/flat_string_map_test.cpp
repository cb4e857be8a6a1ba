#include "util/flat_string_map.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <string_view>

using vane::FlatStringMap;

TEST_CASE("FlatStringMap finds what was inserted and nothing else", "[util][flat_string_map]") {
  FlatStringMap<int> map;
  CHECK(map.find(std::string_view("la")) == nullptr);  // empty map: no slots yet
  CHECK(map.insert("la", 1).second);
  CHECK(map.insert("il", 2).second);
  CHECK(map.insert("", 3).second);  // the empty word is a key like any other
  REQUIRE(map.find(std::string_view("la")) != nullptr);
  CHECK(*map.find(std::string_view("la")) == 1);
  CHECK(*map.find(std::string_view("il")) == 2);
  CHECK(*map.find(std::string_view("")) == 3);
  CHECK(map.find(std::string_view("l")) == nullptr);
  CHECK(map.find(std::string_view("la ")) == nullptr);
  CHECK(map.size() == 3);

  SECTION("a second insert keeps the first value and says so") {
    const auto [value, inserted] = map.insert("la", 9);
    CHECK_FALSE(inserted);
    CHECK(*value == 1);
    CHECK(map.size() == 3);
  }
  SECTION("values can be updated in place") {
    *map.insert("la", 0).first |= 4;
    CHECK(*map.find(std::string_view("la")) == 5);
  }
  SECTION("clear drops everything") {
    map.clear();
    CHECK(map.empty());
    CHECK(map.find(std::string_view("la")) == nullptr);
    CHECK(map.insert("la", 7).second);
  }
}

TEST_CASE("FlatStringMap agrees with std::map over many keys and growth", "[util][flat_string_map]") {
  // Random keys of 0-40 bytes, including bytes >= 0x80 and NUL, with repeats:
  // the slot array grows several times and long keys take their own blocks.
  std::mt19937 rng(12345);
  std::map<std::string, int> reference;
  FlatStringMap<int> map;
  for (int i = 0; i < 20000; ++i) {
    std::string key(rng() % 41, '\0');
    for (char& c : key) c = static_cast<char>(rng() % 6 == 0 ? rng() % 256 : 'a' + rng() % 3);
    const auto [it, inserted_ref] = reference.emplace(key, i);
    const auto [value, inserted] = map.insert(key, i);
    CHECK(inserted == inserted_ref);
    CHECK(*value == it->second);
  }
  CHECK(map.size() == reference.size());
  for (const auto& [key, value] : reference) {
    const int* found = map.find(std::string_view(key));
    REQUIRE(found != nullptr);
    CHECK(*found == value);
  }
  std::size_t visited = 0;
  map.for_each([&](std::string_view key, int value) {
    ++visited;
    CHECK(reference.at(std::string(key)) == value);
  });
  CHECK(visited == reference.size());
}

TEST_CASE("FlatStringMap keeps stored bytes in place while it grows", "[util][flat_string_map]") {
  FlatStringMap<std::string_view> map;
  const std::string long_value(30000, 'x');  // larger than a quarter block: a block of its own
  const std::string_view first = map.store("campagn");
  const std::string_view big = map.store(long_value);
  map.insert("campagne", first);
  for (int i = 0; i < 5000; ++i) map.insert("w" + std::to_string(i), map.store(std::to_string(i)));
  CHECK(first == "campagn");
  CHECK(big == long_value);
  CHECK(*map.find(std::string_view("campagne")) == "campagn");
  CHECK(*map.find(std::string_view("w4999")) == "4999");
}

TEST_CASE("hash_string depends on every byte and on the length", "[util][flat_string_map]") {
  CHECK(vane::hash_string("campagne") != vane::hash_string("campagna"));
  CHECK(vane::hash_string("campagne1") != vane::hash_string("campagne2"));  // past the first 8 bytes
  CHECK(vane::hash_string(std::string_view("a\0", 2)) != vane::hash_string("a"));
  CHECK(vane::hash_string("") == vane::hash_string(std::string_view()));
}
