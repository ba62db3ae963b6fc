#pragma once
// `clausecheck rules list --format text`: one line per rule, its id, severity,
// kind, scope and summary separated by tabs, for grep and cut.
#include <ostream>
#include <vector>

#include "rules/rule.hpp"

namespace clausecheck::reports {

void write_rules_text(const std::vector<rules::Pack>& packs, std::ostream& out);

}  // namespace clausecheck::reports
