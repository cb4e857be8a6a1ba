// Builds one CSV line by RFC 4180: fields separated by commas, a field that
// contains a comma, a double quote, CR or LF is enclosed in double quotes
// with its quotes doubled, and the line ends with CRLF. Absent values
// (nullopt) are empty fields. Numbers use the shortest form that reads back
// as the same double, with a '.' decimal point whatever the locale.
//
//   std::string out;
//   vane::output::CsvRow(out).field("blog-17").field("say \"hi\", ok").number(0.81).end();
//   // out == "blog-17,\"say \"\"hi\"\", ok\",0.81\r\n"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vane::output {

class CsvRow {
 public:
  explicit CsvRow(std::string& out) : out_(out) {}

  CsvRow& field(std::string_view value);
  CsvRow& optional_field(const std::optional<std::string>& value);  // nullopt: empty
  CsvRow& number(std::optional<double> value);
  CsvRow& integer(std::optional<std::int64_t> value);
  void end();  // CRLF

 private:
  void separate();
  std::string& out_;
  bool first_ = true;
};

}  // namespace vane::output
