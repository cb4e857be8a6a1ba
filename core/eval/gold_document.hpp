// A hand-labelled document of the gold corpora (docs/corpus-format.md).
//
//   auto docs = vane::eval::load_gold("corpora/it/test/gold.jsonl");
//   if (!docs) fail(docs.status());   // names file, line and field
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/record.hpp"
#include "util/status.hpp"

namespace vane::eval {

struct GoldQuantity {
  std::string type;
  std::optional<double> value;
  std::string currency;
};

struct GoldClaim {
  std::string sentence;
  engine::Span span;  // bytes: the sentence's first occurrence in the text
  std::string kind;
  std::vector<std::string> kinds;
  std::string polarity;
  bool comparative = false;
  std::vector<std::string> subjects;
  std::vector<GoldQuantity> quantities;
};

struct GoldDocument {
  std::string id;
  std::string genre;
  std::string text;
  std::string lang;
  std::string push_pull;
  std::string inbound_outbound;
  std::vector<std::string> channels;  // sorted, unique
  std::vector<GoldClaim> claims;
  std::string source;  // "file:line"
};

Expected<std::vector<GoldDocument>> load_gold(const std::filesystem::path& path);

}  // namespace vane::eval
