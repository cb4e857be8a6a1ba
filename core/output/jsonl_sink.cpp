#include "output/jsonl_sink.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "io/record_json.hpp"

namespace vane::output {
namespace {

Status cannot(const std::string& what, const std::string& path) {
  return Status::error("output_unwritable", "cannot " + what + " " + path + ": " + std::strerror(errno));
}

}  // namespace

Expected<std::unordered_set<std::string>> recover_jsonl_output(const std::string& path) {
  std::unordered_set<std::string> ids;
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return ids;
  std::ifstream in(path, std::ios::binary);
  if (!in) return cannot("read", path);

  std::string line;
  std::uintmax_t complete_bytes = 0;
  std::size_t line_number = 0;
  bool partial_tail = false;
  while (std::getline(in, line)) {
    // getline stops at end of file without a newline only on the last,
    // unfinished line: the record a killed run was writing.
    if (in.eof()) {
      partial_tail = true;
      break;
    }
    ++line_number;
    const auto record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    const auto id = record.is_object() ? record.find("id") : record.end();
    if (!record.is_object() || id == record.end() || !id->is_string()) {
      return Status::error("output_not_resumable", "cannot resume " + path + ": line " +
                                                       std::to_string(line_number) +
                                                       " is not a vane record with an id");
    }
    ids.insert(id->get<std::string>());
    complete_bytes += line.size() + 1;
  }
  if (in.bad()) return cannot("read", path);
  in.close();
  if (partial_tail) {
    std::filesystem::resize_file(path, complete_bytes, error);
    if (error) {
      return Status::error("output_unwritable",
                           "cannot cut the unfinished last line of " + path + ": " + error.message());
    }
  }
  return ids;
}

Expected<std::unique_ptr<RecordSink>> JsonlSink::open(const std::string& target, bool resume) {
  if (target == "-") {
    return std::unique_ptr<RecordSink>(new JsonlSink("stdout", nullptr, {}));
  }
  std::unordered_set<std::string> completed;
  if (resume) {
    auto recovered = recover_jsonl_output(target);
    if (!recovered) return recovered.status();
    completed = std::move(*recovered);
  }
  const auto mode = std::ios::binary | (resume ? std::ios::app : std::ios::trunc);
  auto file = std::make_unique<std::ofstream>(target, mode);
  if (!*file) return cannot("write", target);
  return std::unique_ptr<RecordSink>(new JsonlSink(target, std::move(file), std::move(completed)));
}

JsonlSink::JsonlSink(std::string target, std::unique_ptr<std::ofstream> file,
                     std::unordered_set<std::string> completed)
    : target_(std::move(target)),
      file_(std::move(file)),
      out_(file_ ? static_cast<std::ostream*>(file_.get()) : &std::cout),
      completed_(std::move(completed)) {}

Status JsonlSink::write(const engine::Record& record) {
  line_.clear();
  io::append_record_json(record, line_);
  line_.push_back('\n');
  out_->write(line_.data(), static_cast<std::streamsize>(line_.size()));
  if (!*out_) return Status::error("output_unwritable", "writing " + target_ + " failed");
  return Status::ok();
}

Status JsonlSink::finish() {
  out_->flush();
  if (!*out_) {
    return Status::error("output_unwritable", "writing " + target_ + " failed");
  }
  return Status::ok();
}

}  // namespace vane::output
