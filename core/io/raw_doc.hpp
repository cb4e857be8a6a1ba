// One input document as a reader produces it: owns its bytes, knows its
// place in the input. A reader that cannot make sense of its input still
// yields a RawDoc, with `input_error` set, so the document gets its record.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "util/status.hpp"

namespace vane::io {

struct RawDoc {
  std::uint64_t seq = 0;   // 0-based position in the whole input, across files
  std::string id;
  std::shared_ptr<const std::string> text;  // bytes as given (may be invalid UTF-8)
  std::string lang_hint;   // from the input record's "lang", if any
  std::string meta_json;   // kept fields, serialised as a JSON object, or ""
  std::string source;      // "file.jsonl:12" for messages
  std::string encoding;    // the charset the text was converted from; "" when it was UTF-8
  Status input_error;      // malformed line, missing text, too large...
  std::size_t input_bytes = 0;  // input bytes this document used up (its line), for progress; 0: unknown
};

}  // namespace vane::io
