#include "io/document_reader.hpp"

#include <memory>

namespace vane::io {

RawDoc error_document(std::uint64_t seq, std::string id, std::string source, Status status) {
  RawDoc doc;
  doc.seq = seq;
  doc.id = std::move(id);
  doc.source = std::move(source);
  doc.input_error = std::move(status);
  return doc;
}

RawDoc file_document(std::uint64_t seq, const std::string& name, std::string text) {
  RawDoc doc;
  doc.seq = seq;
  doc.id = name;
  doc.source = name;
  doc.text = std::make_shared<const std::string>(std::move(text));
  return doc;
}

std::optional<RawDoc> ErrorReader::next(std::uint64_t seq) {
  if (done_) return std::nullopt;
  done_ = true;
  return error_document(seq, id_, source_, status_);
}

}  // namespace vane::io
