// Document labels on short texts, analysed with the shipped plugins: the
// rules of core/engine/axis_scorer.cpp that are not a lexicon entry.
//
//   const auto record = analyze("en", "Why we chose a pull strategy\n\n...");
//   CHECK(record.push_pull.label == "pull");
#include <algorithm>

#include <catch2/catch.hpp>

#include "../build_tree_registry.hpp"
#include "engine/document_analyzer.hpp"
#include "engine/scratch.hpp"

namespace {

vane::engine::Record analyze(const std::string& lang, const std::string& text) {
  static const vane::engine::DocumentAnalyzer analyzer(vane::testing::build_tree_registry(), {});
  vane::engine::Scratch scratch;
  vane::io::RawDoc doc;
  doc.id = "axis-test";
  doc.lang_hint = lang;
  doc.text = std::make_shared<const std::string>(text);
  auto record = analyzer.analyze(doc, scratch);
  REQUIRE(record.status == vane::engine::RecordStatus::ok);
  return record;
}

// The weight of the evidence whose text is `word` (0 when there is none).
double weight_of(const std::string& text, const vane::engine::AxisResult& axis, std::string_view word) {
  for (const auto& e : axis.evidence) {
    if (std::string_view(text).substr(e.span.begin, e.span.end - e.span.begin) == word) return e.weight;
  }
  return 0.0;
}

}  // namespace

TEST_CASE("a strategy named in the title outweighs the same statement in the body", "[engine][axes]") {
  const std::string body =
      "For years we ran a push strategy. It worked for a while. Then the big retailers changed their terms. "
      "Here is the story.";
  CHECK(analyze("en", "Why we chose a pull strategy\n\n" + body).push_pull.label == "pull");
  // The same statement in the body weighs as much as the other side's.
  CHECK(analyze("en", "What changed for us\n\n" + body + " Why we chose a pull strategy.").push_pull.label ==
        "mixed");

  CHECK(analyze("it",
                "La nostra strategia pull, passo dopo passo\n\nPer anni abbiamo seguito una strategia push. Ha "
                "funzionato per un po’. Poi i distributori hanno cambiato le condizioni. Ecco la storia.")
            .push_pull.label == "pull");
}

TEST_CASE("a one-line text has no title to weigh more", "[engine][axes]") {
  CHECK(analyze("en", "Why we chose a pull strategy. For years we ran a push strategy.").push_pull.label == "mixed");
}

TEST_CASE("a strategy dismissed right after its name counts against it", "[engine][axes]") {
  const auto en = analyze("en",
                          "Why outbound marketing is dead. We stopped cold calling and buying lists. Now our blog "
                          "and SEO bring the leads.");
  CHECK(en.inbound_outbound.label == "inbound");
  REQUIRE_FALSE(en.inbound_outbound.evidence.empty());
  CHECK(en.inbound_outbound.evidence.front().weight < 0);  // "outbound marketing"

  CHECK(analyze("it", "Perché l’outbound non basta più. Oggi i clienti ci trovano con il blog e la SEO.")
            .inbound_outbound.label == "inbound");
  // A negated dismissal defends the strategy.
  CHECK(analyze("it", "La logica push non è morta. Vendiamo attraverso i distributori e la forza vendita.")
            .push_pull.label == "push");
}

