// The 28 canonical channel ids of SPEC.md and their default direction. This
// is the domain contract, not language data: every plugin maps its words to
// these ids, and the record's `channels[].id` is always one of them.
#pragma once

#include <string_view>

namespace vane::lexicon {

enum class Direction { inbound, outbound, neutral };
const char* to_string(Direction direction);

struct ChannelInfo {
  std::string_view id;
  Direction direction;
};

// Null when `id` is not a canonical channel id.
const ChannelInfo* find_channel(std::string_view id);

}  // namespace vane::lexicon
