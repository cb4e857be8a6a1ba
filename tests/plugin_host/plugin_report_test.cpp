// PluginReport::diagnostic(): one line naming the file and the reason.
#include "plugin_host/plugin_report.hpp"

#include <catch2/catch.hpp>

using vane::plugin_host::PluginReport;
using vane::plugin_host::PluginState;

TEST_CASE("report: state names", "[report]") {
  CHECK(std::string(to_string(PluginState::loaded)) == "loaded");
  CHECK(std::string(to_string(PluginState::shadowed)) == "shadowed");
  CHECK(std::string(to_string(PluginState::failed)) == "failed");
}

TEST_CASE("report: diagnostic lines", "[report]") {
  PluginReport r;
  r.path = "plugins/fr/libvane_fr.so";

  SECTION("failed") {
    r.state = PluginState::failed;
    r.reason = "ABI 2, host supports 1";
    CHECK(r.diagnostic() == "vane: plugin plugins/fr/libvane_fr.so: ABI 2, host supports 1; skipped");
  }
  SECTION("shadowed") {
    r.state = PluginState::shadowed;
    r.reason = "language fr already served by plugin fr (/usr/lib/vane/plugins/fr/libvane_fr.so)";
    CHECK(r.diagnostic() ==
          "vane: plugin plugins/fr/libvane_fr.so: language fr already served by plugin fr "
          "(/usr/lib/vane/plugins/fr/libvane_fr.so); shadowed");
  }
  SECTION("loaded for some languages only") {
    r.state = PluginState::loaded;
    r.served_langs = {"br", "oc"};
    r.reason = "language fr already served by plugin fr (a/libvane_fr.so)";
    CHECK(r.diagnostic() ==
          "vane: plugin plugins/fr/libvane_fr.so: language fr already served by plugin fr "
          "(a/libvane_fr.so); serving br, oc only");
  }
  SECTION("loaded") {
    r.state = PluginState::loaded;
    r.served_langs = {"fr"};
    CHECK(r.diagnostic() == "vane: plugin plugins/fr/libvane_fr.so: loaded, serving fr");
  }
  SECTION("always a single line, even when a plugin's message is not") {
    r.reason = "init failed: first line\nsecond line\r\n";
    CHECK(r.diagnostic().find('\n') == std::string::npos);
    CHECK(r.diagnostic().find('\r') == std::string::npos);
    CHECK(r.diagnostic().find("first line second line") != std::string::npos);
  }
}
