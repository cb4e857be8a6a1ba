// How overlapping and neighbouring channel matches are read, on short
// documents analysed with the shipped plugins.
//
//   CHECK(channel_ids("nl", "Een video-advertentie in een feed.") == Ids{"video_ads"});
#include <catch2/catch.hpp>

#include "analyze_text.hpp"

namespace {

using Ids = std::vector<std::string>;

Ids channel_ids(const std::string& lang, const std::string& text) {
  Ids ids;
  for (const auto& channel : vane::testing::analyze_text(lang, text).channels) ids.push_back(channel.id);
  return ids;
}

}  // namespace

TEST_CASE("a compound's first part does not stand beside the whole word's entry", "[engine][cues]") {
  // "video" is a head entry of video_content; the whole word is a video ad.
  CHECK(channel_ids("nl", "Een korte video-advertentie in een feed trekt de aandacht.") == Ids{"video_ads"});
  // With no whole-word entry the part still counts.
  CHECK(channel_ids("nl", "Onze uitlegvideo's worden goed bekeken.") == Ids{"video_content"});
}

TEST_CASE("a video platform in a sentence about video ads is the ads' placement", "[engine][cues]") {
  CHECK(channel_ids("en", "Our pre-roll ran before YouTube videos all month.") == Ids{"video_ads"});
  CHECK(channel_ids("en", "Our pre-roll ran all month. We also publish tutorials on our YouTube channel.") ==
        Ids{"video_ads", "content", "video_content"});
  CHECK(channel_ids("nl", "We publiceren elke week een video op YouTube.") == Ids{"video_content"});
  // A video in a sentence about social ads is the ads' creative.
  CHECK(channel_ids("en", "Targeted LinkedIn ads showed each decision-maker a short video.") == Ids{"paid_social"});
}

TEST_CASE("a heading's genre label is no channel mention", "[engine][cues]") {
  // "case study" is a not_as_label row: opening a heading before a colon it names the text's genre.
  CHECK(channel_ids("en", "Case study: how a bakery filled its weekday tables\n\nThe owner sent flyers.") ==
        Ids{"direct_mail"});
  CHECK(channel_ids("fr", "Étude de cas\u00A0: une boulangerie relance ses ventes\n\nElle a distribué des prospectus.") ==
        Ids{"direct_mail"});
  // Anywhere else it is content.
  CHECK(channel_ids("en", "We publish a case study every month.") == Ids{"content"});
  CHECK(channel_ids("it", "Il nostro caso di studio: numeri e risultati.") == Ids{"content"});
}

TEST_CASE("a social ad's paid label is a channel only as a label", "[engine][cues]") {
  // "Sponsored" is an only_as_label row of paid_social.
  CHECK(channel_ids("en", "Sponsored \u00B7 Instagram Story\nYour first box is 20% off today.") == Ids{"paid_social"});
  CHECK(channel_ids("nl", "Gesponsord \u00B7 Nog maar 3 dagen: gratis montage bij elke airco!") == Ids{"paid_social"});
  CHECK(channel_ids("en", "The festival was sponsored by a local brewery.").empty());
  // Before a search engine's name the label is a search ad.
  CHECK(channel_ids("en", "Sponsored \u00B7 Google Search\nEmergency plumber, 24/7.") == Ids{"paid_search"});
}

TEST_CASE("a platform named beside a paid channel is where the ads run", "[engine][cues]") {
  CHECK(channel_ids("nl", "We kopen gesponsorde berichten op Facebook en Instagram.") == Ids{"paid_social"});
  CHECK(channel_ids("it", "Google Ads, Meta Ads, YouTube: portiamo i tuoi prodotti davanti a tutti.") ==
        Ids{"paid_search", "paid_social"});
  // In a sentence of its own the platform is the organic channel.
  CHECK(channel_ids("en", "We run Facebook ads. Our Instagram account has 40,000 followers.") ==
        Ids{"paid_social", "social_media"});
  // Only names: a generic organic word beside a paid channel stays.
  CHECK(channel_ids("en", "We post on social media and boost the best posts with Facebook ads.") ==
        Ids{"social_media", "paid_social"});
}

TEST_CASE("a phrase closed up does not match a name the lexicon lists", "[engine][cues]") {
  // "sales force" closed up is "Salesforce", listed as a CRM vendor.
  CHECK(channel_ids("en", "The platform syncs every contact with Salesforce.") == Ids{"loyalty_crm"});
  CHECK(channel_ids("en", "Our sales force visits every store.") == Ids{"sales_force"});
  // Other closed-up spellings still match.
  CHECK(channel_ids("en", "Follow #contentmarketing for more.") == Ids{"content"});
  CHECK(channel_ids("nl", "Contentmarketing trekt klanten aan.") == Ids{"content"});
}
