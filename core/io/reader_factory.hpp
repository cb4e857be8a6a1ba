// Opens one input - a file, or an already open stream such as stdin - as
// the reader its format calls for, with charset detection and conversion in
// front. Whatever fails (the file cannot be opened, is binary, is in an
// encoding nobody can tell) yields a reader of one error document, so the
// caller only ever sees documents.
//
//   auto reader = vane::io::open_file_reader("posts/a.csv", "posts/a.csv", InputFormat::csv, options);
//   while (auto doc = reader->next(seq)) ...
// Every document of a file that was not UTF-8 has `encoding` set.
#pragma once

#include <istream>
#include <memory>
#include <string>

#include "io/document_reader.hpp"
#include "io/input_format.hpp"
#include "io/reader_options.hpp"

namespace vane::io {

// `path` is what is opened; `name` is the id of one-document formats, the
// prefix of "<name>:<line>" ids and what messages call the input. `format`
// must not be automatic. `options` must outlive the reader.
std::unique_ptr<DocumentReader> open_file_reader(const std::string& path, const std::string& name,
                                                 InputFormat format, const ReaderOptions& options);

// The same for a stream the caller owns and keeps open (stdin).
std::unique_ptr<DocumentReader> open_stream_reader(std::istream& in, const std::string& name, InputFormat format,
                                                   const ReaderOptions& options);

}  // namespace vane::io
