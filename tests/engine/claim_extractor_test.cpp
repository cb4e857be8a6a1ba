// ROI claim labels on short documents, analysed with the shipped plugins:
// limiters before a figure, the figure's nearest cue deciding the kind, and
// stems that must not swallow unrelated words.
//
//   const auto claims = claims_of("en", "... Yet only 23% of ... paid back.");
//   CHECK(claims.back().polarity == "negative");
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analyze_text.hpp"

namespace {

// Each text opens with a sentence naming channels, so the document counts
// as marketing and any of its sentences may be a claim.
std::vector<vane::engine::RoiClaim> claims_of(const std::string& lang, const std::string& text) {
  return vane::testing::analyze_text(lang, text).roi_claims;
}

}  // namespace

TEST_CASE("a limiter before a figure: a small outcome is bad news, a small cost good news", "[engine][claims]") {
  auto outcome = claims_of("en",
                           "We ran TV and radio ads all year. Yet only 23% of the suppliers we surveyed could prove "
                           "that their trade promotions paid back.");
  REQUIRE(outcome.size() == 1);
  CHECK(outcome[0].polarity == "negative");

  auto cost = claims_of("en", "We ran TV and radio ads all year. Our email newsletter costs only £5 per new customer.");
  REQUIRE(cost.size() == 1);
  CHECK(cost[0].kinds.front() == "cost");
  CHECK(cost[0].polarity == "positive");

  auto dutch = claims_of("nl",
                         "We gebruiken SEO en nieuwsbrieven. Slechts 34 procent van de marketeers zegt het rendement "
                         "van hun uitgaven betrouwbaar te kunnen meten.");
  REQUIRE(dutch.size() == 1);
  CHECK(dutch[0].polarity == "negative");

  // Dutch "maar" is "only" right before a figure, "but" elsewhere.
  auto maar = claims_of("nl",
                        "We gebruiken SEO en nieuwsbrieven. Bij onze klanten wordt gemiddeld maar 4% van de aanvragen een "
                        "opdracht.");
  REQUIRE(maar.size() == 1);
  CHECK(maar[0].polarity == "negative");
}

TEST_CASE("a limiter before a bound makes the figure approximate, not small", "[engine][claims]") {
  auto approximate = claims_of("en", "We send a weekly newsletter. Last quarter the newsletter brought in just over 400 "
                                     "paying customers.");
  REQUIRE(approximate.size() == 1);
  CHECK(approximate[0].polarity == "positive");
  auto small = claims_of("en", "We send a weekly newsletter. Last quarter the newsletter brought in just 40 paying customers.");
  REQUIRE(small.size() == 1);
  CHECK(small[0].polarity == "negative");
}

TEST_CASE("a negated limiter limits only inside its negation: French 'ne ... que'", "[engine][claims]") {
  auto few = claims_of("fr", "Nous avons misé sur la radio et l'affichage. La campagne radio ne génère que 12 demandes "
                             "de devis par mois.");
  REQUIRE(few.size() == 1);
  CHECK(few[0].polarity == "negative");
  auto cheap = claims_of("fr", "Nous avons misé sur la radio et l'affichage. La campagne radio ne coûte que 400 € par "
                               "mois, affiches comprises.");
  REQUIRE(cheap.size() == 1);
  CHECK(cheap[0].polarity == "positive");
  // Without "ne", "que" is a conjunction: the figure is a reported result.
  auto result = claims_of("fr", "Nous avons misé sur la radio et l'affichage. Nos chiffres montrent que 70 % des "
                                "nouveaux clients ont découvert la marque grâce à la radio, un excellent résultat.");
  REQUIRE(result.size() == 1);
  CHECK(result[0].polarity == "positive");
}

