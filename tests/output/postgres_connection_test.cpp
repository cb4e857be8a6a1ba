// The parts of the PostgreSQL connection that need no server; the rest is
// in postgres_output_cli_test.cpp, against a real one.
#include "output/postgres_connection.hpp"

#include <catch2/catch.hpp>

using vane::output::PostgresConnection;
using vane::output::redact_connection_target;

TEST_CASE("connection strings lose their passwords before they reach a message", "[output]") {
  CHECK(redact_connection_target("postgresql://vane@db.example:5433/crawl") == "postgresql://vane@db.example:5433/crawl");
  CHECK(redact_connection_target("postgresql://vane:s3cr%40t@db.example/crawl") == "postgresql://vane:***@db.example/crawl");
  CHECK(redact_connection_target("postgres://vane:pw@/crawl?host=/run/pg") == "postgres://vane:***@/crawl?host=/run/pg");
  CHECK(redact_connection_target("postgresql://db.example/crawl?user=vane&password=pw&sslmode=require") ==
        "postgresql://db.example/crawl?user=vane&password=***&sslmode=require");
  CHECK(redact_connection_target("host=db user=vane password=pw dbname=crawl") ==
        "host=db user=vane password=*** dbname=crawl");
  CHECK(redact_connection_target("host=db password='p w\\'x' dbname=crawl") == "host=db password=*** dbname=crawl");
  // A host or database that merely contains the word stays as it is.
  CHECK(redact_connection_target("postgresql://db/old_password=x") == "postgresql://db/old_password=x");
  // An @ in the path or query is not user info.
  CHECK(redact_connection_target("postgresql://db:5432/x?application_name=a:b@c") ==
        "postgresql://db:5432/x?application_name=a:b@c");
}

TEST_CASE("a server that cannot be reached is a status naming it, without the password", "[output]") {
  auto db = PostgresConnection::open("postgresql://vane:topsecret@127.0.0.1:1/crawl?connect_timeout=5");
  REQUIRE_FALSE(db.has_value());
  CHECK(db.status().code == "postgres_connect");
  CHECK_THAT(db.status().message, Catch::StartsWith("cannot connect to postgresql://vane:***@127.0.0.1:1/crawl"));
  CHECK_THAT(db.status().message, !Catch::Contains("topsecret") && !Catch::Contains("\n"));
}
