// Figures normalised per locale, through the real analyzer and the real
// plugin data (a claim sentence carries its quantities).
#include "engine/quantity_parser.hpp"

#include <catch2/catch.hpp>

#include "../build_tree_registry.hpp"
#include "engine/document_analyzer.hpp"

namespace {

using vane::engine::Quantity;

// Quantities of all claims found in a one-sentence marketing text.
std::vector<Quantity> quantities(const std::string& lang, const std::string& text) {
  const vane::engine::DocumentAnalyzer analyzer(vane::testing::build_tree_registry(), {lang});
  vane::engine::Scratch scratch;
  vane::io::RawDoc doc;
  doc.id = "q";
  doc.text = std::make_shared<const std::string>(text);
  const auto record = analyzer.analyze(doc, scratch);
  REQUIRE(record.status == vane::engine::RecordStatus::ok);
  std::vector<Quantity> out;
  for (const auto& claim : record.roi_claims) out.insert(out.end(), claim.quantities.begin(), claim.quantities.end());
  return out;
}

void check_one(const std::vector<Quantity>& qs, const std::string& type, std::optional<double> value,
               const std::string& currency = "") {
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].type == type);
  CHECK(qs[0].currency == currency);
  REQUIRE(qs[0].value.has_value() == value.has_value());
  if (value) CHECK(*qs[0].value == Approx(*value));
}

}  // namespace

TEST_CASE("numbers follow the locale's separators", "[engine][quantities]") {
  const vane::lexicon::NumberFormat italian{",", {".", " ", "\u00a0", "\u202f"}};
  const vane::lexicon::NumberFormat english{".", {","}};
  CHECK(*vane::engine::parse_number("1.500,50", italian) == Approx(1500.5));
  CHECK(*vane::engine::parse_number("1.500", italian) == Approx(1500));
  CHECK(*vane::engine::parse_number("2,5", italian) == Approx(2.5));
  CHECK(*vane::engine::parse_number("1\u202f500,50", italian) == Approx(1500.5));
  CHECK(*vane::engine::parse_number("1,500.50", english) == Approx(1500.5));
  CHECK(*vane::engine::parse_number("1,500", english) == Approx(1500));
  CHECK(*vane::engine::parse_number("1.5", english) == Approx(1.5));
  CHECK(*vane::engine::parse_number("12", english) == Approx(12));
  CHECK_FALSE(vane::engine::parse_number("1.2.3,4,5", italian));
}

TEST_CASE("Italian figures in claims", "[engine][quantities]") {
  check_one(quantities("it", "Con la SEO il costo per lead è sceso a € 1.500,50 al mese."), "money", 1500.5, "EUR");
  check_one(quantities("it", "Le vendite online sono cresciute del 30% grazie alla newsletter."), "percent", 30);
  check_one(quantities("it", "Le vendite online sono cresciute del 30 per cento grazie alla newsletter."), "percent", 30);
  check_one(quantities("it", "Il blog ha portato tre volte più lead della fiera."), "multiplier", 3);
  check_one(quantities("it", "Con il blog abbiamo raddoppiato i lead rispetto alla fiera."), "multiplier", 2);
}

TEST_CASE("English figures in claims", "[engine][quantities]") {
  check_one(quantities("en", "Our SEO work cut the cost per lead to $1,500.50 last quarter."), "money", 1500.5, "USD");
  check_one(quantities("en", "The newsletter lifted online sales by 30% compared with print ads."), "percent", 30);
  check_one(quantities("en", "Content marketing generated three times more leads than cold calling."), "multiplier", 3);
  check_one(quantities("en", "Content marketing generated 3x more leads than cold calling."), "multiplier", 3);
  check_one(quantities("en", "Our webinars doubled the number of qualified leads."), "multiplier", 2);
  check_one(quantities("en", "Referral leads convert many times over better than cold calls."), "multiplier", std::nullopt);
}

