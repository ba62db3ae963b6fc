#pragma once
#include <string>
#include <vector>

#include "diff/change_set.hpp"
#include "model/finding.hpp"

namespace clausecheck::reports {

// The diff for a terminal: per document its field changes, then per changed
// clause its kind, old label → new label, the redline ([-删去-]{+新增+}, long
// unchanged stretches shortened) and its fact changes; renumbered clauses in
// one line; then the contents changes, the findings and a count of kinds.
std::string diff_text(const diff::ChangeSet& changes, const std::vector<Finding>& findings);

}  // namespace clausecheck::reports
