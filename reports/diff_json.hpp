#pragma once
#include <string>
#include <vector>

#include "diff/change_set.hpp"
#include "model/finding.hpp"

namespace clausecheck::reports {

// The "clausecheck/diff@1" JSON form of a diff (DESIGN.md): documents by
// number else title, attachments listed after their document with
// "attachment_of", every clause with its old and new printed path (null when
// inserted or deleted), kind, fact changes and redline; then the contents
// changes of a gazette and the findings of the change rules. Indented by two.
std::string diff_json(const diff::ChangeSet& changes, const std::vector<Finding>& findings);

}  // namespace clausecheck::reports
