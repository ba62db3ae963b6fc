#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace clausecheck::reports {

// Writes `content` to stdout (path "" or "-") or to `path` through a temporary
// file beside it, renamed into place once complete, so a reader never sees
// half a report. Throws InputError when `path` is one of `inputs` (an output
// never overwrites an input) or cannot be written.
void write_output(const std::filesystem::path& path, const std::string& content,
                  const std::vector<std::filesystem::path>& inputs = {});

}  // namespace clausecheck::reports
