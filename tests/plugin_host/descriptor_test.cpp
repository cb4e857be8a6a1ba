// check_descriptor on descriptors built right here: every field check, and
// that optional fields are read only when `size` covers them.
#include "plugin_host/descriptor.hpp"

#include <catch2/catch.hpp>

using vane::plugin_host::check_descriptor;
using vane::plugin_host::kMinDescriptorSize;
using vane::plugin_host::Manifest;

namespace {

const char* const kLangs[] = {"nl", "fy", nullptr};

int fake_init(const char*, char*, std::size_t) { return VANE_OK; }
int fake_split(vane_word, vane_cuts*) { return VANE_OK; }

vane_plugin_info good_info() {
  return vane_plugin_info{VANE_PLUGIN_ABI, sizeof(vane_plugin_info), "nl", "1.0.0", kLangs,
                          VANE_CAP_COMPOUNDS, "data", VANE_C_ABI_ID, &fake_init, &fake_split};
}

Manifest good_manifest() {
  Manifest m;
  m.name = "nl";
  m.version = "1.0.0";
  m.abi = VANE_PLUGIN_ABI;
  m.langs = {"nl", "fy"};
  m.library = "libvane_nl.so";
  return m;
}

std::string error_for(const vane_plugin_info& info, const Manifest& m = good_manifest()) {
  const auto d = check_descriptor(&info, m);
  REQUIRE_FALSE(d.has_value());
  CHECK(d.status().code == "plugin_descriptor");
  return d.status().message;
}

}  // namespace

TEST_CASE("descriptor: a good descriptor is copied out", "[descriptor]") {
  const auto info = good_info();
  const auto d = check_descriptor(&info, good_manifest());
  REQUIRE(d.has_value());
  CHECK(d->name == "nl");
  CHECK(d->version == "1.0.0");
  CHECK(d->langs == std::vector<std::string>{"nl", "fy"});
  CHECK(d->caps == VANE_CAP_COMPOUNDS);
  CHECK(d->data_dir == "data");
  CHECK(d->c_abi == VANE_C_ABI_ID);
  CHECK(d->init == &fake_init);
  CHECK(d->split_compound == &fake_split);
}

TEST_CASE("descriptor: null pointer from the entry point", "[descriptor]") {
  const auto d = check_descriptor(nullptr, good_manifest());
  REQUIRE_FALSE(d.has_value());
  CHECK(d.status().message == "vane_plugin_info_v1() returned null");
}

TEST_CASE("descriptor: ABI is checked first", "[descriptor]") {
  auto info = good_info();
  info.abi = 2;
  info.size = 0;        // would also fail, but ABI decides what size means
  info.c_abi = nullptr;
  CHECK(error_for(info) == "ABI 2, host supports 1");
  info.abi = 0;
  CHECK(error_for(info) == "ABI 0, host supports 1");
}

TEST_CASE("descriptor: size decides which fields are read", "[descriptor]") {
  auto info = good_info();
  SECTION("too small for the fields the host needs") {
    info.size = 16;
    CHECK(error_for(info) == "descriptor size 16 is smaller than the " +
                                 std::to_string(kMinDescriptorSize) + " bytes the host needs");
    info.size = static_cast<std::uint32_t>(kMinDescriptorSize - 1);
    CHECK_FALSE(check_descriptor(&info, good_manifest()).has_value());
  }
  SECTION("exactly the minimum: no hooks, whatever the bytes after say") {
    info.size = static_cast<std::uint32_t>(kMinDescriptorSize);
    const auto d = check_descriptor(&info, good_manifest());
    REQUIRE(d.has_value());
    CHECK(d->init == nullptr);
    CHECK(d->split_compound == nullptr);
  }
  SECTION("covers init but not split_compound") {
    info.size = static_cast<std::uint32_t>(offsetof(vane_plugin_info, split_compound));
    const auto d = check_descriptor(&info, good_manifest());
    REQUIRE(d.has_value());
    CHECK(d->init == &fake_init);
    CHECK(d->split_compound == nullptr);
  }
  SECTION("a newer, longer descriptor is fine") {
    info.size = sizeof(vane_plugin_info) + 64;
    CHECK(check_descriptor(&info, good_manifest()).has_value());
  }
}

TEST_CASE("descriptor: C ABI id must match the host's", "[descriptor]") {
  auto info = good_info();
  info.c_abi = "sparc-ptr4-be";
  CHECK(error_for(info) == std::string("built for C ABI sparc-ptr4-be, host is ") + VANE_C_ABI_ID);
  info.c_abi = nullptr;
  CHECK(error_for(info) == "descriptor has no c_abi (null)");
}

TEST_CASE("descriptor: null and empty fields", "[descriptor]") {
  auto info = good_info();
  const char* const no_langs[] = {nullptr};
  const char* const empty_code[] = {"nl", "", nullptr};
  SECTION("name") {
    info.name = nullptr;
    CHECK(error_for(info) == "descriptor has a null or empty name");
    info.name = "";
    CHECK(error_for(info) == "descriptor has a null or empty name");
  }
  SECTION("version") {
    info.version = nullptr;
    CHECK(error_for(info) == "descriptor has a null or empty version");
  }
  SECTION("langs") {
    info.langs = nullptr;
    CHECK(error_for(info) == "descriptor has null langs");
    info.langs = no_langs;
    CHECK(error_for(info) == "descriptor langs is empty");
    info.langs = empty_code;
    CHECK(error_for(info) == "descriptor langs holds an empty code");
  }
  SECTION("data_dir") {
    info.data_dir = nullptr;
    CHECK(error_for(info) == "descriptor has a null data_dir");
  }
}

TEST_CASE("descriptor: a langs array without its NULL is caught at a bound", "[descriptor]") {
  std::vector<const char*> many(vane::plugin_host::kMaxLangs + 1, "xx");
  many.push_back(nullptr);
  auto info = good_info();
  info.langs = many.data();
  CHECK_THAT(error_for(info), Catch::Matchers::Contains("more than 64 entries"));
}

TEST_CASE("descriptor: must agree with manifest.json", "[descriptor]") {
  const auto info = good_info();
  auto m = good_manifest();
  SECTION("name") {
    m.name = "dutch";
    CHECK(error_for(info, m) == "name \"nl\" in the descriptor disagrees with manifest.json \"dutch\"");
  }
  SECTION("version") {
    m.version = "1.0.1";
    CHECK(error_for(info, m) == "version \"1.0.0\" in the descriptor disagrees with manifest.json \"1.0.1\"");
  }
  SECTION("langs, as a set") {
    m.langs = {"fy", "nl"};
    CHECK(check_descriptor(&info, m).has_value());
    m.langs = {"nl"};
    CHECK(error_for(info, m) == "langs [nl, fy] in the descriptor disagree with manifest.json [nl]");
  }
}
