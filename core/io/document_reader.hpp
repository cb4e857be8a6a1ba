// What every input reader is: a source of RawDocs, one per document, in
// input order, each numbered by the caller. A reader never throws and never
// skips a document it was given: whatever goes wrong becomes a RawDoc whose
// input_error says what and where, so the document still gets its record.
//
//   std::unique_ptr<vane::io::DocumentReader> reader = vane::io::open_file_reader(...);
//   std::uint64_t seq = 0;
//   while (auto doc = reader->next(seq)) { ++seq; queue.push(std::move(*doc)); }
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "io/raw_doc.hpp"

namespace vane::io {

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;
  // The next document, given sequence number `seq`; nullopt at the end.
  virtual std::optional<RawDoc> next(std::uint64_t seq) = 0;
};

// A document that stands for a whole input that could not be read: its id
// is `id`, its record an error with `status`.
RawDoc error_document(std::uint64_t seq, std::string id, std::string source, Status status);

// The one document of a whole-file input (text, HTML): id and source are
// the file's name.
RawDoc file_document(std::uint64_t seq, const std::string& name, std::string text);

// A reader that yields exactly one document: the error of an input that
// could not be opened or decoded.
class ErrorReader final : public DocumentReader {
 public:
  ErrorReader(std::string id, std::string source, Status status)
      : id_(std::move(id)), source_(std::move(source)), status_(std::move(status)) {}
  std::optional<RawDoc> next(std::uint64_t seq) override;

 private:
  std::string id_;
  std::string source_;
  Status status_;
  bool done_ = false;
};

}  // namespace vane::io
