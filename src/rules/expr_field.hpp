#pragma once
#include <string>

#include "grammar/expr.hpp"
#include "rules/expr_eval.hpp"
#include "rules/rule_fields.hpp"

namespace clausecheck::rules {

// A rule's expression with where it stands in its pack, so that an error in
// it, at load or when it is evaluated (a type clash), points at
// pack:line:column of the part that failed.
class RuleExpression {
 public:
  RuleExpression() = default;
  // The expression in field `key`, parsed and with every field name known;
  // syntax errors and unknown names are InputErrors at their place in the pack.
  RuleExpression(const RuleFields& fields, const std::string& key);

  explicit operator bool() const { return root_ != nullptr; }
  // evaluate(); an EvalError becomes an InputError at its place in the pack.
  Value evaluate(const Resolver& resolve) const;

 private:
  // Where byte `offset` of the expression stands in the pack.
  Location where(std::size_t offset) const;

  expr::ast::Ptr root_;
  std::string rule_;  // the rule's id, for messages
  std::string key_;
  std::shared_ptr<const SourceText> pack_;
  Location value_at_;        // where the YAML value starts
  std::size_t text_at_ = 0;  // byte offset of the expression's first character in the pack
  bool verbatim_ = false;    // the expression stands in the pack byte for byte (no escapes, one line)
};

}  // namespace clausecheck::rules
