#pragma once
// The rule-expression language of `compare` and `threshold` rules:
//   doc.trial and validity.duration > 2y
//   value + other.value == 100
//   doc.type in ["办法", "规定"] and not validity
// Comparisons (== != < <= > >= in matches), and/or/not, + - * /, numbers,
// durations (2y, 6m, 90d, 1y6m), dates (2024-03-04), "strings", lists,
// true/false/null and dotted field names. Evaluation lives in src/rules/expr_eval.
#include <boost/spirit/home/x3.hpp>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck::expr {

namespace ast {
struct Node;
using Ptr = std::shared_ptr<const Node>;

struct Node {
  enum class Kind { number, duration, date, string, boolean, null, path, list, unary, binary } kind = Kind::null;
  double number = 0;
  int years = 0, months = 0, days = 0;   // duration; date as y/m/d
  std::string text;                      // string value, dotted path, or operator
  bool boolean = false;
  std::vector<Ptr> operands;             // unary: 1, binary: 2, list: n
};

Ptr number(double value);
Ptr duration(int years, int months, int days);
Ptr date(int year, int month, int day);
Ptr string(std::string value);
Ptr keyword(const std::string& word);    // true, false, null
Ptr path(std::string dotted);
Ptr list(std::vector<Ptr> items);
Ptr unary(std::string op, Ptr operand);
Ptr binary(std::string op, Ptr left, Ptr right);
}  // namespace ast

namespace grammar {
namespace x3 = boost::spirit::x3;
using expression_type = x3::rule<class expression_class, ast::Ptr>;
BOOST_SPIRIT_DECLARE(expression_type)
}  // namespace grammar

grammar::expression_type const& expression();

// A parse failure: `column` is the 1-based code point column in the text.
class SyntaxError : public std::runtime_error {
 public:
  SyntaxError(std::size_t column, const std::string& message) : std::runtime_error(message), column_(column) {}
  std::size_t column() const { return column_; }

 private:
  std::size_t column_;
};

// The whole text as one expression, or SyntaxError.
ast::Ptr parse(std::string_view text);

// The expression back as text, fully parenthesized (for messages and tests).
std::string to_string(const ast::Ptr& node);

}  // namespace clausecheck::expr