TEST_CASE("a limiter away from a figure says nothing", "[engine][claims]") {
  auto claims = claims_of("en",
                          "We ran TV and radio ads all year. SEO is the only channel that keeps bringing in good "
                          "leads every single month.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].polarity == "positive");
}

TEST_CASE("the cue nearest a figure decides the claim's kind", "[engine][claims]") {
  auto claims = claims_of("en",
                          "We ran TV and radio ads all year. Paid search can top up enquiries in busy months, but "
                          "clicks there can cost £20 or more.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].kinds.front() == "cost");
}

TEST_CASE("stems do not swallow unrelated words", "[engine][claims]") {
  // "costly" stems to "cost": the word "cost" itself is no complaint.
  auto cost = claims_of("en", "We ran TV and radio ads all year. The cost per lead of our email campaigns was £40 last quarter.");
  REQUIRE(cost.size() == 1);
  CHECK(cost[0].polarity != "negative");

  // "contrarsi" stems to "contr", as does "contro" (versus).
  auto versus = claims_of("it",
                          "Usiamo newsletter e SEO da anni. Il tasso di apertura delle nostre newsletter è del 40%, "
                          "contro il 19% delle campagne inviate a liste acquistate.");
  REQUIRE(versus.size() == 1);
  CHECK(versus[0].polarity == "positive");

  // The acronym "CA" (chiffre d'affaires) has no plural "cas" (case).
  auto french = claims_of("fr",
                          "Nous utilisons le SEO et les newsletters. Dans ce cas précis, le SEO reste très utile pour "
                          "nos équipes commerciales.");
  CHECK(french.empty());
}

TEST_CASE("a quoted testimonial signed on the same line is a statement", "[engine][claims]") {
  auto signed_quote = claims_of("en",
                                "We ran TV and radio ads all year. “After the leaflet drop, enquiries doubled in three "
                                "months.” — Hannah Price, owner, Price & Sons");
  REQUIRE(signed_quote.size() == 1);
  CHECK(signed_quote[0].polarity == "positive");

  // A heading with a dash is still a heading.
  auto heading = claims_of("en", "We ran TV and radio ads all year. Enquiries doubled - the numbers behind our leaflets");
  CHECK(heading.empty());
}

TEST_CASE("a text about return on investment is about marketing even without a channel", "[engine][claims]") {
  auto survey = claims_of("fr",
                          "Nous avons interrogé des dirigeants de PME sur leur métier. Seules 37 % déclarent "
                          "mesurer le retour sur investissement de leurs actions. Celles qui suivent leur ROI "
                          "voient leur chiffre d'affaires progresser de 9 % par an.");
  REQUIRE(survey.size() == 2);
  CHECK(survey[0].polarity == "negative");  // "seules" is a limiter before the figure

  // One return word and the rest weak cues: a DIY guide stays without claims.
  auto diy = claims_of("en",
                       "Tiling a splashback is a good weekend project with great results. A 3m² splashback "
                       "costs about £180 in materials, a small investment for a kitchen.");
  CHECK(diy.empty());
}

TEST_CASE("a bound before a figure is a quantity, not a change or a ranking", "[engine][claims]") {
  auto bounded = claims_of("en",
                           "We ran TV and radio ads all year. Firms with more than 50 reviews get twice the "
                           "enquiries from their listing as firms with fewer than ten.");
  REQUIRE(bounded.size() == 1);
  CHECK(bounded[0].polarity == "positive");  // "fewer" would cancel "twice" if read as a fall

  // Away from a figure "more than" still ranks and rises.
  auto ranking = claims_of("en", "We ran TV and radio ads all year. Our newsletter converts more than paid social does.");
  REQUIRE(ranking.size() == 1);
  CHECK(ranking[0].comparative);

  // "een" (one) is also the article: "less than a lead via outbound" compares, it bounds nothing.
  auto article = claims_of("nl",
                           "We gebruiken SEO en nieuwsbrieven. Een lead via inbound marketing kost gemiddeld 62% "
                           "minder dan een lead via traditionele outbound.");
  REQUIRE(article.size() == 1);
  CHECK(article[0].kinds.front() == "cost");
  CHECK(article[0].polarity == "positive");
}

TEST_CASE("a figure that counts an outcome is a reported result, a bounded one an offer", "[engine][claims]") {
  auto counted = claims_of("it",
                           "Usiamo newsletter e telemarketing. Su mille aziende chiamate fissiamo in media 38 "
                           "appuntamenti con decisori reali.");
  REQUIRE(counted.size() == 1);
  CHECK(counted[0].kinds.front() == "performance");

  auto offer = claims_of("en", "We ran TV and radio ads all year. The Pro plan covers up to 10,000 subscribers.");
  CHECK(offer.empty());
}

TEST_CASE("a figure that sizes an offer (a discount, a free item) backs no claim; a result of the offer does",
          "[engine][claims]") {
  CHECK(claims_of("en", "We ran TV and radio ads all year. Our account managers signed up wholesalers with a 12% "
                        "launch discount on their first orders.")
            .empty());
  CHECK(claims_of("it", "Usiamo la radio e i volantini. Per i rivenditori, sconto del 15% sui primi ordini e "
                        "spedizione gratuita.")
            .empty());
  CHECK(claims_of("fr", "Nous misons sur la radio et l'affichage. Les nouveaux clients profitent d'une remise de "
                        "20 % sur leur première commande.")
            .empty());
  CHECK(claims_of("nl", "We gebruiken SEO en nieuwsbrieven. Nieuwe dealers krijgen een introductiekorting van 12% "
                        "op alle bestellingen.")
            .empty());
  // "Free" is what the buyer gets, not a judging word; a bounded figure beside an offer is its threshold.
  CHECK(claims_of("en", "We ran TV and radio ads all year. Free up to 1,000 subscribers.").empty());
  CHECK(claims_of("it", "Usiamo la radio e i volantini. Spedizione gratuita per tutti gli ordini oltre i 49 €.").empty());

  // What the discount did is a result; an offer word naming the kind of outcome sizes nothing.
  auto lifted = claims_of("en", "We ran TV and radio ads all year. The 20% discount lifted sales by 12% in March.");
  REQUIRE(lifted.size() == 1);
  CHECK(lifted[0].polarity == "positive");
  CHECK(lifted[0].quantities.size() == 2);
  auto voucher = claims_of("en", "We ran TV and radio ads all year. The spring leaflets took £38,000 in voucher "
                                 "sales, our best month ever.");
  REQUIRE(voucher.size() == 1);
  CHECK(voucher[0].kinds.front() == "performance");
}

TEST_CASE("a price inside an offer's name ('half price', 'metà prezzo') is no cost", "[engine][claims]") {
  CHECK(claims_of("en", "We ran TV and radio ads all year. On slow afternoons, any cake is half price with a hot "
                        "drink from 2 to 4pm.")
            .empty());
  CHECK(claims_of("it", "Usiamo la radio e i volantini. Nei pomeriggi lenti, dalle 15 alle 17, tutte le torte sono a "
                        "metà prezzo.")
            .empty());
}

TEST_CASE("Dutch outcome vocabulary: 'bracht ... op', 'keer bekeken', 'rendement' inside compounds", "[engine][claims]") {
  auto brought = claims_of("nl", "We maken een podcast en een nieuwsbrief. De podcast bracht in het eerste jaar 23 "
                                 "sollicitaties op.");
  REQUIRE(brought.size() == 1);
  CHECK(brought[0].kinds.front() == "performance");

  auto viewed = claims_of("nl", "We werken met influencers op Instagram. De video's werden samen ruim 96.000 keer bekeken.");
  CHECK(viewed.size() == 1);

  auto compound = claims_of("nl", "We adverteren op radio en tv. Wie alleen stuurt op kortetermijnrendement, ziet de omzet "
                                  "op lange termijn vaak dalen.");
  REQUIRE(compound.size() == 1);
  CHECK(compound[0].polarity == "negative");

  // Separable verbs leave their first half beside the figure: "haalde ... binnen".
  auto won = claims_of("nl", "We staan elk jaar op twee vakbeurzen. De beurs haalde 45 nieuwe klanten binnen.");
  REQUIRE(won.size() == 1);
  CHECK(won[0].kinds.front() == "performance");
  auto list = claims_of("nl", "We versturen elke week een nieuwsbrief. Na een jaar telde de lijst 4.200 inschrijvers.");
  CHECK(list.size() == 1);
  auto worked = claims_of("nl", "We versturen elke week een nieuwsbrief. De persoonlijke aanhef werkte prima bij onze lezers.");
  REQUIRE(worked.size() == 1);
  CHECK(worked[0].polarity == "positive");

  // A follower count describes an audience; new followers are an outcome.
  auto audience = claims_of("nl", "We werken met influencers op Instagram. We betaalden voor een post bij iemand met "
                                  "600.000 volgers.");
  CHECK(audience.empty());
}

TEST_CASE("a metric of loss reads its rise as bad news and its fall as good news", "[engine][claims]") {
  auto rise = claims_of("en",
                        "We send a weekly newsletter. Since we started mailing twice a week, our unsubscribe rate "
                        "has risen by 40%.");
  REQUIRE(rise.size() == 1);
  CHECK(rise[0].polarity == "negative");

  auto fall = claims_of("nl",
                        "We versturen elke week een nieuwsbrief. Sinds de nieuwe opzet is het aantal afmeldingen "
                        "met 30% gedaald.");
  REQUIRE(fall.size() == 1);
  CHECK(fall[0].polarity == "positive");

  // An outcome next to the same change word keeps its own reading.
  auto outcome = claims_of("en", "We send a weekly newsletter. Since the redesign the newsletter open rate has risen by 40%.");
  REQUIRE(outcome.size() == 1);
  CHECK(outcome[0].polarity == "positive");
}

TEST_CASE("a figure that sizes a metric of loss, judged by no word, is bad news", "[engine][claims]") {
  auto bounces = claims_of("en", "We send a weekly newsletter. With the rented list our bounce rate reached 9% within a month.");
  REQUIRE(bounces.size() == 1);
  CHECK(bounces[0].polarity == "negative");

  auto dutch = claims_of("nl", "We versturen elke week een nieuwsbrief. Bij de gehuurde lijst lag het aantal afmeldingen "
                               "gemiddeld op 4,2%.");
  REQUIRE(dutch.size() == 1);
  CHECK(dutch[0].polarity == "negative");

  // A figure beyond a comma sizes the next item of a list: an outcome reported beside a loss stays good news.
  auto listed = claims_of("en", "We send a weekly newsletter. Open rate 41%, unsubscribes 0.3% per send.");
  REQUIRE(listed.size() == 1);
  CHECK(listed[0].polarity == "positive");
  // A limiter judges the figure first: a small loss is good news.
  auto small = claims_of("en", "We send a weekly newsletter. Our unsubscribe rate is only 0.2% per send.");
  REQUIRE(small.size() == 1);
  CHECK(small[0].polarity == "positive");
}

TEST_CASE("buyers spending more is revenue; the advertiser's spending stays a cost", "[engine][claims]") {
  auto diners = claims_of("it", "Usiamo il passaparola e la newsletter. Chi arriva su consiglio di un conoscente spende "
                                "in media il 18% in più per coperto.");
  REQUIRE(diners.size() == 1);
  CHECK(diners[0].kinds.front() == "performance");
  CHECK(diners[0].polarity == "positive");

  auto members = claims_of("en", "We run a forum and a newsletter. Active community members spend 2.4x more per year "
                                 "than other customers.");
  REQUIRE(members.size() == 1);
  CHECK(members[0].kinds.front() == "performance");
  CHECK(members[0].polarity == "positive");

  // Spending less is the advertiser saving; costing more is a price rising.
  auto saving = claims_of("it", "Usiamo la radio e la newsletter. Quest'anno spendiamo il 20% in meno in radio.");
  REQUIRE(saving.size() == 1);
  CHECK(saving[0].kinds.front() == "cost");
  CHECK(saving[0].polarity == "positive");
  auto dearer = claims_of("en", "We run search ads and radio spots. Clicks now cost 30% more than last year.");
  REQUIRE(dearer.size() == 1);
  CHECK(dearer[0].kinds.front() == "cost");
  CHECK(dearer[0].polarity == "negative");
  // French "X % de plus" is "X% more"; a sentence-opening "De plus" (moreover) is no change.
  auto plus = claims_of("fr", "Nous achetons des liens sponsorisés. Les clics coûtent 30 % de plus qu'en 2022.");
  REQUIRE(plus.size() == 1);
  CHECK(plus[0].polarity == "negative");
  auto moreover = claims_of("fr", "Nous misons sur le SEO et l'emailing. De plus, le coût par lead a baissé de 20 %.");
  REQUIRE(moreover.size() == 1);
  CHECK(moreover[0].polarity == "positive");
}

TEST_CASE("a cost judged in words: a luxury, not sustainable, beyond what one can afford", "[engine][claims]") {
  auto luxury = claims_of("it", "Abbiamo prodotto un podcast e una newsletter. Per un negozio locale, 42.000 euro spesi "
                                "così sono stati un lusso.");
  REQUIRE(luxury.size() == 1);
  CHECK(luxury[0].polarity == "negative");
  auto unsustainable = claims_of("it", "Abbiamo prodotto un podcast e una newsletter. Il costo di produzione di circa 600 "
                                       "euro a episodio non era sostenibile.");
  REQUIRE(unsustainable.size() == 1);
  CHECK(unsustainable[0].polarity == "negative");
  auto afford = claims_of("nl", "We adverteren op radio en tv. Een landelijke tv-campagne kost € 250.000, dat kunnen we ons "
                                "niet veroorloven.");
  REQUIRE(afford.size() == 1);
  CHECK(afford[0].polarity == "negative");
}

TEST_CASE("a sentence opening with an imperative is advice, not a claim", "[engine][claims]") {
  auto advice = claims_of("nl",
                          "We gebruiken SEO en nieuwsbrieven. Vraag tevreden klanten actief om een review, met een "
                          "kaartje met QR-code bij de kassa.");
  CHECK(advice.empty());

  auto offer = claims_of("it",
                         "Usiamo newsletter e telemarketing. • Richiedi un preventivo entro il 31 marzo: la prima "
                         "campagna di 500 chiamate è scontata del 20%.");
  CHECK(offer.empty());
  CHECK(claims_of("en", "We ran TV and radio ads all year. Judge campaigns on incremental results from holdout "
                        "tests, not on platform-reported ROAS.")
            .empty());
  // Offers that tell the reader to save ("risparmia", "bespaar", "économisez").
  CHECK(claims_of("it", "Usiamo newsletter e telemarketing. Risparmia il 20% sul tuo primo ordine con il codice "
                        "PRIMAVERA.")
            .empty());

  // The same verb later in the sentence is no imperative.
  auto statement = claims_of("nl",
                             "We gebruiken SEO en nieuwsbrieven. Wie klanten om een review vraagt, krijgt 40% meer "
                             "aanvragen via Google.");
  CHECK(statement.size() == 1);
}

TEST_CASE("a modal of advice with no figure asserts no return; with a figure it states the one expected",
          "[engine][claims]") {
  CHECK(claims_of("en", "We ran TV and radio ads all year. The top row of the dashboard should show revenue "
                        "influenced and customer acquisition cost, not likes.")
            .empty());
  CHECK(claims_of("it", "Usiamo newsletter e telemarketing. Ogni report dovrebbe mostrare il fatturato generato e il "
                        "costo per cliente acquisito.")
            .empty());
  auto expected = claims_of("en", "We ran TV and radio ads all year. A well-run webinar series should bring in at "
                                  "least 40 qualified leads a quarter.");
  CHECK(expected.size() == 1);
}

TEST_CASE("cues inside a short quotation name a title or quote a phrase; a quoted statement still counts",
          "[engine][claims]") {
  CHECK(claims_of("it", "Usiamo newsletter e telemarketing. Nel nostro e-book gratuito «Il mix che funziona» trovi 12 "
                        "casi studio di aziende italiane.")
            .empty());
  CHECK(claims_of("it", "Usiamo newsletter e telemarketing. Ogni tanto un cliente mi chiede, con il tono del tifoso, "
                        "«quale funziona meglio».")
            .empty());
  auto testimonial = claims_of("en", "We ran TV and radio ads all year. “The radio campaign doubled our bookings.”");
  CHECK(testimonial.size() == 1);
  auto label = claims_of("en", "We ran TV and radio ads all year. In our CRM, around 40% of new opportunities now have "
                               "“unknown” as their source.");
  REQUIRE(label.size() == 1);
  CHECK(label[0].polarity == "negative");
}

TEST_CASE("a question closed by a quote is no claim", "[engine][claims]") {
  auto question = claims_of("nl", "We gebruiken SEO en nieuwsbrieven. ‘Welk kanaal levert het meeste rendement op?’");
  CHECK(question.empty());
}

TEST_CASE("a denied outcome is bad news; 'not only' denies nothing", "[engine][claims]") {
  auto denied = claims_of("fr", "Nous animons un forum et un blog. Pendant la première année, le forum n’a généré "
                                "quasiment aucune vente.");
  REQUIRE(denied.size() == 1);
  CHECK(denied[0].polarity == "negative");

  auto stressed = claims_of("en",
                            "We ran TV and radio ads all year. The dashboard shows which articles bring in paying "
                            "customers, not just page views.");
  REQUIRE(stressed.size() == 1);
  CHECK(stressed[0].polarity == "positive");
}

TEST_CASE("a denied loss is good news, also in a cost claim", "[engine][claims]") {
  auto cut = claims_of("fr", "Nous utilisons Google Ads et le SEO. Nous avons pu réduire le budget Google Ads de 60 % "
                             "sans perdre de ventes.");
  REQUIRE(cut.size() == 1);
  CHECK(cut[0].polarity == "positive");

  auto kept = claims_of("it", "Usiamo la TV e la SEO. Abbiamo ridotto il budget pubblicitario del 30% senza "
                              "perdere quote di mercato.");
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].polarity == "positive");
}

