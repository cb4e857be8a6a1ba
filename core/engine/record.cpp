#include "engine/record.hpp"

namespace vane::engine {

const char* to_string(RecordStatus status) {
  switch (status) {
    case RecordStatus::ok: return "ok";
    case RecordStatus::empty: return "empty";
    case RecordStatus::unsupported_language: return "unsupported_language";
    case RecordStatus::error: return "error";
  }
  return "error";
}

}  // namespace vane::engine
