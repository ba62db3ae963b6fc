#pragma once
#include <string>

#include "grammar/expr.hpp"
#include "rules/rule_fields.hpp"

namespace clausecheck::rules {

// The expression in field `key`, parsed and with every field name known;
// syntax errors and unknown names point at the pack's line and column.
expr::ast::Ptr expression_field(const RuleFields& fields, const std::string& key);

}  // namespace clausecheck::rules
