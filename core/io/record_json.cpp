#include "io/record_json.hpp"

#include <cmath>
#include <string_view>

#include "io/json_writer.hpp"
#include "text/utf8.hpp"

namespace vane::io {
namespace {

using engine::Record;
using engine::RecordStatus;
using engine::Span;

// Scores and confidences are read by people and dashboards: four decimals
// carry all the information the engine has.
double rounded(double value) { return std::round(value * 10000.0) / 10000.0; }

class RecordSerializer {
 public:
  // Only ok records carry spans, and only their text is known to be valid
  // UTF-8, so the code point index is built for them alone.
  RecordSerializer(const Record& record, std::string& out)
      : record_(record),
        text_(record.text && record.status == RecordStatus::ok ? std::string_view(*record.text)
                                                                : std::string_view()),
        w_(out),
        cps_(text_) {}

  void write() {
    w_.begin_object();
    w_.key("id");
    w_.string(record_.id);
    w_.key("status");
    w_.string(engine::to_string(record_.status));
    w_.key("schema_version");
    w_.integer(kSchemaVersion);
    if (!record_.encoding.empty()) {
      // Only for input that was not UTF-8: says what vane assumed it was.
      w_.key("encoding");
      w_.string(record_.encoding);
    }
    if (record_.lang) write_lang();
    if (record_.status == RecordStatus::ok) {
      write_ok_body();
    } else {
      write_error();
    }
    if (!record_.meta_json.empty()) {
      w_.key("meta");
      w_.raw(record_.meta_json);
    }
    w_.end_object();
  }

 private:
  void write_lang() {
    w_.key("lang");
    w_.begin_object();
    w_.key("code");
    w_.string(record_.lang->code);
    w_.key("confidence");
    w_.number(rounded(record_.lang->confidence));
    w_.key("source");
    w_.string(record_.lang->source);
    w_.end_object();
  }

  void write_error() {
    w_.key("error");
    w_.begin_object();
    w_.key("code");
    w_.string(record_.error.code);
    w_.key("message");
    w_.string(record_.error.message);
    if (record_.error.offset) {
      w_.key("offset");
      w_.integer(static_cast<std::int64_t>(*record_.error.offset));
    }
    w_.end_object();
  }

  void write_span_fields(const Span& span) {
    w_.key("start");
    w_.integer(static_cast<std::int64_t>(cps_.to_code_points(span.begin)));
    w_.key("end");
    w_.integer(static_cast<std::int64_t>(cps_.to_code_points(span.end)));
    w_.key("text");
    w_.string(text_.substr(span.begin, span.end - span.begin));
  }

  void write_axis(const char* name, const engine::AxisResult& axis, const char* side_a,
                  const char* side_b) {
    w_.key(name);
    w_.begin_object();
    w_.key("label");
    w_.string(axis.label);
    w_.key("scores");
    w_.begin_object();
    w_.key(side_a);
    w_.number(rounded(axis.score_a));
    w_.key(side_b);
    w_.number(rounded(axis.score_b));
    w_.end_object();
    w_.key("evidence");
    w_.begin_array();
    for (const auto& ev : axis.evidence) {
      w_.begin_object();
      write_span_fields(ev.span);
      w_.key("side");
      w_.string(ev.side);
      w_.key("cue");
      w_.string(ev.cue);
      w_.key("weight");
      w_.number(rounded(ev.weight));
      w_.end_object();
    }
    w_.end_array();
    w_.end_object();
  }

  void write_channels() {
    w_.key("channels");
    w_.begin_array();
    for (const auto& channel : record_.channels) {
      w_.begin_object();
      w_.key("id");
      w_.string(channel.id);
      w_.key("direction");
      w_.string(channel.direction);
      w_.key("mentions");
      w_.begin_array();
      for (const auto& mention : channel.mentions) {
        w_.begin_object();
        write_span_fields(mention);
        w_.end_object();
      }
      w_.end_array();
      w_.end_object();
    }
    w_.end_array();
  }

  void write_quantity(const engine::Quantity& q) {
    w_.begin_object();
    w_.key("type");
    w_.string(q.type);
    w_.key("value");
    if (q.value) {
      w_.number(*q.value);
    } else {
      w_.null();
    }
    if (!q.currency.empty()) {
      w_.key("currency");
      w_.string(q.currency);
    }
    write_span_fields(q.span);
    w_.end_object();
  }

  void write_strings(const char* name, const std::vector<std::string>& values) {
    w_.key(name);
    w_.begin_array();
    for (const auto& value : values) w_.string(value);
    w_.end_array();
  }

  void write_claims() {
    w_.key("roi_claims");
    w_.begin_array();
    for (const auto& claim : record_.roi_claims) {
      w_.begin_object();
      write_span_fields(claim.span);
      w_.key("kind");
      w_.string(claim.kinds.empty() ? "performance" : claim.kinds.front());
      write_strings("kinds", claim.kinds);
      w_.key("polarity");
      w_.string(claim.polarity);
      w_.key("comparative");
      w_.boolean(claim.comparative);
      write_strings("subjects", claim.subjects);
      w_.key("quantities");
      w_.begin_array();
      for (const auto& q : claim.quantities) write_quantity(q);
      w_.end_array();
      w_.end_object();
    }
    w_.end_array();
  }

  void write_ok_body() {
    w_.key("plugin");
    w_.begin_object();
    w_.key("name");
    w_.string(record_.plugin_name);
    w_.key("version");
    w_.string(record_.plugin_version);
    w_.end_object();
    write_axis("push_pull", record_.push_pull, "push", "pull");
    write_axis("inbound_outbound", record_.inbound_outbound, "inbound", "outbound");
    write_channels();
    write_claims();
    w_.key("stats");
    w_.begin_object();
    w_.key("chars");
    w_.integer(static_cast<std::int64_t>(record_.stats.chars));
    w_.key("sentences");
    w_.integer(static_cast<std::int64_t>(record_.stats.sentences));
    w_.key("words");
    w_.integer(static_cast<std::int64_t>(record_.stats.words));
    w_.end_object();
  }

  const Record& record_;
  std::string_view text_;
  JsonWriter w_;
  text::CodePointIndex cps_;
};

}  // namespace

void append_record_json(const engine::Record& record, std::string& out) {
  RecordSerializer(record, out).write();
}

}  // namespace vane::io
