// Hand-built records for the output tests: an analysed one with non-ASCII
// text (code point offsets differ from bytes) and an error one.
#pragma once

#include <memory>
#include <string>

#include "engine/record.hpp"

namespace vane::testing {

inline std::uint32_t byte_at(const engine::Record& r, const char* word) {
  return static_cast<std::uint32_t>(r.text->find(word));
}

inline engine::Record analysed_record(const std::string& id = "doc-1") {
  engine::Record r;
  r.id = id;
  r.seq = 7;
  r.status = engine::RecordStatus::ok;
  r.text = std::make_shared<const std::string>("Café 🚀 la TV e il blog: ROI +300%, TV ancora.");
  r.lang = engine::LanguageResult{"it", 0.971234, "detected"};
  r.plugin_name = "it";
  r.plugin_version = "1.0.0";
  r.push_pull = {"push", 0.812345, 0.1, {{{byte_at(r, "TV"), byte_at(r, "TV") + 2}, "push", "tv", 0.5}}};
  r.inbound_outbound = {"mixed", 0.5, 0.5, {}};
  const auto tv2 = static_cast<std::uint32_t>(r.text->rfind("TV"));
  r.channels.push_back({"tv", "outbound", {{byte_at(r, "TV"), byte_at(r, "TV") + 2}, {tv2, tv2 + 2}}});
  r.channels.push_back({"blog", "inbound", {{byte_at(r, "blog"), byte_at(r, "blog") + 4}}});
  engine::RoiClaim claim;
  claim.span = {0, static_cast<std::uint32_t>(r.text->size())};
  claim.kinds = {"roi", "performance", "roi"};
  claim.polarity = "positive";
  claim.subjects = {"tv", "blog", "tv"};
  claim.quantities.push_back({"percent", 300.0, "", {byte_at(r, "300%"), byte_at(r, "300%") + 4}});
  claim.quantities.push_back({"multiplier", std::nullopt, "", {byte_at(r, "ancora"), byte_at(r, "ancora") + 6}});
  r.roi_claims.push_back(claim);
  r.stats = {44, 1, 10};
  return r;
}

inline engine::Record error_record(const std::string& id = "bad") {
  engine::Record r;
  r.id = id;
  r.status = engine::RecordStatus::error;
  r.error = Status::error("invalid_utf8", "bad byte", 3);
  r.text = std::make_shared<const std::string>("ab\xFF");
  r.meta_json = R"({"url":"u"})";
  return r;
}

}  // namespace vane::testing
