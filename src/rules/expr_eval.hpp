#pragma once
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "grammar/expr.hpp"
#include "model/date.hpp"

namespace clausecheck::rules {

// A value of the rule-expression language. Null is what a missing field reads
// as: comparisons with null are false, and null is falsy.
struct Value {
  struct List {
    std::vector<Value> items;
  };
  std::variant<std::monostate, bool, double, std::string, DurationValue, Date, List> v;

  bool is_null() const { return v.index() == 0; }
  bool truthy() const;
  std::string text() const;  // in the expression language's terms: 2y, 2024-03-04, 30, null …
  std::string display()
      const;  // for a finding's message, in the run's language: 2年 (2 years), 2024-03-04, 30, 未载明 (not stated) …
};

// Resolves dotted field names (doc.trial, validity.duration); nullopt for a name it does not know.
using Resolver = std::function<std::optional<Value>(const std::string& path)>;

// Evaluation failure caused by the rule (an unknown field name, a type clash),
// at the byte offset in the expression of the node that failed.
class EvalError : public std::runtime_error {
 public:
  explicit EvalError(const std::string& message, std::uint32_t offset = expr::ast::kUnplaced)
      : std::runtime_error(message), offset_(offset) {}
  std::uint32_t offset() const { return offset_; }

 private:
  std::uint32_t offset_;
};

// The value of the expression; EvalError placed at the innermost node that failed.
Value evaluate(const expr::ast::Ptr& node, const Resolver& resolve);

// Every field name node of an expression, in order (for checking a rule at load time).
std::vector<const expr::ast::Node*> field_names(const expr::ast::Ptr& node);

}  // namespace clausecheck::rules