TEST_CASE("a multiplier word in a set phrase is no quantity", "[engine][quantities]") {
  check_one(quantities("en", "Our SEO traffic grew 40% after a double-page spread in the trade press."), "percent", 40);
  check_one(quantities("it", "Le vendite online sono cresciute a doppia cifra: +18% grazie alla newsletter."), "percent", 18);
  check_one(quantities("nl", "De folders kostten ongeveer het dubbele van de online campagne."), "multiplier", 2);
}

TEST_CASE("years, dates and sizes are not quantities", "[engine][quantities]") {
  const auto qs = quantities("en", "In 2023 our SEO traffic grew by 40% and the 6x3 billboards stayed up until 30/6.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].type == "percent");
}

namespace {

void check_all(const std::vector<Quantity>& qs, const std::vector<std::pair<std::string, double>>& expected,
               const std::string& currency = "") {
  REQUIRE(qs.size() == expected.size());
  for (std::size_t i = 0; i < qs.size(); ++i) {
    CHECK(qs[i].type == expected[i].first);
    REQUIRE(qs[i].value.has_value());
    CHECK(*qs[i].value == Approx(expected[i].second));
    if (qs[i].type == "money") CHECK(qs[i].currency == currency);
  }
}

}  // namespace

TEST_CASE("a range's unit, written once after the upper bound, belongs to both bounds", "[engine][quantities]") {
  check_all(quantities("it", "Con la newsletter le vendite sono cresciute del 25-30 per cento in un anno."),
            {{"percent", 25}, {"percent", 30}});
  check_all(quantities("it", "Con la SEO i nostri clienti pagano 18-35 € per lead, grazie al blog."),
            {{"money", 18}, {"money", 35}}, "EUR");
  check_all(quantities("it", "Un volantino per la promozione costa tra i 700 e i 900 euro compresa la stampa."),
            {{"money", 700}, {"money", 900}}, "EUR");
  check_all(quantities("nl", "Met SEO verhoogt de doorklikratio van onze nieuwsbrief met 9 tot 15% per maand."),
            {{"percent", 9}, {"percent", 15}});
  // A bare range stays two numbers; a period of years is no range.
  check_all(quantities("it", "Con il telemarketing un operatore fissa in media 12-15 appuntamenti utili al giorno."),
            {{"number", 12}, {"number", 15}});
}

TEST_CASE("many times is a count; scale letters multiply when glued or capital", "[engine][quantities]") {
  check_all(quantities("it", "Grazie al blog la guida è stata scaricata 1.150 volte e ha portato 300 nuovi clienti."),
            {{"number", 1150}, {"number", 300}});
  check_one(quantities("en", "Our trade show leads turned into new accounts worth £2.3m in first-year orders."), "money",
            2300000, "GBP");
  check_one(quantities("fr", "Grâce au SEO, nos ventes en ligne ont atteint 2 M€ cette année."), "money", 2000000, "EUR");
  // A size in square metres is no quantity at all, let alone 32 million.
  CHECK(quantities("en", "Our trade show stand of 32m² generated leads worth very little, sadly.").empty());
}

TEST_CASE("a currency before a number is that number's, not the unit of the one before", "[engine][quantities]") {
  check_all(quantities("en", "Our cost per lead from inbound dropped from $2,100 in year one to $640 in year three."),
            {{"money", 2100}, {"money", 640}}, "USD");
  check_all(quantities("en", "Our cost per lead from inbound dropped from $2,100 in 2023 to $640 now."),
            {{"money", 2100}, {"money", 640}}, "USD");
  // With no number after it, the currency after a short link is still the unit.
  check_one(quantities("it", "Con la SEO il fatturato online è salito a 1,2 milioni di euro."), "money", 1200000, "EUR");
}

TEST_CASE("times per period is a frequency: a count, not a ratio", "[engine][quantities]") {
  check_one(quantities("it", "Con la newsletter i clienti iscritti tornano in media 1,8 volte al mese e spendono di più."),
            "number", 1.8);
  check_one(quantities("it", "Con la newsletter i clienti iscritti tornano 2 volte all'anno e spendono di più."), "number",
            2);
  check_one(quantities("en", "With the newsletter, members come back 3 times a month and spend more."), "number", 3);
  check_one(quantities("nl", "Met de nieuwsbrief komen leden 3 keer per maand terug en besteden ze meer."), "number", 3);
  // A frequency in words is no figure, so only the growth is reported.
  check_one(quantities("fr", "Avec une newsletter envoyée trois fois par semaine, nos ventes en ligne ont progressé de 30 %."), "percent",
            30);
  // Times followed by anything else still compare.
  check_one(quantities("it", "Il blog ha portato 3 volte più lead al mese della fiera."), "multiplier", 3);
}

TEST_CASE("a currency's subunit is a fraction of it: cents, centesimi, centimes", "[engine][quantities]") {
  check_one(quantities("it", "Con la newsletter ogni contatto ci costa solo 7 centesimi di euro."), "money", 0.07, "EUR");
  check_one(quantities("fr", "Avec le SEO, chaque contact nous coûte 7 centimes."), "money", 0.07, "EUR");
  check_one(quantities("nl", "Met onze nieuwsbrief kost elke lead ons 7 cent."), "money", 0.07, "EUR");
  check_one(quantities("en", "With email marketing each new lead costs us only 7 cents."), "money", 0.07, "USD");
  // A range in cents scales both bounds; "per cent" stays a percentage.
  check_all(quantities("it", "Con Google Ads un clic costa tra i 20 e i 40 centesimi."), {{"money", 0.2}, {"money", 0.4}},
            "EUR");
  check_one(quantities("en", "With email marketing our sales rose by 7 per cent last year."), "percent", 7);
}

TEST_CASE("a day number beside a month's or after a weekday's name is a date", "[engine][quantities]") {
  check_one(quantities("it", "Il 14 ottobre le vendite online sono cresciute del 30% grazie alla newsletter."), "percent", 30);
  check_one(quantities("en", "On March 14 the newsletter lifted online sales by 30% compared with print ads."), "percent",
            30);
  check_one(quantities("en", "Since 1 September the newsletter lifted online sales by 30% compared with print ads."),
            "percent", 30);
  check_one(quantities("fr", "Depuis le 3 mars, la newsletter a fait progresser nos ventes en ligne de 30 %."), "percent",
            30);
  check_one(quantities("nl", "Sinds 12 mei zijn onze online verkopen met 30% gestegen dankzij de nieuwsbrief."), "percent",
            30);
  check_one(quantities("it", "Da giovedì 17 le vendite online sono cresciute del 30% grazie alla newsletter."), "percent",
            30);
  // Both days of a range of days, hyphenated or in words.
  check_one(quantities("it", "Dal 3 al 7 marzo le vendite online sono cresciute del 30% grazie alla newsletter."),
            "percent", 30);
  check_one(quantities("en", "From 3-7 March the newsletter lifted online sales by 30% compared with print ads."),
            "percent", 30);
  // A count of days, or a number too large for a day, is still a quantity.
  check_all(quantities("it", "In 14 giorni le vendite online sono cresciute del 30% grazie alla newsletter."),
            {{"number", 14}, {"percent", 30}});
  check_all(quantities("en", "In March 40 new customers came from the newsletter, 30% more than from print ads."),
            {{"number", 40}, {"percent", 30}});
}

TEST_CASE("a number after a period's name written as a label is an index", "[engine][quantities]") {
  check_one(quantities("en", "Month 1: total revenue fell 14% after we stopped the newsletter."), "percent", 14);
  check_one(quantities("it", "Mese 2: le vendite online sono cresciute del 30% grazie alla newsletter."), "percent", 30);
  check_one(quantities("nl", "In week 3: de online verkopen stegen met 30% dankzij de nieuwsbrief."), "percent", 30);
  // A count after a period's name in running text is still a count.
  check_all(quantities("en", "Each month 40 new customers came from the newsletter, 30% more than from print ads."),
            {{"number", 40}, {"percent", 30}});
}
