#include "io/whole_stream.hpp"

#include <algorithm>

namespace vane::io {

WholeStream read_whole_stream(std::istream& in, std::size_t limit, std::string& out) {
  constexpr std::size_t kBlock = 1 << 20;
  out.clear();
  while (out.size() <= limit) {
    const std::size_t before = out.size();
    const std::size_t want = std::min(kBlock, limit + 1 - before);
    out.resize(before + want);
    in.read(out.data() + before, static_cast<std::streamsize>(want));
    out.resize(before + static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return WholeStream::read_error;
    if (!in) break;
  }
  return out.size() > limit ? WholeStream::too_large : WholeStream::complete;
}

}  // namespace vane::io