TEST_CASE("a title turning away from a tactic weighs double against it", "[engine][axes]") {
  // The body tells the story of the old way; the title says which way the
  // text goes.
  const auto fr = analyze("fr",
                          "Pourquoi nous avons arrêté la prospection téléphonique\n\nPendant trois ans, notre équipe "
                          "commerciale passait 80 appels à froid par jour. L’an dernier, nous avons investi dans le "
                          "contenu : une newsletter et un podcast. Les prospects nous trouvent désormais via les "
                          "moteurs de recherche.");
  CHECK(fr.push_pull.label == "pull");
  double title_weight = 0.0;
  for (const auto& e : fr.push_pull.evidence) {
    if (e.cue == "sales_force" && e.span.begin < 60) title_weight = e.weight;  // "prospection" in the title
  }
  CHECK(title_weight < -1.2);  // 1.2 x against x title
  const auto nl = analyze("nl",
                          "Waarom we gestopt zijn met koude acquisitie\n\nDrie jaar lang belde ons salesteam elke dag "
                          "koude leads. De conversie was laag. Nu vinden klanten ons via zoekmachines en onze podcast. "
                          "Ze komen zelf naar ons toe.");
  CHECK(nl.push_pull.label == "pull");
  CHECK(nl.inbound_outbound.label == "inbound");
}

TEST_CASE("an ad's channel is its push/pull orientation; a long text's is not", "[engine][axes]") {
  CHECK(analyze("en", "Free live webinar on pricing your freelance work. Thursday, 1pm.").push_pull.label == "pull");
  CHECK(analyze("fr", "Grand salon de l’habitat à Lyon, ce week-end.").push_pull.label == "push");
  // The same single mention in a longer text about something else.
  CHECK(analyze("en",
                "Our village hall reopens next month after a long renovation. The roof was replaced, the kitchen "
                "was rebuilt and the old stage finally has proper lights. Volunteers painted every wall over "
                "three weekends, and the parish council paid for new chairs. A free live webinar on Thursday "
                "will show the plans for the garden.")
            .push_pull.label == "none");
}

TEST_CASE("a long text naming a marketing word or two in passing has no label", "[engine][axes]") {
  // About 110 words of a walking guide; "outdoor" and "summit" are channel words.
  std::string walk =
      "Keswick is a good base for a short break. It has friendly pubs, an outdoor shop on every corner and "
      "walking routes that start in the town centre. On the first day, take the boat across the lake and climb "
      "the ridge to the summit. Allow three hours for the round trip, with a stop for the view over the valley. "
      "On the second day, walk up to the stone circle and continue along the crag for views down the whole "
      "lake. The loop is about eleven kilometres. In the evening the old coaching inn serves a hearty sausage "
      "supper, and the cafés along the lake road do excellent scones. Trains run to the nearest town and a bus "
      "covers the rest of the way in under an hour.";
  const auto off_topic = analyze("en", walk);
  CHECK(off_topic.inbound_outbound.label == "none");
  CHECK(off_topic.push_pull.label == "none");
  // The same length with three distinct outbound tactics is about them.
  const auto marketing = analyze("en", walk + " The inn advertises on local radio, in the parish magazine and with "
                                              "leaflets through every letterbox.");
  CHECK(marketing.inbound_outbound.label == "outbound");
  // A short text needs no more than one: an ad is its channel.
  CHECK(analyze("en", "See our summit stand at the trade fair!").inbound_outbound.label == "outbound");
}

TEST_CASE("a tool page, job ad or news report naming tactics takes no push/pull stance", "[engine][axes]") {
  // The same tactics (blog, SEO, guides, newsletter) and an inbound word or
  // two: as advice they lean pull; on a page of pricing plans and a free
  // trial they are the product's features, and the text takes no stance.
  const std::string tactics =
      "Plan your blog posts, track your SEO rankings and organic traffic, and turn articles into downloadable "
      "guides for your newsletter. ";
  const auto advice = analyze("en", "Grow with content\n\n" + tactics + "Content marketing keeps working for years.");
  CHECK(advice.push_pull.label == "pull");
  const auto tool = analyze("en", "Inkwell: content analytics\n\n" + tactics +
                                      "Integrations with WordPress and HubSpot. Pricing: $49 per month, billed "
                                      "annually. Start your free trial, no credit card needed.");
  CHECK(tool.push_pull.label == "none");
  CHECK(tool.inbound_outbound.label == "inbound");  // the tactics are still the text's subject
  // A vendor that says its customers are found by people searching takes a stance.
  const auto found = analyze("en", "Inkwell: content analytics\n\n" + tactics +
                                       "Be found by customers who are already searching for what you sell. "
                                       "Pricing: $49 per month. Start your free trial, no credit card needed.");
  CHECK(found.push_pull.label == "pull");
  // A demo request is the tool page's own button, not a push for a sale.
  CHECK(analyze("it",
                "FidelityPlus: la tessera fedeltà digitale\n\nGestisci punti e premi per ogni punto vendita da "
                "un unico cruscotto. Piani e prezzi: 29 € al mese. Richiedi una demo.")
            .push_pull.label == "none");

  CHECK(analyze("it",
                "Nasce Rotta Digitale\n\nMilano, 3 marzo 2025 – Due agenzie di SEO e content marketing hanno "
                "annunciato la fusione. Il gruppo offrirà SEO, blog aziendali e newsletter. «Era il passo "
                "naturale», ha dichiarato l’amministratrice delegata. Comunicato stampa.")
            .push_pull.label == "none");
}

