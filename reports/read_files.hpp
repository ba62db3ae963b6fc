#pragma once
#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

struct stat;

namespace clausecheck::reports {

// The files a run reads, which none of its outputs may replace
// (refuse_overwrite). They are compared with an output by device and inode,
// so that symlinks, hard links and "./a" do not hide one; each is stat'ed
// once, when the first output that exists is checked, and kept: the report
// written at the end of a run is compared with the files as they stood when
// the run began, at the cost of its own stat (a second stat of each file made
// a tenth of the serial part of a `check --jobs 2 -o FILE` of the laws corpus).
// A path that cannot be stat'ed is no file an output could be. The paths are
// kept as strings: a copy of a run's std::filesystem::path list, each path
// split into its components again, cost 5 ms of a corpus's 3,423 files.
class ReadFiles {
 public:
  ReadFiles() = default;
  ReadFiles(const std::vector<std::filesystem::path>& paths) : paths_(natives(paths)) {}  // a list of paths is one
  ReadFiles(std::initializer_list<std::filesystem::path> paths) : paths_(natives(paths)) {}

  void add(const std::filesystem::path& path);

  // The first of the files (in the order added) that is the file `st` describes, or null.
  const std::string* find(const struct stat& st) const;

 private:
  template <typename Paths>
  static std::vector<std::string> natives(const Paths& paths) {
    std::vector<std::string> out;
    out.reserve(paths.size());
    for (const std::filesystem::path& path : paths) out.push_back(path.native());
    return out;
  }
  struct Identity {
    dev_t dev;
    ino_t ino;
    std::size_t index;  // in paths_
  };
  std::vector<std::string> paths_;
  mutable std::optional<std::vector<Identity>> identities_;  // taken at the first find after an add
};

}  // namespace clausecheck::reports