TEST_CASE("in a cost claim a change word right before an outcome is that outcome's change", "[engine][claims]") {
  auto french = claims_of("fr", "Nous misons sur l'inbound marketing et le SEO. Le SEO coûte moins cher et génère plus "
                                "de leads que la publicité.");
  REQUIRE(french.size() == 1);
  CHECK(french[0].kinds.front() == "cost");
  CHECK(french[0].polarity == "positive");  // cheaper and more leads, not a cheaper cost cancelled by a rising one

  auto english = claims_of("en", "We ran TV and radio ads all year. Search ads cost less and bring more leads than print.");
  REQUIRE(english.size() == 1);
  CHECK(english[0].polarity == "positive");

  // A rise with no outcome right after it stays the cost's.
  auto rose = claims_of("en", "We ran TV and radio ads all year. Our cost per lead rose by 20% this year.");
  REQUIRE(rose.size() == 1);
  CHECK(rose[0].polarity == "negative");
}

TEST_CASE("a metric's name judges nothing: 'qualified' in 'cost per qualified lead'", "[engine][claims]") {
  // Without evaluative words a claim is positive; "utile" and "buon" would
  // otherwise add to it, "qualificato" must not.
  auto price = claims_of("it", "Usiamo la TV e la SEO. Il costo per lead qualificato è sceso a 92 euro.");
  REQUIRE(price.size() == 1);
  CHECK(price[0].kinds.front() == "cost");
  CHECK(price[0].polarity == "positive");  // a falling cost; "qualificato" read as praise would not change this...

  auto rising = claims_of("it", "Usiamo la TV e la SEO. Il costo per lead qualificato è salito a 148 euro.");
  REQUIRE(rising.size() == 1);
  CHECK(rising[0].polarity == "negative");  // ...but would cancel this rise to neutral

  auto outcome = claims_of("en", "We ran TV and radio ads all year. The campaign brought in 38 appointments in March.");
  REQUIRE(outcome.size() == 1);
  CHECK(outcome[0].polarity == "positive");
}

