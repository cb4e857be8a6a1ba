#include "cli/input_size.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

using vane::cli::total_input_bytes;

namespace {

std::filesystem::path write_temp(const std::string& name, std::size_t size) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << std::string(size, 'x');
  return path;
}

}  // namespace

TEST_CASE("the total input size is the sum of the regular files' sizes", "[cli]") {
  const auto a = write_temp("vane_input_size_a.jsonl", 1000);
  const auto b = write_temp("vane_input_size_b.jsonl", 234);
  CHECK(total_input_bytes({a.string(), b.string()}) == 1234u);
  // A missing file yields one error record and no bytes: it does not hide the total.
  CHECK(total_input_bytes({a.string(), "/nonexistent/vane.jsonl"}) == 1000u);
  std::filesystem::remove(a);
  std::filesystem::remove(b);
}

TEST_CASE("an input without a size (a FIFO) makes the total unknown", "[cli]") {
  const auto a = write_temp("vane_input_size_c.jsonl", 10);
  const auto fifo = std::filesystem::temp_directory_path() / "vane_input_size_fifo";
  std::filesystem::remove(fifo);
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_FALSE(total_input_bytes({a.string(), fifo.string()}));
  std::filesystem::remove(fifo);
  std::filesystem::remove(a);
}
