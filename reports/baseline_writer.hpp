#pragma once
#include <filesystem>
#include <vector>

#include "model/finding.hpp"

namespace clausecheck {

// {"schema":"clausecheck/baseline@1","findings":[{"fingerprint","rule","severity","message",
// "file","line","column","evidence","anchor"}]}, written to a temporary file
// and renamed into place. Fingerprints are filled first where missing.
// InputError when `path` is one of `inputs`.
void write_baseline(const std::filesystem::path& path, std::vector<Finding>& findings,
                    const std::vector<std::filesystem::path>& inputs = {});

}  // namespace clausecheck
