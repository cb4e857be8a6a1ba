// Reads a whole stream into memory, up to a limit, so that a file that is
// far too big costs a flag rather than its size: readers of one-document
// files (plain text, HTML) use it.
//
//   std::string text;
//   switch (vane::io::read_whole_stream(in, limit, text)) { case WholeStream::too_large: ... }
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace vane::io {

enum class WholeStream { complete, too_large, read_error };

// Reads `in` into `out`; stops after limit + 1 bytes (too_large). `out`
// holds what was read even on error.
WholeStream read_whole_stream(std::istream& in, std::size_t limit, std::string& out);

}  // namespace vane::io
