// manifest.json parsing: presence and types of every field, checked before
// any plugin code runs, with reasons a user can act on.
#include "plugin_host/manifest.hpp"

#include <catch2/catch.hpp>

#include "host_test_support.hpp"

namespace fs = std::filesystem;
using vane::plugin_host::parse_manifest;
using vane::plugin_host::read_manifest;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

const fs::path kDir = "plugins/en";

std::string manifest_with(const std::string& field, const std::string& value) {
  std::string fields[][2] = {{"name", "\"en\""},
                             {"version", "\"0.1.0\""},
                             {"abi", "1"},
                             {"langs", "[\"en\"]"},
                             {"library", "\"libvane_en.so\""}};
  std::string text = "{";
  for (auto& [key, v] : fields) {
    if (key == field && value.empty()) continue;  // drop the field
    text += (text.size() > 1 ? ", \"" : "\"") + key + "\": " + (key == field ? value : v);
  }
  return text + "}";
}

std::string error_for(const std::string& field, const std::string& value) {
  const auto m = parse_manifest(manifest_with(field, value), kDir);
  REQUIRE_FALSE(m.has_value());
  CHECK(m.status().code == "plugin_manifest");
  return m.status().message;
}

}  // namespace

TEST_CASE("manifest: a complete manifest parses", "[manifest]") {
  const auto m = parse_manifest(R"({"name": "en", "version": "0.1.0", "abi": 1, "langs": ["en", "en-GB"],
      "library": "libvane_en.so", "description": "English", "homepage": "ignored"})", kDir);
  REQUIRE(m.has_value());
  CHECK(m->name == "en");
  CHECK(m->version == "0.1.0");
  CHECK(m->abi == 1);
  CHECK(m->langs == std::vector<std::string>{"en", "en-GB"});
  CHECK(m->library == "libvane_en.so");
  CHECK(m->library_path == fs::path("plugins/en/libvane_en.so"));
  CHECK(m->path == fs::path("plugins/en/manifest.json"));
  CHECK(m->dir == kDir);
  CHECK(m->description == "English");
}

TEST_CASE("manifest: description is optional, a library in a subdirectory is fine", "[manifest]") {
  const auto m = parse_manifest(manifest_with("library", "\"lib/./libvane_en.so\""), kDir);
  REQUIRE(m.has_value());
  CHECK(m->description.empty());
  CHECK(m->library_path == fs::path("plugins/en/lib/libvane_en.so"));
}

TEST_CASE("manifest: malformed JSON names the JSON error", "[manifest]") {
  const auto m = parse_manifest("{\"name\": \"en\",\n \"langs\": [\"en\",]}", kDir);
  REQUIRE_FALSE(m.has_value());
  CHECK_THAT(m.status().message, StartsWith("malformed manifest.json: parse error at line 2, column"));
  CHECK_THAT(m.status().message, !Contains("[json.exception"));
  CHECK_THAT(parse_manifest("", kDir).status().message, StartsWith("malformed manifest.json: "));
  CHECK(parse_manifest("[1, 2]", kDir).status().message == "manifest.json: expected an object, found array");
}

TEST_CASE("manifest: every required field must be present", "[manifest]") {
  for (const char* field : {"name", "version", "abi", "langs", "library"}) {
    CAPTURE(field);
    CHECK(error_for(field, "") == std::string("manifest.json: missing \"") + field + "\"");
  }
}

TEST_CASE("manifest: fields must have the right types", "[manifest]") {
  CHECK(error_for("name", "7") == "manifest.json: \"name\" must be a string, not number");
  CHECK(error_for("version", "null") == "manifest.json: \"version\" must be a string, not null");
  CHECK(error_for("version", "\"\"") == "manifest.json: \"version\" is empty");
  CHECK(error_for("abi", "\"1\"") == "manifest.json: \"abi\" must be an integer, not string");
  CHECK(error_for("abi", "1.5") == "manifest.json: \"abi\" must be an integer, not number");
  CHECK(error_for("library", "[]") == "manifest.json: \"library\" must be a string, not array");
  CHECK(error_for("name", "\"En Plugin\"") == "manifest.json: name \"En Plugin\" must match [a-z0-9_-]+");
}

TEST_CASE("manifest: langs must be a non-empty list of distinct codes", "[manifest]") {
  const std::string want = "manifest.json: \"langs\" must be a non-empty array of language codes";
  CHECK(error_for("langs", "\"en\"") == want);
  CHECK(error_for("langs", "[]") == want);
  CHECK(error_for("langs", "{}") == want);
  CHECK(error_for("langs", "[\"en\", 3]") == "manifest.json: bad language code 3 in \"langs\"");
  CHECK(error_for("langs", "[\"\"]") == "manifest.json: bad language code \"\" in \"langs\"");
  CHECK(error_for("langs", "[\"e n\"]") == "manifest.json: bad language code \"e n\" in \"langs\"");
  CHECK(error_for("langs", "[\"en\", \"en\"]") == "manifest.json: language \"en\" listed twice");
}

TEST_CASE("manifest: the library must stay inside the plugin directory", "[manifest]") {
  CHECK_THAT(error_for("library", "\"../fr/libvane_fr.so\""), Contains("leaves the plugin directory"));
  CHECK_THAT(error_for("library", "\"sub/../../libvane_fr.so\""), Contains("leaves the plugin directory"));
  CHECK_THAT(error_for("library", "\".\""), Contains("leaves the plugin directory"));
  CHECK_THAT(error_for("library", "\"sub/..\""), Contains("leaves the plugin directory"));
  CHECK_THAT(error_for("library", "\"/usr/lib/libc.so.6\""),
             Contains("must be relative to the plugin directory"));
}

TEST_CASE("manifest: read_manifest reads <dir>/manifest.json", "[manifest]") {
  vane::plugin_host::test::TempDir tmp;
  SECTION("present") {
    tmp.write("manifest.json", manifest_with("name", "\"en\""));
    const auto m = read_manifest(tmp.path());
    REQUIRE(m.has_value());
    CHECK(m->path == tmp.path() / "manifest.json");
    CHECK(m->library_path == tmp.path() / "libvane_en.so");
  }
  SECTION("absent") {
    const auto m = read_manifest(tmp.path());
    REQUIRE_FALSE(m.has_value());
    CHECK(m.status().message == "cannot read manifest.json");
  }
}
