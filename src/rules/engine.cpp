#include "rules/engine.hpp"

#include <algorithm>
#include <tuple>

#include "rules/check.hpp"

namespace clausecheck::rules {

std::vector<Finding> run_rules(const std::vector<Rule>& rules, const std::vector<ParsedFile>& files,
                               const RunSettings& settings) {
  std::vector<Finding> findings;
  const RunInput input{files, settings};
  for (const auto& rule : rules) {
    if (rule.scope == Scope::change) continue;  // change rules run on a ChangeSet (run_change_rules)
    Reporter reporter(rule, findings);
    rule.check->run(input, rule.scope, reporter);  // an expression's type clash is an InputError in the pack (RuleExpression)
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.file, a.location.line, a.location.column, a.rule) <
           std::tie(b.file, b.location.line, b.location.column, b.rule);
  });
  return findings;
}

std::vector<Finding> run_change_rules(const std::vector<Rule>& rules, const std::vector<Change>& changes,
                                      const RunSettings& settings) {
  std::vector<Finding> findings;
  for (const auto& rule : rules) {
    if (rule.scope != Scope::change) continue;
    Reporter reporter(rule, findings);
    rule.check->run_changes(changes, settings, reporter);
  }
  return findings;
}

std::vector<Rule> all_rules(const std::vector<Pack>& packs) {
  std::vector<Rule> out;
  for (const auto& pack : packs) out.insert(out.end(), pack.rules.begin(), pack.rules.end());
  return out;
}

}  // namespace clausecheck::rules
