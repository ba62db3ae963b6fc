#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace clausecheck::reports {

// Throws InputError when `output` is one of the files in `read` (compared by
// device and inode, so symlinks, hard links and "./a" do not hide it), or a
// dangling symlink (never followed to create a file elsewhere). `option` says
// where the output was named (-o, --write-baseline, GITHUB_STEP_SUMMARY).
// Commands call it for every output before anything runs.
void refuse_overwrite(const std::filesystem::path& output, const std::vector<std::filesystem::path>& read,
                      const std::string& option);

// Writes `content` whole, or throws InputError (with the reason: a full disk, a closed pipe…)
// and leaves the old file as it was:
// - "" and "-" are stdout, /dev/stdout and /dev/stderr their descriptors;
// - a regular file (a new one, or the target of a symlink) through a temporary
//   file beside it, created with O_EXCL (a symlink planted there is never
//   followed), fsynced and renamed into place, its mode and owner kept;
// - anything else (a device, a FIFO, /dev/fd/N) written in place, never replaced or removed.
// An interrupted run (SIGINT, SIGTERM, SIGHUP) removes the temporary file and leaves the old one.
// Refuses (refuse_overwrite) a path that is one of `inputs`.
void write_output(const std::filesystem::path& path, const std::string& content,
                  const std::vector<std::filesystem::path>& inputs = {});

// Appends `content` to `path` (GitHub's step summary), created if missing,
// with the same refusal and the same checked writes.
void append_output(const std::filesystem::path& path, const std::string& content,
                   const std::vector<std::filesystem::path>& inputs, const std::string& option);

}  // namespace clausecheck::reports
