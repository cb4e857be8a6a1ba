#include "output/sink_format.hpp"

#include <catch2/catch.hpp>

using vane::output::infer_sink_format;
using vane::output::parse_sink_format;
using vane::output::SinkFormat;

TEST_CASE("the output format is inferred from the target's extension or scheme", "[output]") {
  CHECK(infer_sink_format("-") == SinkFormat::jsonl);
  CHECK(infer_sink_format("out.jsonl") == SinkFormat::jsonl);
  CHECK(infer_sink_format("out.NDJSON") == SinkFormat::jsonl);
  CHECK(infer_sink_format("dir.v2/out.json") == SinkFormat::jsonl);
  CHECK(infer_sink_format("results.csv") == SinkFormat::csv);
  CHECK(infer_sink_format("results.CSV") == SinkFormat::csv);
  CHECK(infer_sink_format("runs/may.sqlite") == SinkFormat::sqlite);
  CHECK(infer_sink_format("may.sqlite3") == SinkFormat::sqlite);
  CHECK(infer_sink_format("may.db") == SinkFormat::sqlite);
  CHECK(infer_sink_format("postgresql://user@host/vane") == SinkFormat::postgresql);
  CHECK(infer_sink_format("postgres://host/vane") == SinkFormat::postgresql);
  // Anything else stays JSON Lines, which is what -o wrote before formats existed.
  CHECK(infer_sink_format("results.txt") == SinkFormat::jsonl);
  CHECK(infer_sink_format("csv") == SinkFormat::jsonl);
}

TEST_CASE("output format names parse, unknown ones do not", "[output]") {
  CHECK(parse_sink_format("jsonl") == SinkFormat::jsonl);
  CHECK(parse_sink_format("csv") == SinkFormat::csv);
  CHECK(parse_sink_format("sqlite") == SinkFormat::sqlite);
  CHECK(parse_sink_format("postgresql") == SinkFormat::postgresql);
  CHECK_FALSE(parse_sink_format("json").has_value());
  CHECK_FALSE(parse_sink_format("").has_value());
  for (auto f : {SinkFormat::jsonl, SinkFormat::csv, SinkFormat::sqlite, SinkFormat::postgresql}) {
    CHECK(parse_sink_format(vane::output::to_string(f)) == f);
  }
}
