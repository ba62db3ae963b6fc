#include "reports/rules_text.hpp"

namespace clausecheck::reports {

void write_rules_text(const std::vector<rules::Pack>& packs, std::ostream& out) {
  for (const auto& pack : packs)
    for (const auto& rule : pack.rules)
      out << rule.meta.id << '\t' << to_string(rule.meta.severity) << '\t' << rule.meta.kind << '\t' << rule.meta.scope
          << '\t' << rule.meta.summary << '\n';
}

}  // namespace clausecheck::reports
