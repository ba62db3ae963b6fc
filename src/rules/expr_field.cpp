#include "rules/expr_field.hpp"

#include <algorithm>

#include "model/input_error.hpp"

#include "rules/model_values.hpp"
#include "rules/nearest_name.hpp"

namespace clausecheck::rules {

expr::ast::Ptr expression_field(const RuleFields& fields, const std::string& key) {
  const std::string text = fields.text(key);
  expr::ast::Ptr node;
  try {
    node = expr::parse(text);
  } catch (const expr::SyntaxError& e) {
    YAML::Mark mark = fields.node(key).Mark();
    // The error's column inside the expression, from where the value starts
    // (a quoted value starts one character earlier).
    const bool quoted = fields.pack().text().compare(static_cast<std::size_t>(std::max(0, mark.pos)), 1, "\"") == 0 ||
                        fields.pack().text().compare(static_cast<std::size_t>(std::max(0, mark.pos)), 1, "'") == 0;
    Location where = mark_location(fields.pack(), mark);
    where.column += static_cast<std::uint32_t>(e.column() - 1 + (quoted ? 1 : 0));
    throw InputError(fields.pack().path(), where, "'" + key + "': " + e.what());
  }
  for (const auto& name : field_names(node)) {
    const auto& known = known_fields();
    if (std::find(known.begin(), known.end(), name) == known.end())
      fields.fail(key, "未知字段 (unknown field) '" + name + "'" + did_you_mean(name, known));
  }
  return node;
}

}  // namespace clausecheck::rules