TEST_CASE("a line ending in a colon is a lead-in, not a claim; a closing parenthesis may end a result",
          "[engine][claims]") {
  auto lead_in = claims_of("it", "Usiamo la TV e la SEO.\n\nRisultati dell'inbound dopo 12 mesi:\n\n- 140 contatti");
  CHECK(lead_in.empty());

  // The same words closed by a full stop are a statement.
  auto statement = claims_of("it", "Usiamo la TV e la SEO. Dopo 12 mesi l'inbound ci ha portato 140 contatti (il doppio).");
  CHECK(statement.size() == 1);

  auto bullet = claims_of("en", "We post on LinkedIn and run a blog.\n\n• 22,000 blog visits a month from our articles (nice)");
  CHECK(bullet.size() == 1);
}

TEST_CASE("a short line is a heading unless it holds a figure", "[engine][claims]") {
  auto result = claims_of("fr", "Nous étions présents au salon avec un stand. Coût : 21 000 €.");
  REQUIRE(result.size() == 1);
  CHECK(result[0].kinds.front() == "cost");
  auto fell = claims_of("en", "We cut our TV and radio ads. Month 1: total revenue fell 14%.");
  CHECK(fell.size() == 1);

  // The same few words with no figure name a topic.
  auto heading = claims_of("en", "We cut our TV and radio ads. Total revenue fell.");
  CHECK(heading.empty());
}

