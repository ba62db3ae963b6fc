#pragma once
#include <string>
#include <vector>

#include "diff/change_set.hpp"
#include "model/finding.hpp"

namespace clausecheck::reports {

// The 新旧对照表 reviewers circulate with a revision, in Markdown: per changed
// document its field changes, then a table 原条款 | 修订后条款 | 变化说明 with
// one row per inserted, deleted, moved or modified clause (deletions struck
// through in the old text, insertions in bold in the new), renumbered clauses
// summed up below it; then contents changes and the change rules' findings.
std::string diff_markdown(const diff::ChangeSet& changes, const std::vector<Finding>& findings);

}  // namespace clausecheck::reports
