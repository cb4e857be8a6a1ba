#include "langid/language_identifier.hpp"

#include <catch2/catch.hpp>

#include "../test_paths.hpp"
#include "lexicon/language_data.hpp"
#include "text/normalized_text.hpp"

namespace {

// The four shipped languages, with their real stopword lists.
struct Served {
  std::vector<vane::lexicon::LanguageData> data;
  std::unique_ptr<vane::langid::LanguageIdentifier> id;

  Served() {
    std::vector<vane::langid::LanguageProfile> profiles;
    for (const char* code : {"en", "fr", "it", "nl"}) {
      data.push_back(*vane::lexicon::load_language_data(vane::testing::source_dir() / "plugins" / code, code));
    }
    for (const auto& d : data) profiles.push_back({d.code, &d.stopwords});
    id = std::make_unique<vane::langid::LanguageIdentifier>(std::move(profiles));
  }

  vane::langid::LanguageGuess identify(const std::string& text) const {
    vane::text::NormalizedText norm;
    vane::text::normalize_for_matching(text, norm);
    return id->identify(text, norm.folded);
  }
};

const Served& served() {
  static const Served instance;
  return instance;
}

}  // namespace

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
    const auto guess = served().identify(text);
    CHECK(guess.code == code);
    CHECK(guess.served);
    CHECK(guess.confidence > 0.0);
    CHECK(guess.confidence <= 1.0);
  }
}

TEST_CASE("a language no plugin serves is reported, never guessed", "[langid]") {
  const auto guess = served().identify(
      "Die Werbung im Fernsehen erreicht viele Menschen, aber sie ist teuer und schwer zu messen. "
      "Deshalb setzen immer mehr Unternehmen auf Inhalte und Suchmaschinenoptimierung.");
  CHECK_FALSE(guess.served);
  CHECK(guess.code == "de");

  const auto spanish = served().identify(
      "La publicidad en televisión llega a mucha gente, pero es cara y difícil de medir. Por eso "
      "muchas empresas apuestan por el marketing de contenidos y el posicionamiento en buscadores.");
  CHECK_FALSE(spanish.served);
  CHECK(spanish.code == "es");
}

TEST_CASE("text with no letters is undetermined", "[langid]") {
  const auto guess = served().identify("12345 %%% 678");
  CHECK_FALSE(guess.served);
  CHECK(guess.code == "und");
}
