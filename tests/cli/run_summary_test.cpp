#include "cli/run_summary.hpp"

#include <catch2/catch.hpp>

using vane::cli::RunSummary;
using vane::engine::Record;
using vane::engine::RecordStatus;

namespace {

Record make_record(std::string id, RecordStatus status, std::string error_code = "") {
  Record record;
  record.id = std::move(id);
  record.status = status;
  if (!error_code.empty()) record.error = vane::Status::error(error_code, "bad");
  return record;
}

Record ok_record(std::string id, std::string lang, std::string push_pull, std::string inbound_outbound) {
  Record record = make_record(std::move(id), RecordStatus::ok);
  record.lang = vane::engine::LanguageResult{};
  record.lang->code = std::move(lang);
  record.push_pull.label = std::move(push_pull);
  record.inbound_outbound.label = std::move(inbound_outbound);
  return record;
}

}  // namespace

TEST_CASE("the summary counts statuses, error codes, languages and labels", "[cli]") {
  RunSummary summary;
  summary.add(ok_record("a", "it", "pull", "inbound"), 100);
  summary.add(ok_record("b", "it", "push", "outbound"), 100);
  summary.add(ok_record("c", "nl", "pull", "inbound"), 100);
  summary.add(make_record("d", RecordStatus::error, "malformed_json"), 0);
  summary.add(make_record("e", RecordStatus::error, "too_large"), 0);
  summary.add(make_record("f", RecordStatus::error, "malformed_json"), 0);
  summary.add(make_record("g", RecordStatus::empty, "blank_line"), 0);

  CHECK(summary.documents() == 7);
  CHECK(summary.errors() == 3);
  CHECK(summary.last_id() == "g");
  const std::string line = summary.line(std::chrono::seconds(2));
  CHECK_THAT(line, Catch::StartsWith("7 documents in 2.00 s (3.5 docs/s, 0.00 MB/s): "));
  CHECK_THAT(line, Catch::Contains("empty 1, error 3 (malformed_json 2, too_large 1), ok 3;"));
  CHECK_THAT(line, Catch::Contains("languages: it 2, nl 1;"));
  CHECK_THAT(line, Catch::Contains("push_pull: pull 2, push 1;"));
  CHECK_THAT(line, Catch::EndsWith("inbound_outbound: inbound 2, outbound 1"));
  CHECK_THAT(line, !Catch::Contains("interrupted"));
}

TEST_CASE("an interrupted run's summary says after which document it stopped", "[cli]") {
  RunSummary summary;
  CHECK_THAT(summary.line(std::chrono::seconds(1), /*interrupted=*/true),
             Catch::StartsWith("interrupted before the first document; 0 documents"));

  summary.add(ok_record("post-1", "en", "pull", "inbound"), 10);
  summary.add(ok_record("a \"quoted\", id", "en", "pull", "inbound"), 10);
  // The id is JSON-quoted so that any id reads back unambiguously.
  CHECK_THAT(summary.line(std::chrono::seconds(1), /*interrupted=*/true),
             Catch::StartsWith(R"(interrupted after 2 documents (last id "a \"quoted\", id"); 2 documents in)"));
}
