// The analysis result of one document, as the engine produces it and the
// writers serialise it (SPEC.md, "The record"). Offsets here are bytes into
// the original text; writers convert them to code points once, at output.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "util/status.hpp"

namespace vane::engine {

struct Span {
  std::uint32_t begin = 0;  // original bytes, end exclusive
  std::uint32_t end = 0;
};

struct Evidence {
  Span span;
  std::string side;  // "push", "pull", "inbound", "outbound"
  std::string cue;   // the lexicon cue id that fired
  double weight = 0.0;
};

struct AxisResult {
  std::string label = "none";  // side a, side b, "mixed", "none"
  double score_a = 0.0;        // push | inbound
  double score_b = 0.0;        // pull | outbound
  std::vector<Evidence> evidence;
};

struct ChannelResult {
  std::string id;         // canonical id from SPEC.md
  std::string direction;  // "inbound", "outbound", "neutral"
  std::vector<Span> mentions;
};

struct Quantity {
  std::string type;             // "percent", "money", "multiplier", "number"
  std::optional<double> value;  // none for "many times"
  std::string currency;         // ISO 4217 for money
  Span span;
};

struct RoiClaim {
  Span span;
  std::vector<std::string> kinds;  // main kind first
  std::string polarity = "neutral";
  bool comparative = false;
  std::vector<std::string> subjects;
  std::vector<Quantity> quantities;
};

struct LanguageResult {
  std::string code;
  double confidence = 0.0;
  std::string source;  // "detected", "hint", "forced"
};

struct Stats {
  std::size_t chars = 0;      // code points
  std::size_t sentences = 0;
  std::size_t words = 0;
};

enum class RecordStatus { ok, empty, unsupported_language, error };
const char* to_string(RecordStatus status);

struct Record {
  std::uint64_t seq = 0;  // input order
  std::string id;
  RecordStatus status = RecordStatus::ok;
  Status error;            // set when status != ok and there is something to say
  std::string meta_json;   // kept input fields, already serialised ("" when none)
  std::string encoding;    // the charset the input was converted from; "" when it was UTF-8

  std::optional<LanguageResult> lang;
  std::string plugin_name;
  std::string plugin_version;
  AxisResult push_pull;
  AxisResult inbound_outbound;
  std::vector<ChannelResult> channels;
  std::vector<RoiClaim> roi_claims;
  Stats stats;

  // The original text the spans point into (shared with the input document).
  std::shared_ptr<const std::string> text;
};

}  // namespace vane::engine
