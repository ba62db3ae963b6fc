#include "rules/expr_field.hpp"

#include <algorithm>

#include "model/input_error.hpp"
#include "rules/model_values.hpp"
#include "rules/nearest_name.hpp"
#include "model/messages.hpp"

namespace clausecheck::rules {

RuleExpression::RuleExpression(const RuleFields& fields, const std::string& key)
    : rule_(fields.text("id")), key_(key), pack_(fields.pack_source()) {
  const std::string text = fields.text(key);
  const YAML::Mark mark = fields.node(key).Mark();
  value_at_ = mark_location(*pack_, mark);
  // A quoted value starts one character after its mark.
  const std::string& pack = pack_->text();
  text_at_ = static_cast<std::size_t>(std::max(0, mark.pos));
  if (text_at_ < pack.size() && (pack[text_at_] == '"' || pack[text_at_] == '\'')) ++text_at_;
  verbatim_ = pack.compare(text_at_, text.size(), text) == 0;
  try {
    root_ = expr::parse(text);
  } catch (const expr::SyntaxError& e) {
    throw InputError(pack_->path(), where(e.offset()), "'" + key + "': " + e.what());
  }
  const auto& known = known_fields();
  for (const expr::ast::Node* name : field_names(root_))
    if (std::find(known.begin(), known.end(), name->text) == known.end())
      throw InputError(
          pack_->path(), where(name->offset),
          "'" + key + "': " + msg(Msg::expr_unknown_field, {name->text}) + did_you_mean(name->text, known));
}

Location RuleExpression::where(std::size_t offset) const {
  if (!verbatim_ || offset == expr::ast::kUnplaced) return value_at_;
  return pack_->locate(static_cast<std::uint32_t>(text_at_ + offset));
}

Value RuleExpression::evaluate(const Resolver& resolve) const {
  try {
    return rules::evaluate(root_, resolve);
  } catch (const EvalError& e) {
    // A type clash is the pack's fault, found only when the values are known.
    throw InputError(pack_->path(), where(e.offset()), msg(Msg::expr_in_rule, {rule_, key_, e.what()}));
  }
}

}  // namespace clausecheck::rules
