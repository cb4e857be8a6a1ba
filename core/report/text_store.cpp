#include "report/text_store.hpp"

#include "io/jsonl_reader.hpp"

namespace vane::report {

TextStore TextStore::read(std::istream& in, const std::string& source) {
  // Larger than any --max-bytes a user is likely to have analysed with: a
  // text the analyzer accepted must not be refused here.
  io::ReaderOptions options;
  options.max_text_bytes = std::size_t{256} << 20;
  io::JsonlReader reader(in, source, options);
  TextStore store;
  std::uint64_t seq = 0;
  while (auto doc = reader.next(seq++)) {
    if (!doc->input_error.is_ok() || !doc->text) {
      ++store.unusable_lines_;
      continue;
    }
    store.by_id_[doc->id].push_back(*doc->text);
    ++store.texts_;
  }
  store.read_failed_ = reader.failed();
  return store;
}

std::optional<std::string> TextStore::take(const std::string& id) {
  const auto it = by_id_.find(id);
  if (it == by_id_.end() || it->second.empty()) return std::nullopt;
  std::string text = std::move(it->second.front());
  it->second.pop_front();
  return text;
}

}  // namespace vane::report