TEST_CASE("a price label tags an offer, it reports no cost", "[engine][claims]") {
  // roi.tsv's price rows are not_as_label: "Price:" opening a line is the offer's tag.
  CHECK(claims_of("en", "We run paid search and LinkedIn ads for B2B firms. Price: £3,950 flat fee + media.").empty());
  CHECK(claims_of("it", "Volantini e SMS per il vostro negozio. Prezzo: 689,00 € IVA esclusa (stampa + distribuzione).")
            .empty());
  CHECK(claims_of("nl", "Wij verzorgen uw huis-aan-huisfolders. Prijs: € 1.450 per oplage.").empty());
  CHECK(claims_of("fr", "Nous diffusons vos prospectus en boîte aux lettres. Tarif : 390 € HT par tournée.").empty());

  // The same word inside a sentence still says what the figure is.
  auto reported = claims_of("en", "We run paid search and LinkedIn ads. The price per lead fell to £38 after the test.");
  REQUIRE(reported.size() == 1);
  CHECK(reported[0].kinds.front() == "cost");
}

TEST_CASE("two figures joined by from/to state a change without a change word", "[engine][claims]") {
  auto cost = claims_of("fr",
                        "Nous misons sur l'inbound marketing et le SEO. Le coût par lead est passé de 0,38 € à "
                        "0,71 € en un an.");
  REQUIRE(cost.size() == 1);
  CHECK(cost[0].kinds.front() == "cost");
  CHECK(cost[0].polarity == "negative");  // a cost that rose

  auto fell = claims_of("en", "SEO is our main inbound channel. Organic leads went from 200 to 120 a month after the update.");
  REQUIRE(fell.size() == 1);
  CHECK(fell[0].polarity == "negative");

  auto rose = claims_of("nl", "We zetten in op SEO en inbound marketing. De conversieratio ging van 2% naar 3,5%.");
  REQUIRE(rose.size() == 1);
  CHECK(rose[0].polarity == "positive");

  // Elided markers: "dal 12% all'8%", "dall'8 al 12 euro".
  auto elided = claims_of("it", "Usiamo la TV e la radio. Il tasso di conversione è passato dal 12% all’8% in un anno.");
  REQUIRE(elided.size() == 1);
  CHECK(elided[0].polarity == "negative");

  // Without "from" the figures are a range, not a change: the cost claim is not read as a rise.
  auto range = claims_of("en", "SEO is our main inbound channel. Our leads cost 40 to 65 dollars each, less than our TV ads.");
  REQUIRE(range.size() == 1);
  CHECK(range[0].polarity == "positive");
}

