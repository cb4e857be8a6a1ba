#include "output/csv_sink.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "output/csv_row.hpp"
#include "output/relational_rows.hpp"

namespace vane::output {
namespace {

// The claim kinds and polarities of SPEC.md, one count column each.
constexpr const char* kClaimKinds[] = {"roi", "measurability", "cost", "performance"};
constexpr const char* kPolarities[] = {"positive", "negative", "neutral"};

const std::vector<std::string> kMentionColumns = {"document_id", "ordinal", "channel_id", "direction",
                                                  "start",       "end",     "text"};
const std::vector<std::string> kClaimColumns = {"document_id", "claim_no", "kind",  "kinds",
                                                "polarity",    "comparative", "subjects", "quantities",
                                                "start",       "end",      "text"};
const std::vector<std::string> kQuantityColumns = {"document_id", "claim_no", "ordinal", "type", "value",
                                                   "currency",    "start",    "end",     "text"};
const std::vector<std::string> kEvidenceColumns = {"document_id", "axis",  "ordinal", "side", "cue",
                                                   "weight",      "start", "end",     "text"};

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : ";") + value;
  return out;
}

// Channel ids in the order the text first names them, each once.
std::string channels_by_first_mention(const engine::Record& record) {
  std::vector<std::pair<std::uint32_t, const std::string*>> firsts;
  for (const auto& channel : record.channels) {
    if (channel.mentions.empty()) continue;
    const auto first = std::min_element(channel.mentions.begin(), channel.mentions.end(),
                                        [](const auto& a, const auto& b) { return a.begin < b.begin; });
    if (std::none_of(firsts.begin(), firsts.end(), [&](const auto& f) { return *f.second == channel.id; })) {
      firsts.emplace_back(first->begin, &channel.id);
    }
  }
  std::stable_sort(firsts.begin(), firsts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> ids;
  for (const auto& f : firsts) ids.push_back(*f.second);
  return joined(ids);
}

void append_document_row(const engine::Record& record, const RelationalRows& rows, std::string& out) {
  const DocumentRow& doc = rows.document;
  CsvRow row(out);
  row.field(doc.id).field(doc.status).optional_field(doc.lang_code).number(doc.lang_confidence).optional_field(doc.lang_source);
  row.optional_field(doc.push_pull).number(doc.push_score).number(doc.pull_score);
  row.optional_field(doc.inbound_outbound).number(doc.inbound_score).number(doc.outbound_score);
  const bool ok = record.status == engine::RecordStatus::ok;
  // Counts are blank, not 0, for documents that were not analysed, so that
  // averages over a column are not dragged down by errors.
  auto count = [&](std::size_t n) { return ok ? std::optional<std::int64_t>(static_cast<std::int64_t>(n)) : std::nullopt; };
  row.optional_field(ok ? std::optional<std::string>(channels_by_first_mention(record)) : std::nullopt);
  row.integer(count(rows.channel_mentions.size()));
  row.integer(count(rows.claims.size()));
  for (const char* kind : kClaimKinds) {
    row.integer(count(static_cast<std::size_t>(std::count_if(
        rows.claim_kinds.begin(), rows.claim_kinds.end(), [&](const auto& k) { return k.kind == kind; }))));
  }
  for (const char* polarity : kPolarities) {
    row.integer(count(static_cast<std::size_t>(std::count_if(
        rows.claims.begin(), rows.claims.end(), [&](const auto& c) { return c.polarity == polarity; }))));
  }
  row.integer(count(static_cast<std::size_t>(
      std::count_if(rows.claims.begin(), rows.claims.end(), [](const auto& c) { return c.comparative; }))));
  row.integer(count(rows.quantities.size()));
  row.integer(doc.chars).integer(doc.words);
  row.optional_field(doc.error_code).optional_field(doc.error_message).optional_field(doc.meta_json);
  row.end();
}

void append_span(CsvRow& row, const SpanColumns& span) {
  row.integer(span.start_char).integer(span.end_char).field(span.text);
}

void append_header(const std::vector<std::string>& columns, std::string& out) {
  CsvRow row(out);
  for (const auto& column : columns) row.field(column);
  row.end();
}

}  // namespace

const std::vector<std::string>& csv_document_columns() {
  static const std::vector<std::string> columns = [] {
    std::vector<std::string> c = {"id",          "status",         "lang",           "lang_confidence",
                                  "lang_source", "push_pull",      "push_score",     "pull_score",
                                  "inbound_outbound", "inbound_score", "outbound_score", "channels",
                                  "channel_mentions", "claims"};
    for (const char* kind : kClaimKinds) c.push_back(std::string("claims_") + kind);
    for (const char* polarity : kPolarities) c.push_back(std::string("claims_") + polarity);
    for (const char* rest : {"claims_comparative", "quantities", "chars", "words", "error_code",
                             "error_message", "meta"}) {
      c.push_back(rest);
    }
    return c;
  }();
  return columns;
}

