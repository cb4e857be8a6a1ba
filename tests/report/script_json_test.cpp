#include "report/script_json.hpp"

#include <catch2/catch.hpp>

using nlohmann::json;
using vane::report::json_for_script_element;

TEST_CASE("script-element JSON never lets the HTML parser see markup", "[report]") {
  const json value = {{"text", "a </script><script>alert(1)</script> <!-- x --> & b > c"},
                      {"id", "</SCRIPT>"}};
  const std::string out = json_for_script_element(value);
  CHECK(out.find('<') == std::string::npos);
  CHECK(out.find('>') == std::string::npos);
  CHECK(out.find('&') == std::string::npos);
  CHECK(out.find("\\u003c/script\\u003e") != std::string::npos);
  CHECK(out.find("\\u003c!--") != std::string::npos);
  // What the page's JSON.parse gets back is the original value.
  CHECK(json::parse(out) == value);
}

TEST_CASE("script-element JSON keeps non-ASCII text as UTF-8", "[report]") {
  const json value = {{"text", "😀 perché €"}};
  const std::string out = json_for_script_element(value);
  CHECK(out.find("😀 perché €") != std::string::npos);
  CHECK(json::parse(out) == value);
}

TEST_CASE("append_script_safe escapes already serialised JSON the same way", "[report]") {
  std::string out = "[";
  vane::report::append_script_safe(R"({"a":"<!--</script>"})", out);
  CHECK(out == R"([{"a":"\u003c!--\u003c/script\u003e"})");
}
