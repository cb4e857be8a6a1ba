// The documents' texts for the report (`vane report --texts INPUT.jsonl`),
// looked up by id. Ids are those `vane analyze` gives: the input's "id", or
// "<file>:<line>" when it has none, so pass the input path as it was given to
// analyze. An id that occurs several times hands out its texts in input
// order, matching the records, which are in input order too.
//
//   std::ifstream in("posts.jsonl");
//   auto texts = vane::report::TextStore::read(in, "posts.jsonl");
//   if (auto text = texts.take("blog-17")) show(*text);
#pragma once

#include <cstddef>
#include <deque>
#include <istream>
#include <optional>
#include <string>
#include <unordered_map>

namespace vane::report {

class TextStore {
 public:
  // Lines that are not usable documents (malformed JSON, invalid UTF-8, no
  // text) are counted and skipped: their records are error records, which
  // show no text anyway.
  static TextStore read(std::istream& in, const std::string& source);

  // The next unused text for `id`, or nullopt.
  std::optional<std::string> take(const std::string& id);

  std::size_t texts() const { return texts_; }
  std::size_t unusable_lines() const { return unusable_lines_; }
  bool read_failed() const { return read_failed_; }

 private:
  std::unordered_map<std::string, std::deque<std::string>> by_id_;
  std::size_t texts_ = 0;
  std::size_t unusable_lines_ = 0;
  bool read_failed_ = false;
};

}  // namespace vane::report