TEST_CASE("from/to figures right after a change word running the other way size the change", "[engine][claims]") {
  // "de 30 à 50 %" after "baissé" is "by 30 to 50%": a falling cost, good news (not a rise cancelling the fall).
  auto fell = claims_of("fr", "Nous misons sur l'inbound marketing et le SEO. Le coût par clic a baissé de 30 à 50 %.");
  REQUIRE(fell.size() == 1);
  CHECK(fell[0].kinds.front() == "cost");
  CHECK(fell[0].polarity == "positive");

  auto sales = claims_of("it", "Usiamo la TV e la radio. Le vendite sono diminuite dal 30 al 50% in un anno.");
  REQUIRE(sales.size() == 1);
  CHECK(sales[0].polarity == "negative");

  // Figures running the change word's way are its start and end: still one fall.
  auto agrees = claims_of("it", "Usiamo la TV e la radio. Il tasso di conversione è sceso dal 12% all'8% in un anno.");
  REQUIRE(agrees.size() == 1);
  CHECK(agrees[0].polarity == "negative");
}

TEST_CASE("figures listed side by side for two subjects judge neither; a comparison or a change word does",
          "[engine][claims]") {
  auto listed = claims_of("it",
                          "Usiamo la TV e la radio. Il costo medio per lead è stato di 37 euro per la SEO e di 61 "
                          "euro per la radio.");
  REQUIRE(listed.size() == 1);
  CHECK(listed[0].polarity == "neutral");

  auto counted = claims_of("en", "We tested two channels. Google Shopping generated 41 sales and the influencers 19.");
  REQUIRE(counted.size() == 1);
  CHECK(counted[0].polarity == "neutral");

  // Both subjects before the figures: one statement about them together, a reported result.
  auto together = claims_of("en", "We tested two channels. Email and telemarketing together generated 640 meetings and 118 "
                                  "new contracts.");
  REQUIRE(together.size() == 1);
  CHECK(together[0].polarity == "positive");

  auto judged = claims_of("en", "We tested two channels. Google Shopping generated 41 sales and the influencers a "
                                "disappointing 19.");
  REQUIRE(judged.size() == 1);
  CHECK(judged[0].polarity == "negative");
}