TEST_CASE("a paid spot placed in an inbound medium is outbound, not that medium", "[engine][axes]") {
  // "podcast" inside "host-read podcast ads" is where the ad runs.
  const auto spots = analyze("en", "Book host-read podcast ads on our network. Radio spots and billboards too.");
  const auto& evidence = spots.inbound_outbound.evidence;
  CHECK(std::none_of(evidence.begin(), evidence.end(), [](const auto& e) { return e.cue == "channel:podcast"; }));
  CHECK(spots.inbound_outbound.label == "outbound");
  // The channel is still reported.
  CHECK(std::any_of(spots.channels.begin(), spots.channels.end(), [](const auto& c) { return c.id == "podcast"; }));
  // A podcast of one's own is inbound.
  CHECK(analyze("en", "Our weekly podcast and our blog bring us new clients.").inbound_outbound.label == "inbound");
}

TEST_CASE("an ad under a 'Sponsored' label is a paid placement, outbound", "[engine][axes]") {
  // corpus-format.md: ad copy's inbound/outbound follows the tactic it is;
  // a platform's paid label says what that is, in every language's data.
  CHECK(analyze("en", "Sponsored · Google Search\nEmergency plumber in Leeds, 30-minute response. Call now: 0113 496 "
                      "0000")
            .inbound_outbound.label == "outbound");
  CHECK(analyze("nl", "Gesponsord · Loodgieter in Utrecht, binnen 30 minuten ter plaatse. Bel nu: 030 123 4567")
            .inbound_outbound.label == "outbound");
  // 'Google' in 'Google Play' is a store, not someone searching.
  CHECK(analyze("en", "Version 4.2 of our app is live: update from the App Store or Google Play.")
            .inbound_outbound.label == "none");
}

TEST_CASE("a contrast marker governs its phrase up to the next comma", "[engine][axes]") {
  // "SEO" after the comma is what the text recommends, not what it contrasts.
  const auto record = analyze("en", "Unlike TV, SEO brings us new leads every single week.");
  CHECK(record.inbound_outbound.label == "inbound");
  bool seo_for_inbound = false;
  for (const auto& e : record.inbound_outbound.evidence) {
    if (e.cue == "channel:seo") seo_for_inbound = e.weight > 0;
  }
  CHECK(seo_for_inbound);
  // Without the comma the same word is the one contrasted.
  bool seo_against = false;
  for (const auto& e : analyze("en", "Unlike SEO the TV spot brought us new leads every week.").inbound_outbound.evidence) {
    if (e.cue == "channel:seo") seo_against = e.weight < 0;
  }
  CHECK(seo_against);
}

TEST_CASE("a contrast marker does not reach into a bracketed aside", "[engine][axes]") {
  const auto record = analyze("fr", "Pourquoi nous avons arrêté les salons (et ce que le blog nous a appris).");
  bool blog_for_inbound = false;
  for (const auto& e : record.inbound_outbound.evidence) {
    if (e.cue == "channel:blog") blog_for_inbound = e.weight > 0;
  }
  CHECK(blog_for_inbound);
}

