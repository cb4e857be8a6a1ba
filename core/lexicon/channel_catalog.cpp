#include "lexicon/channel_catalog.hpp"

#include <array>

namespace vane::lexicon {
namespace {

constexpr std::array<ChannelInfo, 28> kChannels = {{
    {"tv", Direction::outbound},
    {"radio", Direction::outbound},
    {"print", Direction::outbound},
    {"out_of_home", Direction::outbound},
    {"direct_mail", Direction::outbound},
    {"telemarketing", Direction::outbound},
    {"sms", Direction::outbound},
    {"display_ads", Direction::outbound},
    {"paid_search", Direction::outbound},
    {"paid_social", Direction::outbound},
    {"video_ads", Direction::outbound},
    {"events", Direction::outbound},
    {"sales_force", Direction::outbound},
    {"email", Direction::neutral},
    {"seo", Direction::inbound},
    {"blog", Direction::inbound},
    {"content", Direction::inbound},
    {"social_media", Direction::inbound},
    {"influencer", Direction::inbound},
    {"podcast", Direction::inbound},
    {"video_content", Direction::inbound},
    {"webinar", Direction::inbound},
    {"forum", Direction::inbound},
    {"rss", Direction::inbound},
    {"word_of_mouth", Direction::inbound},
    {"website", Direction::neutral},
    {"loyalty_crm", Direction::neutral},
    {"public_relations", Direction::neutral},
}};

}  // namespace

const char* to_string(Direction direction) {
  switch (direction) {
    case Direction::inbound: return "inbound";
    case Direction::outbound: return "outbound";
    case Direction::neutral: return "neutral";
  }
  return "neutral";
}

const ChannelInfo* find_channel(std::string_view id) {
  for (const auto& channel : kChannels) {
    if (channel.id == id) return &channel;
  }
  return nullptr;
}

}  // namespace vane::lexicon