TEST_CASE("a cost set against few outcomes is a poor return; against many it stays a cost", "[engine][claims]") {
  auto dinner = claims_of("en", "We sponsor trade shows and run events. The Las Vegas dinner cost $38,000 and produced "
                                "four meetings.");
  REQUIRE(dinner.size() == 1);
  CHECK(dinner[0].kinds.front() == "roi");
  CHECK(dinner[0].polarity == "negative");

  auto rider = claims_of("nl", "We doen aan sponsoring en events. Een samenwerking met een bekende wielrenner kostte "
                               "€ 12.500 en leverde 37 bestellingen op.");
  REQUIRE(rider.size() == 1);
  CHECK(rider[0].kinds.front() == "roi");
  CHECK(rider[0].polarity == "negative");

  auto many = claims_of("en", "We sponsor trade shows and run events. The webinar cost $2,000 and produced 140 sign-ups.");
  REQUIRE(many.size() == 1);
  CHECK(many[0].kinds.front() != "roi");
  CHECK(many[0].polarity == "positive");
}

TEST_CASE("a result set against its target: falling short is bad news, beating it good news", "[engine][claims]") {
  auto short_of = claims_of("it", "Abbiamo lanciato la palestra con cartelloni e volantini. 140 iscrizioni nel primo mese, "
                                  "contro le 300 che ci eravamo dati come obiettivo.");
  REQUIRE(short_of.size() == 1);
  CHECK(short_of[0].polarity == "negative");
  auto aimed = claims_of("en", "We ran a webinar series with LinkedIn ads. It brought 140 sign-ups, against the 300 we "
                               "aimed for.");
  REQUIRE(aimed.size() == 1);
  CHECK(aimed[0].polarity == "negative");
  auto beaten = claims_of("nl", "We stonden op de vakbeurs in Utrecht. De beurs leverde 420 leads op, tegen de 300 die we "
                                "hadden verwacht.");
  REQUIRE(beaten.size() == 1);
  CHECK(beaten[0].polarity == "positive");
  // A cost over its target is an overrun.
  auto overrun = claims_of("fr", "Nous avons tourné un spot pour la télévision. La production a coûté 48 000 €, pour un "
                                 "budget prévu de 30 000 €.");
  REQUIRE(overrun.size() == 1);
  CHECK(overrun[0].polarity == "negative");
}

TEST_CASE("a change word beside a percentage reports an outcome even with no metric named", "[engine][claims]") {
  auto changed =
      claims_of("en", "We run TV and radio ads every spring. Our Easter lunches went up 17% on the year before.");
  REQUIRE(changed.size() == 1);
  CHECK(changed[0].kinds.front() == "performance");
  CHECK(changed[0].polarity == "positive");

  auto dutch = claims_of("nl", "We adverteren op radio en tv. Het aantal gasten op de open dag steeg met 40 procent.");
  CHECK(dutch.size() == 1);

  // A bound between the change word and the figure only makes the change approximate.
  auto bounded = claims_of("en", "We run TV and radio ads every spring. Our Easter lunches fell by more than 70% on the "
                                 "year before.");
  REQUIRE(bounded.size() == 1);
  CHECK(bounded[0].polarity == "negative");
  auto ruim = claims_of("nl", "We adverteren op radio en tv. Het aantal gasten op de open dag daalde met ruim 70 procent.");
  CHECK(ruim.size() == 1);

  // A bounded figure is an offer's limit; a change word far from the figure reports nothing.
  auto offer = claims_of("en", "We run TV and radio ads every spring. The spring menu is up to 20% off this week.");
  CHECK(offer.empty());
  auto far = claims_of("en", "We run TV and radio ads every spring. The menu grew and now has a spring section with "
                             "dishes under 20% fat.");
  CHECK(far.empty());
}

