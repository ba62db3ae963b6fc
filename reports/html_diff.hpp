#pragma once
#include <string>
#include <vector>

#include "diff/change_set.hpp"
#include "model/finding.hpp"

namespace clausecheck::reports {

// The 新旧对照表 as one self-contained page (docs/formats.md): per document
// its field and fact changes, then every clause side by side, 修改前 | 修改后,
// aligned row by row, with the redline inside modified clauses and a label
// per change; n and p move between changes; it prints on A4.
std::string diff_html(const diff::ChangeSet& changes, const std::vector<Finding>& findings);

}  // namespace clausecheck::reports