TEST_CASE("a contrast stops where the next clause begins", "[engine][axes]") {
  // negation.tsv's clause_break rows open the clause that says what the
  // text does instead.
  const std::string en = "We stopped cold calling and started a blog.";
  const auto en_record = analyze("en", en);
  CHECK(weight_of(en, en_record.inbound_outbound, "cold calling") < 0);
  CHECK(weight_of(en, en_record.inbound_outbound, "blog") > 0);
  const std::string it = "Invece di comprare banner pubblicitari scriviamo guide che rispondono alle domande.";
  CHECK(weight_of(it, analyze("it", it).inbound_outbound, "rispondono alle domande") > 0);
  const std::string nl = "In plaats van radioreclame kozen we voor een podcast.";
  const auto nl_record = analyze("nl", nl);
  CHECK(weight_of(nl, nl_record.inbound_outbound, "radioreclame") < 0);
  CHECK(weight_of(nl, nl_record.inbound_outbound, "podcast") > 0);
  const std::string fr = "Nous avons arrêté la radio au profit du podcast.";
  CHECK(weight_of(fr, analyze("fr", fr).inbound_outbound, "podcast") > 0);
  // "and" alone joins what is left behind: both are contrasted.
  const std::string both = "We stopped cold calling and trade fairs.";
  CHECK(weight_of(both, analyze("en", both).inbound_outbound, "trade fairs") < 0);
}

TEST_CASE("a contrast from one thing stops at the thing it goes to", "[engine][axes]") {
  const std::string en = "Our shift from outbound to inbound took a year.";
  const auto record = analyze("en", en);
  CHECK(weight_of(en, record.inbound_outbound, "outbound") < 0);
  CHECK(weight_of(en, record.inbound_outbound, "inbound") > 0);
  const std::string nl = "De overstap van koude acquisitie naar content duurde een jaar.";
  const auto nl_record = analyze("nl", nl);
  CHECK(weight_of(nl, nl_record.inbound_outbound, "koude acquisitie") < 0);
  CHECK(weight_of(nl, nl_record.inbound_outbound, "content") > 0);
}

TEST_CASE("a story of the old way counts less once the text turns to the present", "[engine][axes]") {
  // negation.tsv's past rows open the story, its now rows the turn.
  const std::string story = "For years we bought airtime on local radio. Today we write a blog with practical guides.";
  const std::string still = "For years we bought airtime on local radio. We also write a blog with practical guides.";
  const auto story_record = analyze("en", story);
  const double radio_in_story = weight_of(story, story_record.inbound_outbound, "radio");
  CHECK(radio_in_story > 0);
  CHECK(radio_in_story < weight_of(still, analyze("en", still).inbound_outbound, "radio"));
  CHECK(weight_of(story, story_record.inbound_outbound, "blog") == weight_of(still, analyze("en", still).inbound_outbound, "blog"));
  CHECK(story_record.inbound_outbound.label == "inbound");
  const std::string it = "Per anni abbiamo comprato spazi sui giornali e sulle radio locali. Oggi investiamo in un blog.";
  CHECK(weight_of(it, analyze("it", it).inbound_outbound, "radio locali") < weight_of(it, analyze("it", it).inbound_outbound, "blog"));
  const std::string nl = "Jarenlang kochten we zendtijd op de lokale radio. Nu schrijven we een blog.";
  CHECK(weight_of(nl, analyze("nl", nl).inbound_outbound, "radio") < weight_of(nl, analyze("nl", nl).inbound_outbound, "blog"));
  // "Today" in the middle of a sentence is no turn.
  const std::string fr = "Pendant des années, nous avons acheté des spots à la radio et nous en achetons aujourd'hui encore.";
  CHECK(weight_of(fr, analyze("fr", fr).inbound_outbound, "radio") == 1.0);
}