TEST_CASE("a multiplier word in a set phrase names a thing, not a change", "[engine][claims]") {
  // "double opt-in" is a kind of form: no multiplier, no rise, so no backed claim.
  auto form = claims_of("en", "We run email campaigns every week. Every subscriber joins through a double opt-in form, so "
                              "your list is made of people who want to hear from you.");
  CHECK(form.empty());
  auto pages = claims_of("fr", "Nous utilisons la télévision et la radio. La marque déploie des doubles pages dans les "
                               "magazines de mode et des affiches dans les gares.");
  CHECK(pages.empty());

  // The verb still reports a change.
  auto doubled = claims_of("en", "We run email campaigns every week. Our enquiries from the newsletter doubled last year.");
  REQUIRE(doubled.size() == 1);
  REQUIRE(doubled[0].quantities.size() == 1);
  CHECK(doubled[0].quantities[0].type == "multiplier");
  CHECK(doubled[0].polarity == "positive");
}

TEST_CASE("a share written in words backs a claim like a figure, without being a quantity", "[engine][claims]") {
  auto dutch = claims_of("nl", "We adverteren op radio en tv. Sinds vorig jaar komt bijna de helft van onze nieuwe "
                               "klanten via een bestaande klant binnen.");
  REQUIRE(dutch.size() == 1);
  CHECK(dutch[0].quantities.empty());
  auto english = claims_of("en", "We publish a blog and a newsletter. Twelve months later, the blog brings in a third of "
                                 "the company's trials.");
  CHECK(english.size() == 1);

  // Without the share the same weak outcome words are not enough.
  auto plain = claims_of("nl", "We adverteren op radio en tv. Sinds vorig jaar komen onze nieuwe klanten via een "
                               "bestaande klant binnen.");
  CHECK(plain.empty());
}

TEST_CASE("a measurability cue that shares a stem with 'measurable' names the topic, it does not judge it",
          "[engine][claims]") {
  // "attribution" and "measurable" share a stem: the word alone must not outweigh "painful".
  auto topic = claims_of("en", "We ran TV and radio ads all year. Painful, but nowhere near the 40% our attribution reports promised.");
  REQUIRE(topic.size() == 1);
  CHECK(topic[0].polarity == "negative");

  // A plain measurability claim is still positive, and a complaint holding the cue still counts.
  auto plain = claims_of("en", "We ran TV and radio ads all year. With a voucher code every leaflet is measurable.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].polarity == "positive");
  auto hard = claims_of("it", "Usiamo la TV e la radio. Il ritorno di una fiera è così difficile da misurare.");
  REQUIRE(hard.size() == 1);
  CHECK(hard[0].polarity == "negative");
}

TEST_CASE("a cost claim quoting one price or a price range and judging nothing is neutral; compared costs stay positive",
          "[engine][claims]") {
  auto price = claims_of("en", "We ran TV and radio ads all year. The whole radio campaign costs us around $4,200 a month.");
  REQUIRE(price.size() == 1);
  CHECK(price[0].kinds.front() == "cost");
  CHECK(price[0].polarity == "neutral");

  // A price range quotes a price too, in any language's number format.
  auto range = claims_of("en", "We ran TV and radio ads all year. A regional radio spot costs between £300 and £800.");
  REQUIRE(range.size() == 1);
  CHECK(range[0].polarity == "neutral");
  auto bereik = claims_of("nl", "We draaiden tv- en radioreclame. Een regionale radiospot kost tussen € 3.500 en € 8.000.");
  REQUIRE(bereik.size() == 1);
  CHECK(bereik[0].polarity == "neutral");

  auto compared = claims_of("en", "We ran TV and radio ads all year. Leads from SEO cost $37, against $61 from radio.");
  REQUIRE(compared.size() == 1);
  CHECK(compared[0].comparative);
  CHECK(compared[0].polarity == "positive");

  auto judged = claims_of("en", "We ran TV and radio ads all year. The radio campaign costs only $400 a month.");
  REQUIRE(judged.size() == 1);
  CHECK(judged[0].polarity == "positive");
}
