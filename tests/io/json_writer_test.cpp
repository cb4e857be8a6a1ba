#include "io/json_writer.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using vane::io::JsonWriter;

TEST_CASE("JsonWriter places commas and escapes strings", "[io]") {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("s");
  w.string("quote \" backslash \\ newline \n tab \t ctrl \x01 é");
  w.key("list");
  w.begin_array();
  w.integer(-3);
  w.number(0.25);
  w.boolean(true);
  w.null();
  w.begin_object();
  w.end_object();
  w.end_array();
  w.key("raw");
  w.raw(R"({"a":1})");
  w.end_object();

  const auto parsed = nlohmann::json::parse(out);
  CHECK(parsed["s"] == "quote \" backslash \\ newline \n tab \t ctrl \x01 é");
  CHECK(parsed["list"].size() == 5);
  CHECK(parsed["list"][0] == -3);
  CHECK(parsed["list"][1] == 0.25);
  CHECK(parsed["list"][3].is_null());
  CHECK(parsed["raw"]["a"] == 1);
  CHECK(out.find("\\u0001") != std::string::npos);
}

TEST_CASE("JsonWriter writes non-finite numbers as null", "[io]") {
  std::string out;
  JsonWriter w(out);
  w.begin_array();
  w.number(std::numeric_limits<double>::infinity());
  w.number(std::numeric_limits<double>::quiet_NaN());
  w.end_array();
  CHECK(out == "[null,null]");
}
