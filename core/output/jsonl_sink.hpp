// JSON Lines: one record per line, exactly as io::append_record_json writes
// it; the default output and the reference the other sinks are checked
// against.
//
//   auto sink = vane::output::JsonlSink::open("out.jsonl", /*resume=*/true);
//   // resume: a trailing partial line (a killed run) is cut off, the ids of
//   // the complete lines are completed_ids(), new records are appended.
//   auto stdout_sink = vane::output::JsonlSink::open("-", false);
#pragma once

#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <unordered_set>

#include "output/record_sink.hpp"

namespace vane::output {

class JsonlSink final : public RecordSink {
 public:
  // "-" is stdout (resume is then impossible and rejected by open_sink).
  static Expected<std::unique_ptr<RecordSink>> open(const std::string& target, bool resume);

  const std::unordered_set<std::string>& completed_ids() const override { return completed_; }
  Status write(const engine::Record& record) override;
  Status finish() override;

 private:
  JsonlSink(std::string target, std::unique_ptr<std::ofstream> file,
            std::unordered_set<std::string> completed);
  std::string target_;                   // for messages: the path or "stdout"
  std::unique_ptr<std::ofstream> file_;  // null for stdout
  std::ostream* out_;
  std::unordered_set<std::string> completed_;
  std::string line_;  // reused buffer
};

// Reads a JSON Lines output for --resume: cuts a trailing line without its
// newline (what a killed writer leaves) and returns the ids of the complete
// lines. A missing file is an empty output.
Expected<std::unordered_set<std::string>> recover_jsonl_output(const std::string& path);

}  // namespace vane::output
