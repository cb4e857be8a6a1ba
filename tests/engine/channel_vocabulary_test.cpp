// Channel vocabulary of the shipped en/fr/it/nl plugins where the four
// languages must read a name the same way, or where a word's stem would
// pass for another channel's: a bare WhatsApp is the platform, its
// campaigns are messaging pushes; a French "publication" (a post) is not a
// "publicité" (an ad), though Snowball gives both the stem "public".
//
//   CHECK(channels_of("it", "Seguici su WhatsApp.") == Ids{"social_media"});
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "analyze_text.hpp"

namespace {

using Ids = std::set<std::string>;

Ids channels_of(const std::string& lang, const std::string& text) {
  Ids ids;
  for (const auto& channel : vane::testing::analyze_text(lang, text).channels) ids.insert(channel.id);
  return ids;
}

}  // namespace

TEST_CASE("a bare WhatsApp is the platform in every language; its campaigns and WhatsApp beside SMS are sms",
          "[engine][channels]") {
  CHECK(channels_of("en", "Join our community on WhatsApp for weekly tips.") == Ids{"social_media"});
  CHECK(channels_of("it", "Entra nella nostra community su WhatsApp per i consigli della settimana.") ==
        Ids{"social_media"});
  CHECK(channels_of("fr", "Rejoignez notre communauté sur WhatsApp pour nos conseils.") == Ids{"social_media"});
  CHECK(channels_of("nl", "Word lid van onze community op WhatsApp voor wekelijkse tips.") == Ids{"social_media"});

  CHECK(channels_of("en", "Send SMS and WhatsApp campaigns to every customer.") == Ids{"sms"});
  CHECK(channels_of("it", "Invia campagne SMS e WhatsApp a tutti i clienti.") == Ids{"sms"});
  CHECK(channels_of("fr", "Envoyez des campagnes SMS et WhatsApp à tous vos clients.") == Ids{"sms"});
  CHECK(channels_of("nl", "Verstuur SMS- en WhatsApp-campagnes naar al je klanten.") == Ids{"sms"});
}

TEST_CASE("a French post (publication) is organic social media, an ad (publicité) paid social", "[engine][channels]") {
  CHECK(channels_of("fr", "Nos publications Instagram attirent chaque jour de nouveaux clients.") == Ids{"social_media"});
  CHECK(channels_of("fr", "Elle a coupé ses publicités Facebook l'an dernier.") == Ids{"paid_social"});
  CHECK(channels_of("fr", "Nos publicités sur les réseaux sociaux coûtent cher.") == Ids{"paid_social"});
}

TEST_CASE("creators named with their platform are influencers, not the platform's organic channel",
          "[engine][channels]") {
  CHECK(channels_of("en", "We drove traffic with TikTok creators.") == Ids{"influencer"});
  CHECK(channels_of("it", "Abbiamo lavorato con i creator su TikTok.") == Ids{"influencer"});
  CHECK(channels_of("fr", "Nous avons travaillé avec des créateurs TikTok.") == Ids{"influencer"});
  CHECK(channels_of("nl", "We werkten met TikTok-creators.") == Ids{"influencer"});
}

TEST_CASE("ads in mobile apps and geofencing are display ads", "[engine][channels]") {
  CHECK(channels_of("it", "Poi una campagna in geofencing ha raggiunto chi passava davanti al negozio.") ==
        Ids{"display_ads"});
  CHECK(channels_of("nl", "Met mobiele advertenties bereikten we mensen in de buurt.") == Ids{"display_ads"});
  CHECK(channels_of("fr", "La publicité mobile représente un tiers du budget.") == Ids{"display_ads"});
}

TEST_CASE("points and stamps that members collect are a loyalty scheme; inviting a friend is a referral",
          "[engine][channels]") {
  CHECK(channels_of("it", "Con ogni ordine accumuli punti sulla tua tessera.") == Ids{"loyalty_crm"});
  CHECK(channels_of("nl", "Spaar een stempel bij elke koffie.") == Ids{"loyalty_crm"});
  CHECK(channels_of("en", "Double points on every Thursday in June.") == Ids{"loyalty_crm"});
  CHECK(channels_of("nl", "Nodig een vriend uit en krijg allebei korting.") == Ids{"word_of_mouth"});
  CHECK(channels_of("en", "Invite a friend and you both get £5 off.") == Ids{"word_of_mouth"});
}

TEST_CASE("a marketplace's sponsored listings are search ads; a press contact is public relations",
          "[engine][channels]") {
  CHECK(channels_of("nl", "Vanaf dag één draaiden we Sponsored Products-campagnes op bol.") == Ids{"paid_search"});
  CHECK(channels_of("it", "Abbiamo puntato sulle campagne Sponsored Products.") == Ids{"paid_search"});
  CHECK(channels_of("fr", "Contact presse : Julie Martin, presse@exemple.fr") == Ids{"public_relations"});
}

TEST_CASE("a shirt sponsor is an event sponsorship, its pitchside boards outdoor, a product placement TV",
          "[engine][channels]") {
  CHECK(channels_of("en", "We are the new shirt sponsor of Ashford Town FC.") == Ids{"events"});
  CHECK(channels_of("en", "Our logo runs on the pitchside LED boards at every home game.") == Ids{"out_of_home"});
  CHECK(channels_of("en", "Product placement in a drama series put our kettle in every kitchen.") == Ids{"tv"});
}
