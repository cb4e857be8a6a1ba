#include "report/text_store.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using vane::report::TextStore;

TEST_CASE("text store hands out texts by id, repeated ids in input order", "[report]") {
  std::istringstream in(
      R"({"id": "a", "text": "first a"})"
      "\n"
      R"({"id": "b", "text": "only b"})"
      "\n"
      R"({"id": "a", "text": "second a"})"
      "\n"
      R"({"text": "no id"})"
      "\n"
      "not json\n"
      R"({"id": "c"})"
      "\n");
  auto store = TextStore::read(in, "posts.jsonl");
  CHECK(store.texts() == 4);
  CHECK(store.unusable_lines() == 2);
  CHECK(store.take("a") == "first a");
  CHECK(store.take("a") == "second a");
  CHECK_FALSE(store.take("a"));
  CHECK(store.take("b") == "only b");
  // The id `vane analyze` gives a document without one.
  CHECK(store.take("posts.jsonl:4") == "no id");
  CHECK_FALSE(store.take("c"));
  CHECK_FALSE(store.take("missing"));
}
