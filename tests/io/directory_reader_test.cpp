#include "io/directory_reader.hpp"

#include <catch2/catch.hpp>

#include "input_test_support.hpp"
#include "io/directory_walker.hpp"

using vane::io::DirectoryReader;
using vane::io::InputFormat;
using vane::io::ReaderOptions;
using vane::testing::io_fixture;
using vane::testing::read_all;
using vane::testing::ScratchDir;

namespace {

std::vector<std::string> ids_of(const std::vector<vane::io::RawDoc>& docs) {
  std::vector<std::string> ids;
  for (const auto& doc : docs) ids.push_back(doc.id);
  return ids;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("a directory is read recursively in byte order of relative paths", "[io][dir]") {
  ReaderOptions options;
  DirectoryReader reader(io_fixture("tree").string(), options);
  const auto docs = read_all(reader, 5);
  // Hidden entries and notes.docx (unknown extension) are skipped; 'Z' < 'a'
  // and '-' < '/' in byte order.
  CHECK(ids_of(docs) == Ids{"Zebra-campaign.txt", "a-offer.txt", "a/deep/pricing.md", "blog/launch.md",
                            "blog/summer-sale.html", "drafts/unfinished.txt"});
  for (std::size_t i = 0; i < docs.size(); ++i) {
    CHECK(docs[i].seq == 5 + i);
    CHECK(docs[i].input_error.is_ok());
  }
  CHECK(*docs[4].text == "Summer sale\n\nSave 25% on every plan this July.");
  CHECK(reader.file_count() == 6);
  CHECK(reader.skipped_count() == 3);  // .env.txt, .hidden/, notes.docx
}

TEST_CASE("include and exclude globs select by relative path", "[io][dir]") {
  ReaderOptions options;
  options.include = {"*.txt", "*.md"};
  options.exclude = {"drafts"};
  DirectoryReader reader(io_fixture("tree").string(), options);
  CHECK(ids_of(read_all(reader)) == Ids{"Zebra-campaign.txt", "a-offer.txt", "a/deep/pricing.md", "blog/launch.md"});

  ReaderOptions blog;
  blog.include = {"blog/*"};
  blog.exclude = {"*.html"};
  DirectoryReader blog_reader(io_fixture("tree").string(), blog);
  CHECK(ids_of(read_all(blog_reader)) == Ids{"blog/launch.md"});
}

TEST_CASE("hidden entries are read on request, and a forced format reads every file", "[io][dir]") {
  ReaderOptions options;
  options.include_hidden = true;
  options.format = InputFormat::text;
  options.include = {"*.txt", "*.docx"};
  DirectoryReader reader(io_fixture("tree").string(), options);
  CHECK(ids_of(read_all(reader)) == Ids{".env.txt", ".hidden/secret.txt", "Zebra-campaign.txt", "a-offer.txt",
                                        "drafts/unfinished.txt", "notes.docx"});
}

TEST_CASE("an empty directory yields no documents", "[io][dir]") {
  ScratchDir dir("empty");
  DirectoryReader reader(dir.path().string(), {});
  CHECK(reader.file_count() == 0);
  CHECK(reader.skipped_count() == 0);
  CHECK_FALSE(reader.next(0));
}

TEST_CASE("a file deleted between listing and opening is one error record", "[io][dir]") {
  ScratchDir dir("vanish");
  dir.write("a.txt", "Our webinar filled 300 seats.");
  dir.write("b.txt", "This file disappears before it is read.");
  dir.write("c.txt", "Retargeting ads doubled conversions.");
  DirectoryReader reader(dir.path().string(), {});  // lists now
  std::filesystem::remove(dir.path() / "b.txt");
  const auto docs = read_all(reader);
  REQUIRE(docs.size() == 3);
  CHECK(ids_of(docs) == Ids{"a.txt", "b.txt", "c.txt"});
  CHECK(docs[0].input_error.is_ok());
  CHECK(docs[1].input_error.code == "unreadable_input");
  CHECK_THAT(docs[1].input_error.message, Catch::Contains("b.txt") && Catch::Contains("No such file"));
  CHECK(docs[2].input_error.is_ok());
  CHECK(*docs[2].text == "Retargeting ads doubled conversions.");
}

TEST_CASE("a subdirectory that cannot be listed is one error record in its place", "[io][dir]") {
  if (::geteuid() == 0) {
    // root reads everything: permissions cannot make a directory unlistable.
    SUCCEED("skipped as root");
    return;
  }
  ScratchDir dir("locked");
  dir.write("a.txt", "Cold calls work.");
  dir.write("locked/b.txt", "Hidden behind permissions.");
  dir.write("z.txt", "Guest posts bring links.");
  std::filesystem::permissions(dir.path() / "locked", std::filesystem::perms::none);
  DirectoryReader reader(dir.path().string(), {});
  const auto docs = read_all(reader);
  std::filesystem::permissions(dir.path() / "locked", std::filesystem::perms::owner_all);
  REQUIRE(docs.size() == 3);
  CHECK(docs[1].id == "locked");
  CHECK(docs[1].input_error.code == "unreadable_input");
}

TEST_CASE("glob matching: '*' crosses '/', patterns see the relative path", "[io][dir]") {
  using vane::io::glob_matches;
  CHECK(glob_matches("*.md", "a/b/c.md"));
  CHECK(glob_matches("blog/*", "blog/2024/x.txt"));
  CHECK_FALSE(glob_matches("blog/*", "news/blog/x.txt"));
  CHECK(glob_matches("*/draft-?.txt", "x/draft-1.txt"));
  CHECK_FALSE(glob_matches("*.MD", "a.md"));
}
