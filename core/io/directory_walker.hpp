// Lists the files under a directory, recursively, in a stable order: byte
// order of their paths relative to the root ('/'-separated), whatever order
// the file system returns them in.
//
//   vane::io::WalkOptions options{{"*.html"}, {"drafts/*"}, false};
//   auto listing = vane::io::walk_directory("site", options);
//   for (const auto& entry : listing.entries) open(entry.path, entry.relative);
//
// Hidden names (".git", ".DS_Store") are skipped, files and directories,
// unless include_hidden. A directory whose relative path matches an exclude
// pattern is not entered. Symbolic links to files are listed; symbolic links
// to directories are not followed (no loops). A directory that cannot be
// listed is an entry with `error` set, in its sorted place.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "util/status.hpp"

namespace vane::io {

struct WalkOptions {
  std::vector<std::string> include;  // fnmatch patterns; empty: every file
  std::vector<std::string> exclude;
  bool include_hidden = false;
};

struct WalkEntry {
  std::string relative;          // "blog/2024/launch.md"
  std::filesystem::path path;    // root / relative, to open
  Status error;                  // set when this is a directory that could not be listed
};

struct DirectoryListing {
  std::vector<WalkEntry> entries;
  std::size_t skipped_hidden = 0;    // hidden files and directories not entered
  std::size_t skipped_filtered = 0;  // files left out by --include / --exclude
};

// Matches '*' across '/' too (fnmatch without FNM_PATHNAME), so "*.md"
// selects Markdown files at every depth.
bool glob_matches(const std::string& pattern, const std::string& relative);

DirectoryListing walk_directory(const std::filesystem::path& root, const WalkOptions& options);

}  // namespace vane::io
