// A record flattened into table rows, database-neutral: what the SQL sinks
// (SQLite, PostgreSQL) insert and the CSV detail files list. Offsets are
// already code points and every span carries its text, as in the JSON
// record; values absent from a record are nullopt (SQL NULL, empty CSV cell).
//
//   const auto rows = vane::output::flatten_record(record);
//   insert(rows.document);
//   for (const auto& mention : rows.channel_mentions) insert(mention);
//
// Ordinals count from 1 within their parent (the document, or the claim for
// quantities), in the record's array order; (document_id, ordinal) and
// similar pairs are the tables' primary keys (docs/sql-schema.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/record.hpp"

namespace vane::output {

struct SpanColumns {
  std::int64_t start_char = 0;  // code points, end exclusive
  std::int64_t end_char = 0;
  std::string text;
};

struct DocumentRow {
  std::string id;
  std::int64_t input_seq = 0;  // position in the run's input, from 0
  std::string status;
  std::optional<std::string> lang_code, lang_source;
  std::optional<double> lang_confidence;
  std::optional<std::string> plugin_name, plugin_version;
  // The axes and stats exist for status "ok" only.
  std::optional<std::string> push_pull;
  std::optional<double> push_score, pull_score;
  std::optional<std::string> inbound_outbound;
  std::optional<double> inbound_score, outbound_score;
  std::optional<std::int64_t> chars, sentences, words;
  std::optional<std::string> error_code, error_message;
  std::optional<std::int64_t> error_offset;
  std::optional<std::string> meta_json;  // kept input fields, a JSON object
};

struct ChannelMentionRow {
  std::string document_id;
  std::int64_t ordinal = 0;  // over all the document's mentions, channel by channel
  std::string channel_id;
  std::string direction;
  SpanColumns span;
};

struct ClaimRow {
  std::string document_id;
  std::int64_t claim_no = 0;
  std::string kind;  // the main kind
  std::string polarity;
  bool comparative = false;
  SpanColumns span;
};

struct ClaimKindRow {  // every kind that applies; rank 1 is the main kind
  std::string document_id;
  std::int64_t claim_no = 0;
  std::int64_t rank = 0;
  std::string kind;
};

struct ClaimSubjectRow {
  std::string document_id;
  std::int64_t claim_no = 0;
  std::string subject;  // a channel id or an axis label
};

struct QuantityRow {
  std::string document_id;
  std::int64_t claim_no = 0;
  std::int64_t ordinal = 0;  // within the claim
  std::string type;
  std::optional<double> value;        // none for "many times"
  std::optional<std::string> currency;  // money only
  SpanColumns span;
};

struct EvidenceRow {
  std::string document_id;
  std::string axis;          // "push_pull" | "inbound_outbound"
  std::int64_t ordinal = 0;  // within the axis
  std::string side;
  std::string cue;
  double weight = 0.0;
  SpanColumns span;
};

struct RelationalRows {
  DocumentRow document;
  std::vector<ChannelMentionRow> channel_mentions;
  std::vector<ClaimRow> claims;
  std::vector<ClaimKindRow> claim_kinds;
  std::vector<ClaimSubjectRow> claim_subjects;
  std::vector<QuantityRow> quantities;
  std::vector<EvidenceRow> evidence;
};

RelationalRows flatten_record(const engine::Record& record);

}  // namespace vane::output
