#include "grammar/expr_def.hpp"

#include <cstdio>

namespace clausecheck::expr {

namespace x3 = boost::spirit::x3;

namespace ast {
namespace {
Ptr make(Node node) { return std::make_shared<const Node>(std::move(node)); }
}  // namespace

Ptr number(double value) { Node n; n.kind = Node::Kind::number; n.number = value; return make(std::move(n)); }
Ptr duration(int years, int months, int days) {
  Node n; n.kind = Node::Kind::duration; n.years = years; n.months = months; n.days = days; return make(std::move(n));
}
Ptr date(int year, int month, int day) {
  Node n; n.kind = Node::Kind::date; n.years = year; n.months = month; n.days = day; return make(std::move(n));
}
Ptr string(std::string value) { Node n; n.kind = Node::Kind::string; n.text = std::move(value); return make(std::move(n)); }
Ptr keyword(const std::string& word) {
  Node n;
  n.kind = word == "null" ? Node::Kind::null : Node::Kind::boolean;
  n.boolean = word == "true";
  n.text = word;
  return make(std::move(n));
}
Ptr path(std::string dotted) { Node n; n.kind = Node::Kind::path; n.text = std::move(dotted); return make(std::move(n)); }
Ptr list(std::vector<Ptr> items) { Node n; n.kind = Node::Kind::list; n.operands = std::move(items); return make(std::move(n)); }
Ptr unary(std::string op, Ptr operand) {
  Node n; n.kind = Node::Kind::unary; n.text = std::move(op); n.operands = {std::move(operand)}; return make(std::move(n));
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
    throw state.error_at(first, "不是表达式 (not an expression)");
  }
  if (first != text.end()) throw state.error_at(first, "表达式后有多余内容 (unexpected text after the expression)");
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

// An operand of a comparison, arithmetic or unary minus: a `not` there binds
// looser than they do, so it is parenthesized (it was written so).
std::string tight(const ast::Ptr& node) {
  const bool is_not = node->kind == ast::Node::Kind::unary && node->text == "not";
  return is_not ? "(" + to_string(node) + ")" : to_string(node);
}
}  // namespace

std::string to_string(const ast::Ptr& node) {
  using K = ast::Node::Kind;
  switch (node->kind) {
    case K::number: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%g", node->number);
      return buf;
    }
    case K::duration: {
      std::string out;
      if (node->years) out += std::to_string(node->years) + "y";
      if (node->months) out += std::to_string(node->months) + "m";
      if (node->days || out.empty()) out += std::to_string(node->days) + "d";
      return out;
    }
    case K::date: {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", node->years, node->months, node->days);
      return buf;
    }
    case K::string: return quoted(node->text);
    case K::boolean:
    case K::null:
    case K::path: return node->text;
    case K::list: {
      std::string out = "[";
      for (std::size_t i = 0; i < node->operands.size(); ++i) out += (i ? ", " : "") + to_string(node->operands[i]);
      return out + "]";
    }
    // No parentheses of its own: a prefix chain prints as deep as it was written, so
    // its print stays within kMaxDepth (-(-x) printed (-(-x)), twice as deep; found by fuzz_expr).
    case K::unary:
      return node->text == "not" ? "not " + to_string(node->operands[0]) : "-" + tight(node->operands[0]);
    case K::binary: {
      // One pair of parentheses per chain, (a - b + c): its operators are of one level, read left to right.
      const bool logical = node->ops.front() == "and" || node->ops.front() == "or";
      std::string out = "(" + (logical ? to_string(node->operands[0]) : tight(node->operands[0]));
      for (std::size_t i = 0; i < node->ops.size(); ++i)
        out += " " + node->ops[i] + " " + (logical ? to_string(node->operands[i + 1]) : tight(node->operands[i + 1]));
      return out + ")";
    }
  }
  return "";
}

}  // namespace clausecheck::expr
