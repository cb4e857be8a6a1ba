#include "output/relational_rows.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "text/utf8.hpp"

namespace vane::output {
namespace {

using engine::Record;
using engine::RecordStatus;

// The same four decimals as the JSON record (io/record_json.cpp), so every
// output format shows the same score.
double rounded(double value) { return std::round(value * 10000.0) / 10000.0; }

void add_unique(std::vector<std::string>& values, const std::string& value) {
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

class Flattener {
 public:
  // As in the JSON writer, only ok records carry spans and only their text
  // is known to be valid UTF-8.
  explicit Flattener(const Record& record)
      : record_(record),
        text_(record.text && record.status == RecordStatus::ok ? std::string_view(*record.text)
                                                                : std::string_view()),
        cps_(text_) {}

  RelationalRows flatten() {
    RelationalRows rows;
    rows.document = document();
    if (record_.status != RecordStatus::ok) return rows;
    add_evidence("push_pull", record_.push_pull, rows.evidence);
    add_evidence("inbound_outbound", record_.inbound_outbound, rows.evidence);
    std::int64_t ordinal = 0;
    for (const auto& channel : record_.channels) {
      for (const auto& mention : channel.mentions) {
        rows.channel_mentions.push_back({record_.id, ++ordinal, channel.id, channel.direction, span(mention)});
      }
    }
    std::int64_t claim_no = 0;
    for (const auto& claim : record_.roi_claims) add_claim(claim, ++claim_no, rows);
    return rows;
  }

 private:
  SpanColumns span(const engine::Span& s) const {
    return {static_cast<std::int64_t>(cps_.to_code_points(s.begin)),
            static_cast<std::int64_t>(cps_.to_code_points(s.end)),
            std::string(text_.substr(s.begin, s.end - s.begin))};
  }

  DocumentRow document() const {
    DocumentRow row;
    row.id = record_.id;
    row.input_seq = static_cast<std::int64_t>(record_.seq);
    row.status = engine::to_string(record_.status);
    if (record_.lang) {
      row.lang_code = record_.lang->code;
      row.lang_confidence = rounded(record_.lang->confidence);
      row.lang_source = record_.lang->source;
    }
    if (!record_.meta_json.empty()) row.meta_json = record_.meta_json;
    if (record_.status != RecordStatus::ok) {
      row.error_code = record_.error.code;
      row.error_message = record_.error.message;
      if (record_.error.offset) row.error_offset = static_cast<std::int64_t>(*record_.error.offset);
      return row;
    }
    row.plugin_name = record_.plugin_name;
    row.plugin_version = record_.plugin_version;
    row.push_pull = record_.push_pull.label;
    row.push_score = rounded(record_.push_pull.score_a);
    row.pull_score = rounded(record_.push_pull.score_b);
    row.inbound_outbound = record_.inbound_outbound.label;
    row.inbound_score = rounded(record_.inbound_outbound.score_a);
    row.outbound_score = rounded(record_.inbound_outbound.score_b);
    row.chars = static_cast<std::int64_t>(record_.stats.chars);
    row.sentences = static_cast<std::int64_t>(record_.stats.sentences);
    row.words = static_cast<std::int64_t>(record_.stats.words);
    return row;
  }

  void add_evidence(const char* axis, const engine::AxisResult& result, std::vector<EvidenceRow>& out) const {
    std::int64_t ordinal = 0;
    for (const auto& ev : result.evidence) {
      out.push_back({record_.id, axis, ++ordinal, ev.side, ev.cue, rounded(ev.weight), span(ev.span)});
    }
  }

  void add_claim(const engine::RoiClaim& claim, std::int64_t claim_no, RelationalRows& rows) const {
    // The JSON record's rule: a claim with no kind is about performance.
    const std::string main_kind = claim.kinds.empty() ? "performance" : claim.kinds.front();
    rows.claims.push_back({record_.id, claim_no, main_kind, claim.polarity, claim.comparative, span(claim.span)});
    // Kinds and subjects are sets keyed by the tables; a repeated one would
    // break the key and count twice in the views.
    std::vector<std::string> kinds;
    for (const auto& kind : claim.kinds) add_unique(kinds, kind);
    if (kinds.empty()) kinds.push_back(main_kind);
    std::int64_t rank = 0;
    for (const auto& kind : kinds) rows.claim_kinds.push_back({record_.id, claim_no, ++rank, kind});
    std::vector<std::string> subjects;
    for (const auto& subject : claim.subjects) add_unique(subjects, subject);
    for (const auto& subject : subjects) rows.claim_subjects.push_back({record_.id, claim_no, subject});
    std::int64_t ordinal = 0;
    for (const auto& q : claim.quantities) {
      std::optional<std::string> currency;
      if (!q.currency.empty()) currency = q.currency;
      rows.quantities.push_back({record_.id, claim_no, ++ordinal, q.type, q.value, currency, span(q.span)});
    }
  }

  const Record& record_;
  std::string_view text_;
  text::CodePointIndex cps_;
};

}  // namespace

RelationalRows flatten_record(const engine::Record& record) { return Flattener(record).flatten(); }

}  // namespace vane::output