// One output file (or stdout) with its header written at open.
class CsvSink::File {
 public:
  static Expected<std::unique_ptr<File>> open(const std::string& path, bool bom,
                                              const std::vector<std::string>& columns) {
    auto file = std::unique_ptr<File>(new File(path));
    if (path != "-") {
      file->file_.open(path, std::ios::binary | std::ios::trunc);
      if (!file->file_) {
        return Status::error("output_unwritable", "cannot write " + path + ": " + std::strerror(errno));
      }
      file->out_ = &file->file_;
    }
    std::string header = bom ? "\xEF\xBB\xBF" : "";
    append_header(columns, header);
    if (auto status = file->write(header); !status) return status;
    return file;
  }

  Status write(const std::string& text) {
    out_->write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!*out_) return Status::error("output_unwritable", "writing " + name_ + " failed");
    return Status::ok();
  }

  Status finish() {
    out_->flush();
    if (!*out_) return Status::error("output_unwritable", "writing " + name_ + " failed");
    return Status::ok();
  }

 private:
  explicit File(const std::string& path) : name_(path == "-" ? "stdout" : path) {}
  std::string name_;
  std::ofstream file_;
  std::ostream* out_ = &std::cout;
};

CsvSink::CsvSink() = default;
CsvSink::~CsvSink() = default;

Expected<std::unique_ptr<RecordSink>> CsvSink::open(const std::string& target, const CsvSinkOptions& options) {
  auto sink = std::unique_ptr<CsvSink>(new CsvSink());
  auto documents = File::open(target, options.bom, csv_document_columns());
  if (!documents) return documents.status();
  sink->documents_ = std::move(*documents);
  if (options.detail_dir.empty()) return std::unique_ptr<RecordSink>(std::move(sink));

  std::error_code error;
  std::filesystem::create_directories(options.detail_dir, error);
  if (error) return Status::error("output_unwritable", "cannot create " + options.detail_dir + ": " + error.message());
  const std::filesystem::path dir(options.detail_dir);
  const std::pair<std::unique_ptr<File>*, std::pair<const char*, const std::vector<std::string>*>> details[] = {
      {&sink->mentions_, {"channel_mentions.csv", &kMentionColumns}},
      {&sink->claims_, {"claims.csv", &kClaimColumns}},
      {&sink->quantities_, {"quantities.csv", &kQuantityColumns}},
      {&sink->evidence_, {"evidence.csv", &kEvidenceColumns}},
  };
  for (const auto& [member, file] : details) {
    auto opened = File::open((dir / file.first).string(), options.bom, *file.second);
    if (!opened) return opened.status();
    *member = std::move(*opened);
  }
  return std::unique_ptr<RecordSink>(std::move(sink));
}

Status CsvSink::write(const engine::Record& record) {
  const RelationalRows rows = flatten_record(record);
  line_.clear();
  append_document_row(record, rows, line_);
  if (auto status = documents_->write(line_); !status) return status;
  if (!mentions_) return Status::ok();

  line_.clear();
  for (const auto& m : rows.channel_mentions) {
    CsvRow row(line_);
    row.field(m.document_id).integer(m.ordinal).field(m.channel_id).field(m.direction);
    append_span(row, m.span);
    row.end();
  }
  if (auto status = mentions_->write(line_); !status) return status;

  line_.clear();
  for (const auto& c : rows.claims) {
    std::vector<std::string> kinds, subjects;
    for (const auto& k : rows.claim_kinds) if (k.claim_no == c.claim_no) kinds.push_back(k.kind);
    for (const auto& s : rows.claim_subjects) if (s.claim_no == c.claim_no) subjects.push_back(s.subject);
    const auto quantities = std::count_if(rows.quantities.begin(), rows.quantities.end(),
                                          [&](const auto& q) { return q.claim_no == c.claim_no; });
    CsvRow row(line_);
    row.field(c.document_id).integer(c.claim_no).field(c.kind).field(joined(kinds)).field(c.polarity);
    row.integer(c.comparative ? 1 : 0).field(joined(subjects)).integer(quantities);
    append_span(row, c.span);
    row.end();
  }
  if (auto status = claims_->write(line_); !status) return status;

  line_.clear();
  for (const auto& q : rows.quantities) {
    CsvRow row(line_);
    row.field(q.document_id).integer(q.claim_no).integer(q.ordinal).field(q.type).number(q.value).optional_field(q.currency);
    append_span(row, q.span);
    row.end();
  }
  if (auto status = quantities_->write(line_); !status) return status;

  line_.clear();
  for (const auto& e : rows.evidence) {
    CsvRow row(line_);
    row.field(e.document_id).field(e.axis).integer(e.ordinal).field(e.side).field(e.cue).number(e.weight);
    append_span(row, e.span);
    row.end();
  }
  return evidence_->write(line_);
}

Status CsvSink::finish() {
  for (auto* file : {documents_.get(), mentions_.get(), claims_.get(), quantities_.get(), evidence_.get()}) {
    if (file == nullptr) continue;
    if (auto status = file->finish(); !status) return status;
  }
  return Status::ok();
}

}  // namespace vane::output
