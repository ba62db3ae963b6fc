#pragma once
// The rule-expression language of `compare`, `threshold`, `require`, `expiry`
// and `change` rules:
//   doc.trial and validity.duration > 2y
//   value + other.value == 100
//   doc.type in ["办法", "规定"] and not validity
// Comparisons (== != < <= > >= in matches), and/or/not, + - * /, numbers,
// durations (2y, 6m, 90d, 1y6m), dates (2024-03-04), "strings", lists,
// true/false/null and dotted field names. Evaluation lives in src/rules/expr_eval.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include "grammar/expr_ast.hpp"

namespace clausecheck::expr {

// Parentheses, lists and prefix operators (not, -) nest at most this deep: the
// parser recurses on each level, and 10,000 would overflow the stack. Chains
// (a and b and …, a + b + …) are not nesting and may be as long as they like.
inline constexpr int kMaxDepth = 100;

// A parse failure at `offset` (bytes) in the text; `column` is its 1-based code point column.
class SyntaxError : public std::runtime_error {
 public:
  SyntaxError(std::size_t offset, std::size_t column, const std::string& message)
      : std::runtime_error(message), offset_(offset), column_(column) {}
  std::size_t offset() const { return offset_; }
  std::size_t column() const { return column_; }

 private:
  std::size_t offset_;
  std::size_t column_;
};

// The whole text as one expression, each node placed at its offset, or SyntaxError.
ast::Ptr parse(std::string_view text);

// The expression back as text, with only the parentheses its tree needs, so it
// parses back to the same tree (for messages and tests).
std::string to_string(const ast::Ptr& node);

}  // namespace clausecheck::expr
