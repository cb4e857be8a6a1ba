// A small streaming JSON writer: appends straight to a string, so records
// are serialised without building a DOM that is then thrown away.
//
//   std::string out;
//   vane::io::JsonWriter w(out);
//   w.begin_object(); w.key("id"); w.string("a\"b"); w.key("n"); w.number(3); w.end_object();
//   // out == {"id":"a\"b","n":3}
// Commas are placed automatically. Strings must be valid UTF-8 (the writer
// escapes control characters, quotes and backslashes; it does not validate).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vane::io {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view name);  // a field name: ASCII, written unescaped
  void string(std::string_view value);
  void number(double value);   // shortest round-trip form; non-finite as null
  void integer(std::int64_t value);
  void boolean(bool value);
  void null();
  void raw(std::string_view json);  // an already serialised JSON value

 private:
  void before_value();
  std::string& out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

// Appends `value` as a JSON string literal (quotes included).
void append_json_string(std::string& out, std::string_view value);

}  // namespace vane::io
