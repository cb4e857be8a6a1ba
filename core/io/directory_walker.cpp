#include "io/directory_walker.hpp"

#include <fnmatch.h>

#include <algorithm>

namespace vane::io {
namespace {

bool any_matches(const std::vector<std::string>& patterns, const std::string& relative) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& pattern) { return glob_matches(pattern, relative); });
}

class Walker {
 public:
  Walker(const std::filesystem::path& root, const WalkOptions& options) : root_(root), options_(options) {}

  DirectoryListing run() {
    walk(root_, "");
    // std::string compares as unsigned bytes: the byte order the docs promise.
    std::sort(listing_.entries.begin(), listing_.entries.end(),
              [](const WalkEntry& a, const WalkEntry& b) { return a.relative < b.relative; });
    return std::move(listing_);
  }

 private:
  void walk(const std::filesystem::path& dir, const std::string& prefix) {
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, ec);
    if (ec) {
      listing_.entries.push_back(
          {prefix.empty() ? dir.string() : prefix.substr(0, prefix.size() - 1), dir,
           Status::error("unreadable_input", "cannot list directory " + dir.string() + ": " + ec.message())});
      return;
    }
    for (; it != std::filesystem::directory_iterator(); it.increment(ec)) {
      visit(*it, prefix);
    }
    if (ec) {
      listing_.entries.push_back({prefix.empty() ? dir.string() : prefix.substr(0, prefix.size() - 1), dir,
                                  Status::error("unreadable_input", "listing directory " + dir.string() +
                                                                        " failed: " + ec.message())});
    }
  }

  void visit(const std::filesystem::directory_entry& entry, const std::string& prefix) {
    const std::string name = entry.path().filename().string();
    const std::string relative = prefix + name;
    if (!options_.include_hidden && !name.empty() && name.front() == '.') {
      ++listing_.skipped_hidden;
      return;
    }
    std::error_code ec;
    const bool is_link = entry.is_symlink(ec);
    if (entry.is_directory(ec)) {
      if (is_link) return;
      if (any_matches(options_.exclude, relative)) return;
      walk(entry.path(), relative + "/");
      return;
    }
    // A file whose type cannot be read (it vanished mid-listing) keeps its
    // entry: opening it fails, and that failure becomes its error record.
    if (!entry.is_regular_file(ec) && !ec) return;
    if ((!options_.include.empty() && !any_matches(options_.include, relative)) ||
        any_matches(options_.exclude, relative)) {
      ++listing_.skipped_filtered;
      return;
    }
    listing_.entries.push_back({relative, entry.path(), Status::ok()});
  }

  const std::filesystem::path& root_;
  const WalkOptions& options_;
  DirectoryListing listing_;
};

}  // namespace

bool glob_matches(const std::string& pattern, const std::string& relative) {
  return ::fnmatch(pattern.c_str(), relative.c_str(), 0) == 0;
}

DirectoryListing walk_directory(const std::filesystem::path& root, const WalkOptions& options) {
  return Walker(root, options).run();
}

}  // namespace vane::io
