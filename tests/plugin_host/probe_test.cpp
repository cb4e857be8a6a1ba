// The probe: a plugin that crashes or hangs while loading costs a child
// process and a message; the test process (the "host") goes on.
#include "plugin_host/probe.hpp"

#include <sys/wait.h>

#include <catch2/catch.hpp>

#include "host_test_support.hpp"

using namespace std::chrono_literals;
using vane::plugin_host::describe_child_exit;
using vane::plugin_host::probe_plugin;
using vane::plugin_host::read_manifest;
using vane::plugin_host::test::fixture;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;

namespace {

vane::Status probe(const std::string& name, std::chrono::milliseconds timeout = 5000ms) {
  const auto m = read_manifest(fixture(name));
  REQUIRE(m.has_value());
  return probe_plugin(*m, timeout);
}

}  // namespace

TEST_CASE("probe: describing how a child ended", "[probe]") {
  CHECK(describe_child_exit(W_EXITCODE(0, SIGSEGV)) == "crashed while loading (signal 11: Segmentation fault)");
  CHECK(describe_child_exit(W_EXITCODE(0, SIGABRT)) == "crashed while loading (signal 6: Aborted)");
  CHECK(describe_child_exit(W_EXITCODE(3, 0)) == "exited while loading (status 3)");
}

TEST_CASE("probe: a good plugin passes", "[probe]") {
  const auto s = probe("good");
  CHECK(s.is_ok());
  CHECK(s.message.empty());
}

TEST_CASE("probe: a segfault in a static initialiser is caught", "[probe]") {
  const auto s = probe("crash_static");
  CHECK(s.code == "plugin_probe");
  CHECK(s.message == "crashed while loading (signal 11: Segmentation fault)");
}

TEST_CASE("probe: an abort in the entry point is caught", "[probe]") {
  CHECK(probe("crash_entry").message == "crashed while loading (signal 6: Aborted)");
}

TEST_CASE("probe: a plugin that hangs is killed at the timeout", "[probe]") {
  const auto start = std::chrono::steady_clock::now();
  const auto s = probe("hang_init", 300ms);
  const auto took = std::chrono::steady_clock::now() - start;
  CHECK(s.message == "timed out while loading (killed after 0.3 s)");
  CHECK(took >= 300ms);
  CHECK(took < 5s);
}

TEST_CASE("probe: the child's own verdict comes back with its code", "[probe]") {
  const auto s = probe("init_error_c");
  CHECK(s.code == "plugin_init");
  CHECK_THAT(s.message, StartsWith("init failed: dictionary /"));
  CHECK_THAT(s.message, EndsWith("/cs.dic not found"));
  CHECK(probe("abi_mismatch").message == "ABI 2, host supports 1");
}

TEST_CASE("probe: the host survives and can still probe", "[probe]") {
  CHECK_FALSE(probe("crash_static").is_ok());
  CHECK_FALSE(probe("crash_entry").is_ok());
  CHECK(probe("good").is_ok());
}
