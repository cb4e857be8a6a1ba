// Which sentences tell a story of the old way: from a sentence opening
// with a `past` marker ("For years", "Per anni", "Jarenlang") up to a later
// one opening with a `now` marker ("Today", "Oggi", "Nu"), a few sentences
// on. The tactics named there are what the text leaves behind, not what it
// does. Without the turn to the present ("For years we have written a
// blog") the story is still going on, and nothing is marked.
//
//   const PastStories stories(doc, hits);
//   if (stories.contains(tokens[hit.first].sentence)) factor *= tuning.past_story_factor;
//
// Language-neutral: the markers come from the plugin's negation.tsv
// (docs/lexicon-format.md: `past` and `now`).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "engine/cue_finder.hpp"

namespace vane::engine {

class PastStories {
 public:
  PastStories(const DocumentView& doc, const std::vector<CueHit>& hits);

  // Whether sentence `sentence` lies inside a story of the old way (the
  // sentence that turns to the present does not).
  bool contains(std::uint32_t sentence) const;

 private:
  std::vector<std::pair<std::uint32_t, std::uint32_t>> stories_;  // [first, end) sentences of each story
};

}  // namespace vane::engine