TEST_CASE("a negator reaches past a comma only while the text goes on listing", "[engine][axes]") {
  // After the break the text turns to what it does instead.
  const std::string en = "No ads, SEO only.";
  const auto en_record = analyze("en", en);
  CHECK(weight_of(en, en_record.inbound_outbound, "ads") < 0);
  CHECK(weight_of(en, en_record.inbound_outbound, "SEO") > 0);
  const std::string it = "Niente pubblicità, solo contenuti.";
  CHECK(weight_of(it, analyze("it", it).inbound_outbound, "contenuti") > 0);
  const std::string nl = "Geen advertenties: alleen content.";
  CHECK(weight_of(nl, analyze("nl", nl).inbound_outbound, "content") > 0);
  // A list of the same side goes on denying.
  const std::string list = "We use no TV, radio or print.";
  const auto list_record = analyze("en", list);
  CHECK(weight_of(list, list_record.inbound_outbound, "TV") < 0);
  CHECK(weight_of(list, list_record.inbound_outbound, "radio") < 0);
}

TEST_CASE("calls to act in an invitation to free content count less", "[engine][axes]") {
  // push_pull.tsv's free_offer rows in the title make the text an invitation.
  const std::string body =
      ": LinkedIn posts that attract clients\n\nThursday 14 November, 11am. In 45 minutes we show you how to write "
      "posts your buyers read. Seats are limited, register now!";
  const std::string free_text = "Free webinar" + body;
  const std::string paid_text = "Webinar" + body;
  const auto free_record = analyze("en", free_text);
  const double free_call = weight_of(free_text, free_record.push_pull, "register now");
  CHECK(free_call > 0);
  CHECK(free_call < weight_of(paid_text, analyze("en", paid_text).push_pull, "register now"));
  CHECK(free_record.push_pull.label == "pull");
  const std::string it =
      "Webinar gratuito: come generare lead B2B con LinkedIn\n\nGiovedì 14 novembre alle 11:00. In 45 minuti ti "
      "mostriamo come pubblicare contenuti che attirano clienti. Posti limitati, registrati ora!";
  CHECK(analyze("it", it).push_pull.label == "pull");
  // A free e-book named in the body is one tactic among others.
  const std::string body_offer =
      "Last chance: our spring sale\n\nEverything is 30% off. Get our free e-book with your order. Only until Sunday, "
      "buy now!";
  const std::string no_offer =
      "Last chance: our spring sale\n\nEverything is 30% off. Get our e-book with your order. Only until Sunday, buy "
      "now!";
  CHECK(weight_of(body_offer, analyze("en", body_offer).push_pull, "buy now") ==
        weight_of(no_offer, analyze("en", no_offer).push_pull, "buy now"));
}

TEST_CASE("a negated verb of spending denies what it is spent on", "[engine][axes]") {
  // negation.tsv's negated_verb rows carry the negator past the amount.
  const std::string en = "In three years we haven't spent a single cent on paid media.";
  CHECK(weight_of(en, analyze("en", en).inbound_outbound, "paid media") < 0);
  const std::string it = "In tre anni non abbiamo mai investito un solo euro in pubblicità a pagamento.";
  CHECK(weight_of(it, analyze("it", it).inbound_outbound, "pubblicità a pagamento") < 0);
  const std::string fr = "Nous n'avons jamais dépensé un euro en publicité payante.";
  CHECK(weight_of(fr, analyze("fr", fr).inbound_outbound, "publicité payante") < 0);
  // Not past a comma, and not a verb nobody negates.
  const std::string after_break = "We never spent much, and paid media brought us every client.";
  CHECK(weight_of(after_break, analyze("en", after_break).inbound_outbound, "paid media") > 0);
  const std::string plain = "This year we spent a large part of the budget on paid media.";
  CHECK(weight_of(plain, analyze("en", plain).inbound_outbound, "paid media") > 0);
}

