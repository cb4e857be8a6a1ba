#include "eval/gold_document.hpp"

#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

namespace vane::eval {
namespace {

using nlohmann::json;

GoldQuantity parse_quantity(const json& q) {
  GoldQuantity out;
  out.type = q.at("type").get<std::string>();
  if (q.contains("value") && !q.at("value").is_null()) out.value = q.at("value").get<double>();
  out.currency = q.value("currency", "");
  return out;
}

GoldClaim parse_claim(const json& c, const std::string& text) {
  GoldClaim claim;
  claim.sentence = c.at("sentence").get<std::string>();
  const auto at = text.find(claim.sentence);
  if (at == std::string::npos) throw std::runtime_error("claim sentence not found in text: " + claim.sentence);
  claim.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + claim.sentence.size())};
  claim.kind = c.at("kind").get<std::string>();
  claim.kinds = c.value("kinds", std::vector<std::string>{claim.kind});
  claim.polarity = c.at("polarity").get<std::string>();
  claim.comparative = c.value("comparative", false);
  claim.subjects = c.value("subjects", std::vector<std::string>{});
  for (const auto& q : c.value("quantities", json::array())) claim.quantities.push_back(parse_quantity(q));
  return claim;
}

}  // namespace

Expected<std::vector<GoldDocument>> load_gold(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error("unreadable_input", "cannot read " + path.string());
  std::vector<GoldDocument> docs;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path.string() + ":" + std::to_string(number);
    try {
      const json j = json::parse(line);
      const json& gold = j.at("gold");
      GoldDocument doc;
      doc.source = where;
      doc.id = j.at("id").get<std::string>();
      doc.genre = j.value("genre", "");
      doc.text = j.at("text").get<std::string>();
      doc.lang = gold.at("lang").get<std::string>();
      doc.push_pull = gold.at("push_pull").get<std::string>();
      doc.inbound_outbound = gold.at("inbound_outbound").get<std::string>();
      doc.channels = gold.value("channels", std::vector<std::string>{});
      std::sort(doc.channels.begin(), doc.channels.end());
      doc.channels.erase(std::unique(doc.channels.begin(), doc.channels.end()), doc.channels.end());
      for (const auto& c : gold.value("claims", json::array())) doc.claims.push_back(parse_claim(c, doc.text));
      docs.push_back(std::move(doc));
    } catch (const std::exception& e) {
      return Status::error("invalid_gold", where + ": " + e.what());
    }
  }
  return docs;
}

}  // namespace vane::eval
