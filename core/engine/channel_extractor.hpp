// Channels: every mention of a canonical channel, grouped by id in order of
// first mention, each with its direction. Neutral channels (email, website,
// loyalty_crm, public_relations) take a direction from channel_context cues
// near their mentions: bought lists make email outbound, opt-in inbound.
#pragma once

#include <vector>

#include "engine/cue_finder.hpp"
#include "engine/record.hpp"

namespace vane::engine {

std::vector<ChannelResult> extract_channels(const DocumentView& doc, const std::vector<CueHit>& hits);

}  // namespace vane::engine