TEST_CASE("a news dateline is a sign of no push/pull stance", "[engine][axes]") {
  // corpus-format.md: news about a medium takes no push/pull stance.
  const std::string body =
      "The agency group Northwind said on Tuesday it had bought Brightpath, a specialist in search engine "
      "optimisation. Brightpath helps online shops rank on Google and writes blog content for them. The deal is "
      "expected to close in March.";
  CHECK(analyze("en", body).push_pull.label == "pull");
  CHECK(analyze("en", "LONDON, 6 February 2025 — " + body).push_pull.label == "none");
  // Under a title, with a news agency instead of a date.
  CHECK(analyze("en", "Northwind buys Brightpath\n\nLONDON (Reuters) - " + body).push_pull.label == "none");
  CHECK(analyze("en", "Northwind buys Brightpath\n\nLondon, 6 February — " + body).push_pull.label == "none");
  // Inbound/outbound still follows the medium.
  CHECK(analyze("en", "LONDON, 6 February 2025 — " + body).inbound_outbound.label == "inbound");
  // A place needs its date: a colon is a label, an offer is no date.
  CHECK(analyze("en", "Northwind buys Brightpath\n\nLondon: 6 February — " + body).push_pull.label == "pull");
  CHECK(analyze("en", "Summer Sale, 30% off everything — shop now.").push_pull.label == "push");
  const std::string nl =
      "Het bureau Noordwind heeft het SEO- en socialmediabureau Lichtpunt overgenomen voor een onbekend bedrag, "
      "maakte het dinsdag bekend. Lichtpunt, opgericht in 2014, verzorgt SEO en campagnes op sociale media voor "
      "retailklanten. De overname wordt naar verwachting in maart afgerond.";
  CHECK(analyze("nl", nl).push_pull.label == "pull");
  CHECK(analyze("nl", "Den Haag, 6 februari 2025 – " + nl).push_pull.label == "none");
}

TEST_CASE("a content newsletter is pull in every language", "[engine][axes]") {
  // Findability with its object in between ("faire trouver votre blog") and
  // readers who signed up ("merci de votre inscription", "followers"); a
  // blog named in a text of more than 30 words is no stance of its own.
  CHECK(analyze("fr",
                "Cette semaine : trois façons de faire trouver votre blog sur Google, et pourquoi une liste "
                "d'abonnés vaut mieux que des followers achetés. Le prochain numéro arrive le premier lundi du "
                "mois, avec vos questions. Merci de votre inscription.")
            .push_pull.label == "pull");
  CHECK(analyze("it",
                "Questa settimana: tre modi per far trovare il tuo blog su Google. Il prossimo numero arriva come "
                "sempre il primo lunedì del mese, con le domande che ci avete mandato. Grazie per esserti iscritto.")
            .push_pull.label == "pull");
  CHECK(analyze("en",
                "This week: three ways to get your blog found on Google, and a look at the tools we use. The next "
                "issue lands as usual on the first Monday of the month, with the questions you sent us.")
            .push_pull.label == "pull");
}

TEST_CASE("a verdict of failure right after a strategy counts against it", "[engine][axes]") {
  const auto en = analyze("en", "Content marketing didn't work for us. We built a list and picked up the phone.");
  REQUIRE_FALSE(en.inbound_outbound.evidence.empty());
  CHECK(en.inbound_outbound.evidence.front().weight < 0);  // "Content marketing"
  const auto it = analyze("it", "Il content marketing non ha funzionato. Abbiamo chiamato i clienti uno per uno.");
  REQUIRE_FALSE(it.inbound_outbound.evidence.empty());
  CHECK(it.inbound_outbound.evidence.front().weight < 0);
}

