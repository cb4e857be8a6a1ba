#include "util/status.hpp"

#include <catch2/catch.hpp>

TEST_CASE("Expected carries either a value or a status", "[util]") {
  vane::Expected<int> good = 7;
  REQUIRE(good.has_value());
  CHECK(*good == 7);

  vane::Expected<int> bad = vane::Status::error("too_large", "text exceeds 10 bytes", 10);
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.status().code == "too_large");
  CHECK(bad.status().offset == 10u);
  CHECK_FALSE(bad.status().is_ok());
  CHECK(vane::Status::ok().is_ok());
}
