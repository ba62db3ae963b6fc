#pragma once
#include <filesystem>
#include <vector>

#include "model/finding.hpp"
#include "reports/read_files.hpp"

namespace clausecheck {

// {"schema":"clausecheck/baseline@1","findings":[{"fingerprint","rule","severity","message",
// "file","line","column","evidence","anchor"}]}, written to a temporary file
// and renamed into place. Fingerprints are filled first where missing.
// InputError when `path` is one of `inputs`.
void write_baseline(const std::filesystem::path& path, std::vector<Finding>& findings,
                    const reports::ReadFiles& inputs = {});

}  // namespace clausecheck