TEST_CASE("a strategy word inside a channel's name is not a strategy statement", "[engine][axes]") {
  const auto has_explicit = [](const vane::engine::AxisResult& axis) {
    return std::any_of(axis.evidence.begin(), axis.evidence.end(),
                       [](const vane::engine::Evidence& e) { return e.cue == "explicit"; });
  };
  CHECK_FALSE(has_explicit(analyze("it", "Il Comune ha attivato le notifiche push per l’allerta meteo.").push_pull));
  CHECK_FALSE(has_explicit(analyze("en", "Turn on push notifications to get the flood warnings.").push_pull));
  // The word on its own still states the strategy.
  CHECK(has_explicit(analyze("it", "Per anni abbiamo scelto una logica push con i distributori.").push_pull));
}

TEST_CASE("a word listed on its own is not also a longer term written closed up", "[engine][axes]") {
  // push_pull.tsv lists "offerteaanvragen" (quote requests received: pull)
  // and the call to action "offerte aanvragen" (push).
  const auto received = analyze("nl", "Vorige maand kregen we 40 offerteaanvragen via onze blogs en de SEO.");
  std::vector<std::string> cues;
  for (const auto& e : received.push_pull.evidence) cues.push_back(e.cue);
  CHECK(std::count(cues.begin(), cues.end(), "search_discovery") == 1);
  CHECK(std::count(cues.begin(), cues.end(), "call_to_action") == 0);
  const auto button = analyze("nl", "Offerte aanvragen? Bel ons vandaag nog.");
  CHECK(button.push_pull.label == "push");
}

TEST_CASE("one strong word of the other side does not make a text mixed", "[engine][axes]") {
  // Six outbound channels named once each against one "recommendations":
  // the scores nearly balance, the tactics named do not.
  const auto one_sided = analyze(
      "en",
      "This spring the garden centre ran its biggest season yet. We booked TV spots on the regional channel, ads "
      "on local radio, two billboards on the ring road, a half page in the local paper and flyers through every "
      "letterbox in town. Recommendations from neighbours did the rest.");
  CHECK(one_sided.push_pull.label == "push");
  // Naming as many tactics of each side is a mix.
  const auto both = analyze(
      "en",
      "This spring the garden centre ran its biggest season yet. We booked TV spots on the regional channel, ads "
      "on local radio and two billboards on the ring road, and our sales team called every landscaper in the "
      "county. We also started a blog, worked on our SEO, ran gardening webinars and asked happy customers for "
      "recommendations.");
  CHECK(both.push_pull.label == "mixed");
}

TEST_CASE("textbook pull through mass advertising is outbound; a word's other meaning is no stance", "[engine][axes]") {
  // SPEC: pull created by mass advertising is outbound yet pull. "Pull
  // strategy" says nothing about inbound, and one sentence reporting what
  // others mean by the word does not outweigh a page of posters and radio.
  const auto cider = analyze(
      "en",
      "How posters and radio launched our cider\n\nOur bet was a pull strategy: we wanted drinkers to ask for the "
      "cider by name. So we ran a radio ad on regional stations for eight weeks, put 900 posters on bus sides and "
      "billboards, and bought a full-page ad in the city magazine every month. Our sales reps only followed up. I "
      "know some people use the word for inbound marketing. For us it meant something older.");
  CHECK(cider.push_pull.label == "pull");
  CHECK(cider.inbound_outbound.label == "outbound");
}

TEST_CASE("a text naming many tactics of each side is inbound/outbound mixed", "[engine][axes]") {
  // Outbound leads on score (each channel named again and again), but four
  // inbound tactics against four outbound ones is a survey of both.
  const auto survey = analyze(
      "en",
      "Where the budget went in 2025\n\nOur survey of 200 retailers asked where their money went. TV took the "
      "largest share: TV in prime time, TV on regional channels, TV around live sport. Radio came next, radio at "
      "breakfast and radio on the drive home. Billboards, billboards near stores and more billboards followed, "
      "then print and more print. Smaller amounts went to SEO, a company blog, podcasts and webinars.");
  CHECK(survey.inbound_outbound.score_b > 1.6 * survey.inbound_outbound.score_a);  // outbound leads
  CHECK(survey.inbound_outbound.label == "mixed");
}
