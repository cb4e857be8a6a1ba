#include "engine/channel_extractor.hpp"

#include <cstdlib>
#include <map>

#include "lexicon/channel_catalog.hpp"

namespace vane::engine {

using lexicon::EntryKind;

std::vector<ChannelResult> extract_channels(const DocumentView& doc, const std::vector<CueHit>& hits) {
  const auto& tokens = doc.seg->tokens;
  std::vector<ChannelResult> channels;
  std::map<std::string, std::size_t, std::less<>> index;
  // Sentences of each channel's mentions, parallel to `channels`. (Looked
  // up by index: emplace() into a map built a node, key copy included, for
  // every mention before finding the channel already there.)
  std::vector<std::vector<std::uint32_t>> sentences;

  for (const auto& hit : hits) {
    const auto& e = doc.entry(hit);
    if (e.kind != EntryKind::channel) continue;
    auto it = index.find(e.key);
    if (it == index.end()) {
      it = index.emplace(e.key, channels.size()).first;
      const auto* info = lexicon::find_channel(e.key);
      channels.push_back({e.key, lexicon::to_string(info->direction), {}});
      sentences.emplace_back();
    }
    channels[it->second].mentions.push_back({tokens[hit.first].begin, tokens[hit.end - 1].end});
    sentences[it->second].push_back(tokens[hit.first].sentence);
  }

  // Context cues within one sentence of a mention vote on a neutral channel's direction.
  for (std::size_t c = 0; c < channels.size(); ++c) {
    auto& channel = channels[c];
    if (channel.direction != "neutral") continue;
    int vote = 0;
    for (const auto& hit : hits) {
      const auto& e = doc.entry(hit);
      if (e.kind != EntryKind::channel_context || e.key != channel.id) continue;
      const auto s = static_cast<long>(tokens[hit.first].sentence);
      for (std::uint32_t mention_sentence : sentences[c]) {
        if (std::labs(static_cast<long>(mention_sentence) - s) <= 1) {
          vote += e.cue == "inbound" ? 1 : -1;
          break;
        }
      }
    }
    if (vote > 0) channel.direction = "inbound";
    if (vote < 0) channel.direction = "outbound";
  }
  return channels;
}

}  // namespace vane::engine
