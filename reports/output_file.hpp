#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "reports/read_files.hpp"

struct stat;

namespace clausecheck::reports {

class TempFile;  // output_file.cpp

// Throws InputError when `output` is one of the files in `read`
// (read_files.hpp), or a dangling symlink (never followed to create a file
// elsewhere). `option` says where the output was named (-o,
// --write-baseline, GITHUB_STEP_SUMMARY). Commands call it for every output
// before anything runs.
void refuse_overwrite(const std::filesystem::path& output, const ReadFiles& read, const std::string& option);

// A report written as it is made, so that a large one (the JSON of a 10 MB
// line is 200 MB) is never held whole; write_output for one made whole.
// Until commit() nothing replaces the old file, and a throw (InputError, with
// the reason: a full disk, a closed pipe…) or an interrupt leaves it as it was:
// - "" and "-" are stdout, /dev/stdout and /dev/stderr their descriptors;
// - a regular file (a new one, or the target of a symlink) goes through a
//   temporary file beside it, created with O_EXCL (a symlink planted there is
//   never followed), fsynced and renamed into place, its mode and owner kept;
// - anything else (a device, a FIFO, /dev/fd/N) is written in place, never
//   replaced or removed.
// An interrupted run (SIGINT, SIGTERM, SIGHUP) removes the temporary file.
// Refuses (refuse_overwrite) a path that is one of `inputs`.
class OutputFile {
 public:
  explicit OutputFile(const std::filesystem::path& path, const ReadFiles& inputs = {});
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(std::string_view chunk);  // every byte, or InputError
  void commit();                       // the report complete: in place, durable

 private:
  void replace(const std::filesystem::path& target, const struct stat* old);

  std::filesystem::path shown_;   // in messages
  std::filesystem::path target_;  // what the temporary file replaces
  std::unique_ptr<TempFile> temp_;
  int fd_ = -1;
  bool owns_fd_ = false;  // opened here (written in place), closed by commit
};

// Writes `content` whole through an OutputFile.
void write_output(const std::filesystem::path& path, std::string_view content, const ReadFiles& inputs = {});

// Appends `content` to `path` (GitHub's step summary), created if missing,
// with the same refusal and the same checked writes.
void append_output(const std::filesystem::path& path, const std::string& content, const ReadFiles& inputs,
                   const std::string& option);

}  // namespace clausecheck::reports
