#include "grammar/expr_def.hpp"
#include "model/messages.hpp"

#include <cstdio>

namespace clausecheck::expr {

namespace x3 = boost::spirit::x3;

namespace ast {
namespace {
Ptr make(Node node) { return std::make_shared<const Node>(std::move(node)); }
}  // namespace

Ptr number(double value) {
  Node n;
  n.kind = Node::Kind::number;
  n.number = value;
  return make(std::move(n));
}
Ptr duration(int years, int months, int days) {
  Node n;
  n.kind = Node::Kind::duration;
  n.years = years;
  n.months = months;
  n.days = days;
  return make(std::move(n));
}
Ptr date(int year, int month, int day) {
  Node n;
  n.kind = Node::Kind::date;
  n.years = year;
  n.months = month;
  n.days = day;
  return make(std::move(n));
}
Ptr string(std::string value) {
  Node n;
  n.kind = Node::Kind::string;
  n.text = std::move(value);
  return make(std::move(n));
}
Ptr keyword(const std::string& word) {
  Node n;
  n.kind = word == "null" ? Node::Kind::null : Node::Kind::boolean;
  n.boolean = word == "true";
  n.text = word;
  return make(std::move(n));
}
Ptr path(std::string dotted) {
  Node n;
  n.kind = Node::Kind::path;
  n.text = std::move(dotted);
  return make(std::move(n));
}
Ptr list(std::vector<Ptr> items) {
  Node n;
  n.kind = Node::Kind::list;
  n.operands = std::move(items);
  return make(std::move(n));
}
Ptr unary(std::string op, Ptr operand) {
  Node n;
  n.kind = Node::Kind::unary;
  n.text = std::move(op);
  n.operands = {std::move(operand)};
  return make(std::move(n));
}
Ptr chain(std::vector<Ptr> operands, std::vector<std::string> ops) {
  if (operands.size() == 1) return operands.front();
  Node n;
  n.kind = Node::Kind::binary;
  n.operands = std::move(operands);
  n.ops = std::move(ops);
  return make(std::move(n));
}
Ptr placed(const Ptr& node, std::uint32_t offset) {
  if (node->offset != kUnplaced) return node;
  Node copy = *node;
  copy.offset = offset;
  return make(std::move(copy));
}
}  // namespace ast

ast::Ptr parse(std::string_view text) {
  grammar::ParseState state{text, 0, std::nullopt};
  auto first = text.begin();
  ast::Ptr out;
  const auto parser = x3::with<grammar::state_tag>(std::ref(state))[grammar::whole];
  if (!x3::phrase_parse(first, text.end(), parser, x3::ascii::space, out)) {
    if (state.error) throw *state.error;
    throw state.error_at(first, msg(Msg::expr_not_expression));
  }
  if (first != text.end()) throw state.error_at(first, msg(Msg::expr_trailing_text));
  return out;
}

namespace {
// A string literal that parses back to `text`: its backslashes and quotes escaped.
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '\\' || c == '"') out += '\\';
    out += c;
  }
  return out + "\"";
}

// How tightly a node binds, as the grammar's levels nest it: or, and, not,
// a comparison, a sum, a product, unary minus, a value.
int binding(const ast::Node& node) {
  using K = ast::Node::Kind;
  if (node.kind == K::unary) return node.text == "not" ? 3 : 7;
  if (node.kind != K::binary) return 8;
  const std::string& op = node.ops.front();
  if (op == "or") return 1;
  if (op == "and") return 2;
  if (op == "+" || op == "-") return 5;
  if (op == "*" || op == "/") return 6;
  return 4;
}

std::string bare(const ast::Node& node);

// `node` where the grammar reads nothing looser than `weakest`: parenthesized
// only if it binds looser. Only the parentheses the tree needs are written, each
// one a pair the input must have had, so a print is never nested deeper than
// what was parsed and always reads back within kMaxDepth (found by fuzz_expr:
// a parenthesis per chain made a comparison over 99 unary minus 101 deep).
std::string print(const ast::Ptr& node, int weakest) {
  return binding(*node) < weakest ? "(" + bare(*node) + ")" : bare(*node);
}

std::string bare(const ast::Node& node) {
  using K = ast::Node::Kind;
  switch (node.kind) {
    case K::number: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%g", node.number);
      return buf;
    }
    case K::duration: {
      std::string out;
      if (node.years) out += std::to_string(node.years) + "y";
      if (node.months) out += std::to_string(node.months) + "m";
      if (node.days || out.empty()) out += std::to_string(node.days) + "d";
      return out;
    }
    case K::date: {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", node.years, node.months, node.days);
      return buf;
    }
    case K::string:
      return quoted(node.text);
    case K::boolean:
    case K::null:
    case K::path:
      return node.text;
    case K::list: {
      std::string out = "[";
      for (std::size_t i = 0; i < node.operands.size(); ++i) out += (i ? ", " : "") + print(node.operands[i], 1);
      return out + "]";
    }
    case K::unary: {
      const int level = binding(node);
      return (level == 3 ? "not " : "-") + print(node.operands[0], level);
    }
    case K::binary: {
      // Operands one level tighter: a chain of the same level inside one was
      // parenthesized, (a - b) - c is not a - b - c's one chain.
      const int operand = binding(node) + 1;
      std::string out = print(node.operands[0], operand);
      for (std::size_t i = 0; i < node.ops.size(); ++i)
        out += " " + node.ops[i] + " " + print(node.operands[i + 1], operand);
      return out;
    }
  }
  return "";
}
}  // namespace

std::string to_string(const ast::Ptr& node) { return print(node, 1); }

}  // namespace clausecheck::expr
