// Serialises a Record as one JSON object in the shape SPEC.md defines and
// schema/record.schema.json describes. Byte offsets become code point
// offsets here, once per record, and every span carries its text.
//
//   std::string line;
//   vane::io::append_record_json(record, line);   // no trailing newline
#pragma once

#include <string>

#include "engine/record.hpp"

namespace vane::io {

// Bumped whenever a change to the record would break a consumer.
inline constexpr int kSchemaVersion = 1;

void append_record_json(const engine::Record& record, std::string& out);

}  // namespace vane::io
