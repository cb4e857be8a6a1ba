#include "text/stemmer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <type_traits>

using vane::text::Stemmer;

namespace {

Stemmer make(const std::string& algorithm) {
  auto created = Stemmer::create(algorithm);
  REQUIRE(created.has_value());
  return std::move(created).value();
}

}  // namespace

TEST_CASE("Snowball stems in the four languages", "[text][stemmer]") {
  SECTION("italian") {
    Stemmer st = make("italian");
    CHECK(st.algorithm() == "italian");
    CHECK(st.stem("campagne") == "campagn");
    CHECK(st.stem("campagna") == "campagn");
    CHECK(st.stem("televisivo") == "televis");
    CHECK(st.stem("pubblicità") == "pubblic");
  }
  SECTION("english") {
    Stemmer st = make("english");
    CHECK(st.stem("marketing") == "market");
    CHECK(st.stem("campaigns") == "campaign");
    CHECK(st.stem("running") == "run");
  }
  SECTION("dutch") {
    Stemmer st = make("dutch");
    CHECK(st.stem("reclame") == "reclam");
    CHECK(st.stem("radiospots") == "radiospot");
    CHECK(st.stem("bedrijven") == "bedrijv");
    CHECK(st.stem("klanten") == "klant");
  }
  SECTION("french") {
    Stemmer st = make("french");
    CHECK(st.stem("campagnes") == "campagn");
    CHECK(st.stem("attraction") == "attract");
    CHECK(st.stem("entreprises") == "entrepris");
  }
  SECTION("ISO codes are Snowball aliases too") {
    Stemmer st = make("it");
    CHECK(st.stem("campagne") == "campagn");
  }
}

TEST_CASE("an unknown algorithm is a status, not a crash", "[text][stemmer]") {
  const auto created = Stemmer::create("klingon");
  REQUIRE_FALSE(created.has_value());
  CHECK(created.status().code == "unknown_stemmer");
  CHECK(created.status().message.find("klingon") != std::string::npos);
  CHECK_FALSE(Stemmer::create("").has_value());
}

TEST_CASE("the memo returns the same storage and keeps views valid", "[text][stemmer]") {
  Stemmer st = make("italian");
  const std::string_view first = st.stem("campagne");
  // A hit is served from the memo: same bytes, no new string.
  CHECK(st.stem(std::string("campagne")).data() == first.data());
  // Thousands of inserts (and rehashes) later the first view still reads right.
  for (int i = 0; i < 5000; ++i) st.stem("parola" + std::to_string(i));
  CHECK(first == "campagn");
  st.trim();  // below the cap: keeps the memo, so views stay valid
  CHECK(first == "campagn");
  CHECK(st.stem("").empty());
}

TEST_CASE("trim past the cap starts over and stemming goes on", "[text][stemmer]") {
  Stemmer st = make("english");
  for (int i = 0; i < 200'001; ++i) st.stem("w" + std::to_string(i));
  st.trim();
  CHECK(st.stem("campaigns") == "campaign");
  CHECK(st.stem("w17") == "w17");
}

TEST_CASE("Stemmer is move-only", "[text][stemmer]") {
  STATIC_REQUIRE_FALSE(std::is_copy_constructible_v<Stemmer>);
  STATIC_REQUIRE_FALSE(std::is_copy_assignable_v<Stemmer>);
  STATIC_REQUIRE(std::is_nothrow_move_constructible_v<Stemmer>);
  STATIC_REQUIRE(std::is_nothrow_move_assignable_v<Stemmer>);
  Stemmer a = make("french");
  Stemmer b = std::move(a);
  CHECK(b.stem("campagnes") == "campagn");
  Stemmer c = make("dutch");
  c = std::move(b);
  CHECK(c.algorithm() == "french");
  CHECK(c.stem("campagnes") == "campagn");
}
