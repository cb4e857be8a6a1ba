#include "langid/language_identifier.hpp"

#include <catch2/catch.hpp>

#include "served_languages.hpp"

using vane::testing::served_languages;

TEST_CASE("short ad headlines are identified with stopword evidence", "[langid]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Scopri il nostro inbound marketing", "it"},
      {"Prova gratis la newsletter dell'anno", "it"},
      {"Ontdek onze nieuwe e-mailcampagne", "nl"},
      {"Gratis verzending voor al je bestellingen", "nl"},
      {"Découvrez l’inbound marketing avec nous", "fr"},
      {"Profitez de nos offres dès aujourd’hui", "fr"},
      {"Get your free SEO audit today", "en"},
      {"Book a demo with our sales team", "en"},
  };
  for (const auto& [text, code] : cases) {
    INFO(text);
    const auto guess = served_languages().identify(text);
    CHECK(guess.code == code);
    CHECK(guess.served);
    CHECK(guess.confidence > 0.0);
    CHECK(guess.confidence <= 1.0);
  }
}

TEST_CASE("a language no plugin serves is reported, never guessed", "[langid]") {
  const auto guess = served_languages().identify(
      "Die Werbung im Fernsehen erreicht viele Menschen, aber sie ist teuer und schwer zu messen. "
      "Deshalb setzen immer mehr Unternehmen auf Inhalte und Suchmaschinenoptimierung.");
  CHECK_FALSE(guess.served);
  CHECK(guess.code == "de");

  const auto spanish = served_languages().identify(
      "La publicidad en televisión llega a mucha gente, pero es cara y difícil de medir. Por eso "
      "muchas empresas apuestan por el marketing de contenidos y el posicionamiento en buscadores.");
  CHECK_FALSE(spanish.served);
  CHECK(spanish.code == "es");
}

TEST_CASE("text with no letters is undetermined", "[langid]") {
  const auto guess = served_languages().identify("12345 %%% 678");
  CHECK_FALSE(guess.served);
  CHECK(guess.code == "und");
}
