#include "report/html_report.hpp"

#include <functional>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string_view>

#include "lexicon/channel_catalog.hpp"
#include "report/report_assets.hpp"
#include "report/script_json.hpp"
#include "report/span_texts.hpp"

namespace vane::report {
namespace {

using nlohmann::json;

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// Writes the template with its @@VANE_REPORT_NAME@@ markers filled in one
// pass, so text inserted for one marker is never searched for another. The
// values are writers, so the (possibly large) data goes straight to `out`.
void fill_template(std::string_view page, const std::map<std::string, std::function<void(std::ostream&)>>& values,
                   std::ostream& out) {
  constexpr std::string_view kOpen = "@@VANE_REPORT_";
  constexpr std::string_view kClose = "@@";
  std::size_t pos = 0;
  while (true) {
    const auto open = page.find(kOpen, pos);
    if (open == std::string_view::npos) break;
    const auto name_start = open + kOpen.size();
    const auto close = page.find(kClose, name_start);
    if (close == std::string_view::npos) throw std::logic_error("report template: unterminated marker");
    const auto value = values.find(std::string(page.substr(name_start, close - name_start)));
    if (value == values.end()) {
      throw std::logic_error("report template: unknown marker " + std::string(page.substr(open, close + 2 - open)));
    }
    out << page.substr(pos, open - pos);
    value->second(out);
    pos = close + kClose.size();
  }
  out << page.substr(pos);
}

}  // namespace

HtmlReport::HtmlReport(ReportSources sources) : sources_(std::move(sources)) {}

TextUse HtmlReport::add(json record, const std::optional<std::string>& text) {
  note_channel_directions(record);
  json entry = json::object();
  TextUse use = TextUse::none;
  // Only ok records have spans; other records show their error, not a text.
  const bool ok = record.value("status", "") == "ok";
  if (text && ok) {
    if (drop_span_texts_if_text_matches(record, *text)) {
      entry["text"] = *text;
      use = TextUse::embedded;
    } else {
      entry["text_mismatch"] = true;
      use = TextUse::mismatched;
    }
  }
  entry["record"] = std::move(record);
  if (documents_ > 0) documents_json_.push_back(',');
  documents_json_ += json_for_script_element(entry);
  ++documents_;
  return use;
}

void HtmlReport::add_warning(std::string message) {
  ++warnings_total_;
  if (warnings_.size() < kMaxWarningsShown) warnings_.push_back(std::move(message));
}

void HtmlReport::note_channel_directions(const json& record) {
  const auto channels = record.find("channels");
  if (channels == record.end() || !channels->is_array()) return;
  for (const auto& channel : *channels) {
    if (!channel.is_object()) continue;
    const auto id = channel.find("id");
    if (id == channel.end() || !id->is_string()) continue;
    // The page colours channels by their default direction in SPEC.md (the
    // catalogue the engine uses), not by the per-document direction.
    if (const auto* info = lexicon::find_channel(id->get<std::string>())) {
      channel_directions_.emplace(std::string(info->id), lexicon::to_string(info->direction));
    }
  }
}

void HtmlReport::write_data(std::ostream& out) const {
  json meta = json::object();
  meta["results"] = sources_.results;
  meta["texts"] = sources_.texts ? json(*sources_.texts) : json(nullptr);
  meta["generator"] = sources_.generator;
  meta["warnings"] = warnings_;
  meta["warnings_total"] = warnings_total_;
  meta["channel_directions"] = channel_directions_;
  out << "{\"meta\":" << json_for_script_element(meta) << ",\"documents\":[" << documents_json_ << "]}";
}

void HtmlReport::write_page(std::ostream& out) const {
  const std::string title = escape_html("vane report: " + sources_.results);
  fill_template(assets::html(),
                {
                    {"TITLE", [&](std::ostream& o) { o << title; }},
                    {"CSS", [](std::ostream& o) { o << assets::css(); }},
                    {"JS", [](std::ostream& o) { o << assets::js(); }},
                    {"DATA", [this](std::ostream& o) { write_data(o); }},
                },
                out);
}

std::string HtmlReport::page() const {
  std::ostringstream out;
  write_page(out);
  return out.str();
}

}  // namespace vane::report
