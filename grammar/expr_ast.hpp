#pragma once
// The syntax tree of the rule-expression language (grammar/expr.hpp parses
// into it, src/rules/expr_eval.cpp evaluates it), kept apart from the grammar
// as Spirit's own examples keep theirs.
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace clausecheck::expr::ast {

struct Node;
using Ptr = std::shared_ptr<const Node>;

inline constexpr std::uint32_t kUnplaced = std::numeric_limits<std::uint32_t>::max();

struct Node {
  enum class Kind { number, duration, date, string, boolean, null, path, list, unary, binary } kind = Kind::null;
  double number = 0;
  int years = 0, months = 0, days = 0;  // duration; date as y/m/d
  std::string text;                     // string value, dotted path, or a unary node's operator
  bool boolean = false;
  // unary: 1; list: n; binary: n >= 2 operands joined left to right by ops
  // (n - 1 of them): `a + b - c` or a long `x and y and …` is one node, walked
  // in a loop, so a long chain never deepens the tree.
  std::vector<Ptr> operands;
  std::vector<std::string> ops;
  // Byte offset in the expression text where the node starts, set by the
  // parser's position annotation (on_success), so an evaluation error can point there.
  std::uint32_t offset = kUnplaced;
};

Ptr number(double value);
Ptr duration(int years, int months, int days);
Ptr date(int year, int month, int day);
Ptr string(std::string value);
Ptr keyword(const std::string& word);  // true, false, null
Ptr path(std::string dotted);
Ptr list(std::vector<Ptr> items);
Ptr unary(std::string op, Ptr operand);
// operands[0] ops[0] operands[1] …; the operand itself when there is one.
Ptr chain(std::vector<Ptr> operands, std::vector<std::string> ops);
// `node` placed at `offset`, unless it was placed already (by an inner rule).
Ptr placed(const Ptr& node, std::uint32_t offset);

}  // namespace clausecheck::expr::ast
