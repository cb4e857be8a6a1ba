// Claim vocabulary of the shipped plugins where a phrase's meaning
// is not the sum of its words: verdicts and complaints that hold their own
// negator, idioms that name a cost or a measure without being one, and a
// change verb that must not pass for an outcome noun.
//
//   const auto claims = claims_of("it", "... non funziona più.");
//   CHECK(claims.front().polarity == "negative");
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analyze_text.hpp"

namespace {

// Each text opens with a sentence naming channels, so any of its sentences may be a claim.
std::vector<vane::engine::RoiClaim> claims_of(const std::string& lang, const std::string& text) {
  return vane::testing::analyze_text(lang, text).roi_claims;
}

}  // namespace

// negation.tsv's dismissals ("non funziona più", "ne fonctionne pas", "never worked") take in
// their negator, so nothing is left to deny the praise word inside them.
TEST_CASE("a verdict that a tactic does not work is bad news, though its negator sits inside a dismissal",
          "[engine][claims]") {
  auto italian = claims_of("it", "Usiamo l'email e la radio. Per noi l'email a freddo su liste comprate non funziona più.");
  REQUIRE(italian.size() == 1);
  CHECK(italian[0].kinds.front() == "performance");
  CHECK(italian[0].polarity == "negative");

  auto french = claims_of("fr", "Nous utilisons l'emailing et la radio. Pour nous, l'emailing à froid sur des fichiers "
                                "achetés ne fonctionne pas : le taux de réponse plafonne à 0,2 %.");
  REQUIRE(french.size() == 1);
  CHECK(french[0].polarity == "negative");

  auto english = claims_of("en", "We ran TV and radio ads all year. Cold email to bought lists has never worked for us.");
  REQUIRE(english.size() == 1);
  CHECK(english[0].polarity == "negative");
}

// "niet meer", "any more": no longer. The verdict is negative as a whole (nl polarity.tsv), and the "more"
// of "any more" is no increase (en multipliers.tsv `none`), even with the negator words before it.
TEST_CASE("a verdict that a tactic works no longer is bad news, not an increase", "[engine][claims]") {
  auto dutch = claims_of("nl", "We gebruiken SEO en nieuwsbrieven. Koude acquisitie werkt niet meer voor ons, de "
                               "respons is bijna nul.");
  REQUIRE(dutch.size() == 1);
  CHECK(dutch[0].polarity == "negative");

  auto clients = claims_of("nl", "We gebruiken SEO en nieuwsbrieven. Koude acquisitie werkt niet meer voor onze klanten "
                                 "in de bouw.");
  REQUIRE(clients.size() == 1);
  CHECK(clients[0].polarity == "negative");

  auto english = claims_of("en", "We ran TV and radio ads all year. Cold calling does not work for us any more, the "
                                 "response is almost zero.");
  REQUIRE(english.size() == 1);
  CHECK(english[0].polarity == "negative");

  // "niet alleen" praises: no bare "werkt niet" verdict reads it as a failure.
  auto praise = claims_of("nl", "We gebruiken SEO en nieuwsbrieven. Koude acquisitie werkt niet alleen goed, het "
                                "leverde ons ook 40 klanten op.");
  REQUIRE(praise.size() == 1);
  CHECK(praise[0].polarity == "positive");
}

// nl roi.tsv: "reageren" is the response as a verb; negation.tsv: "Reageer ..." opening a sentence is advice.
TEST_CASE("responding to a mailing is an outcome; an instruction to respond is none", "[engine][claims]") {
  auto responded = claims_of("nl", "We gebruiken SEO en nieuwsbrieven. Op de eerste mailing reageerde 6% van de "
                                   "ontvangers.");
  REQUIRE(responded.size() == 1);
  CHECK(responded[0].kinds.front() == "performance");
  CHECK(responded[0].polarity == "positive");

  auto better = claims_of("nl", "We gebruiken SEO en nieuwsbrieven. Klanten reageren veel beter op een persoonlijke "
                                "brief dan op een mailing.");
  REQUIRE(better.size() == 1);
  CHECK(better[0].comparative);

  CHECK(claims_of("nl", "We gebruiken SEO en nieuwsbrieven. Reageer op elke review, ook op de negatieve.").empty());
}

// negation.tsv bounds with their article ("sotto lo", "sous la barre des"): a loss metric kept under a
// ceiling sizes no loss, so the bare-loss default (negative) does not apply.
TEST_CASE("a loss metric kept under a ceiling is no loss", "[engine][claims]") {
  auto italian = claims_of("it", "Usiamo l'email e la radio. Il tasso di disiscrizione è rimasto sotto lo 0,3% per "
                                 "tutto l'anno.");
  REQUIRE(italian.size() == 1);
  CHECK(italian[0].polarity == "positive");

  auto french = claims_of("fr", "Nous utilisons l'emailing et la radio. Le taux de désabonnement est resté sous la "
                                "barre des 0,3 % toute l'année.");
  REQUIRE(french.size() == 1);
  CHECK(french[0].polarity == "positive");
}

TEST_CASE("a measurability cue holding its own negator is a complaint", "[engine][claims]") {
  auto english = claims_of("en", "We ran TV and radio ads all year. Honestly, we can't tell which TV ads drove the sales.");
  REQUIRE(english.size() == 1);
  CHECK(english[0].polarity == "negative");

  auto italian = claims_of("it", "Usiamo l'email e la radio. Il ritorno della radio resta non misurabile per noi.");
  REQUIRE(italian.size() == 1);
  CHECK(italian[0].kinds.front() == "measurability");
  CHECK(italian[0].polarity == "negative");
}

TEST_CASE("sales that cover a tactic's costs are a return; never covering them a poor one", "[engine][claims]") {
  auto english = claims_of("en", "We ran TV and radio ads all year. The radio campaign covered its costs within a month. "
                                 "The TV spots never covered their costs.");
  REQUIRE(english.size() == 2);
  CHECK(english[0].kinds.front() == "roi");
  CHECK(english[0].polarity == "positive");
  CHECK(english[1].kinds.front() == "roi");
  CHECK(english[1].polarity == "negative");

  auto italian = claims_of("it", "Usiamo la TV e Facebook. Gli annunci su Facebook, invece, non hanno mai coperto i costi.");
  REQUIRE(italian.size() == 1);
  CHECK(italian[0].kinds.front() == "roi");
  CHECK(italian[0].polarity == "negative");
}

TEST_CASE("idioms with a cost or measuring word add no cost or measurability kind", "[engine][claims]") {
  // "a tutti i costi" is "at any price", "su misura" is "tailored": the claims are about outcomes only.
  auto idioms = claims_of("it", "Usiamo la TV e la radio. Vogliamo crescere, ma non a tutti i costi: meglio pochi "
                                "clienti fedeli che tanti clienti scontenti. Il nostro team crea campagne su misura, con "
                                "ottimi risultati.");
  REQUIRE(idioms.size() == 2);
  for (const auto& claim : idioms) {
    CHECK(claim.kinds == std::vector<std::string>{"performance"});
  }
}

TEST_CASE("a change verb takes the kind of the metric it moves", "[engine][claims]") {
  // "a progressé" once counted as the outcome noun "progression": a rising cost read as growth.
  auto cost = claims_of("fr", "Nous utilisons Facebook Ads et la radio. Le coût pour mille impressions sur Facebook a "
                              "progressé de 35 % entre 2021 et 2024.");
  REQUIRE(cost.size() == 1);
  CHECK(cost[0].kinds.front() == "cost");
  CHECK(cost[0].polarity == "negative");
}
