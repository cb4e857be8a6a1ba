// A read error in the middle of an input (a disk or network failure, a file
// truncated under us) must become one error record naming the input, after
// the documents read before it, and the batch goes on.
#include <sstream>
#include <streambuf>

#include <catch2/catch.hpp>

#include "input_test_support.hpp"
#include "io/jsonl_reader.hpp"
#include "io/reader_factory.hpp"

using vane::io::InputFormat;
using vane::io::open_stream_reader;
using vane::testing::read_all;

namespace {

// Hands out `data`, then fails the way std::filebuf does on a read error
// (libstdc++ throws from underflow; the istream turns that into badbit).
class FailingBuf final : public std::streambuf {
 public:
  explicit FailingBuf(std::string data) : data_(std::move(data)) {
    setg(data_.data(), data_.data(), data_.data() + data_.size());
  }

 protected:
  int_type underflow() override { throw std::ios_base::failure("simulated read error (EIO)"); }

 private:
  std::string data_;
};

}  // namespace

TEST_CASE("a read error mid JSON Lines ends the file with one read_error record", "[io][read_error]") {
  // Read directly, a failing stream loses the block being read when it
  // failed (libstdc++ drops the count of a read that throws), so only the
  // read_error record is certain here; the test below checks that lines
  // before the failure survive behind the decoder.
  FailingBuf buf(R"({"id": "a", "text": "Try our free trial."})" "\n" R"({"id": "b", "text": "Call now."})" "\n");
  std::istream in(&buf);
  vane::io::ReaderOptions options;
  vane::io::JsonlReader reader(in, "feed.jsonl", options);
  const auto docs = read_all(reader);
  REQUIRE(!docs.empty());
  CHECK(docs.back().id == "feed.jsonl");
  CHECK(docs.back().input_error.code == "read_error");
  CHECK_THAT(docs.back().input_error.message, Catch::Contains("feed.jsonl"));
  CHECK(reader.failed());
  CHECK_FALSE(reader.next(docs.size()));  // reported once
}

TEST_CASE("a read error behind the charset decoder is seen the same way", "[io][read_error]") {
  // Large enough that the decoder's first block does not hold it all.
  std::string lines;
  while (lines.size() < (100u << 10)) lines += R"({"id": "x", "text": "Subscribe to the newsletter."})" "\n";
  FailingBuf buf(lines);
  std::istream in(&buf);
  auto reader = open_stream_reader(in, "feed.jsonl", InputFormat::jsonl, {});
  const auto docs = read_all(*reader);
  // The first 64 KiB (the detection head) are certain to survive.
  REQUIRE(docs.size() > (64u << 10) / (lines.find('\n') + 1));
  CHECK(docs.back().input_error.code == "read_error");
  for (std::size_t i = 0; i + 1 < docs.size(); ++i) CHECK(docs[i].input_error.code != "read_error");
}

TEST_CASE("a read error mid CSV or text file is reported, not silently cut", "[io][read_error]") {
  std::string csv = "id,text\n";
  while (csv.size() < (100u << 10)) csv += "r,Book a demo with our sales team.\n";
  {
    FailingBuf buf(csv);
    std::istream in(&buf);
    auto reader = open_stream_reader(in, "ads.csv", InputFormat::csv, {});
    const auto docs = read_all(*reader);
    REQUIRE(docs.size() > 1000);
    CHECK(docs.front().input_error.is_ok());
    CHECK(docs.back().input_error.code == "read_error");
    CHECK(docs.back().id == "ads.csv");
  }
  {
    FailingBuf buf(std::string(100u << 10, 'a'));
    std::istream in(&buf);
    auto reader = open_stream_reader(in, "long.txt", InputFormat::text, {});
    const auto docs = read_all(*reader);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].input_error.code == "read_error");
    CHECK(docs[0].id == "long.txt");
  }
}
