#include "rules/engine.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "rules/check.hpp"
#include "status/register.hpp"

namespace clausecheck::rules {

RunInput::RunInput(const std::vector<ParsedFile>& f, const RunSettings& s) : files(f), settings(s) {}
RunInput::~RunInput() = default;

const status::Register& RunInput::status_register() const {
  if (!register_) {
    status::StatusOptions options;
    options.count = settings.civil_code_count ? status::DayCount::civil_code : status::DayCount::administrative;
    options.warn_days = settings.warning_days;
    register_ =
        std::make_unique<const status::Register>(status::build_register(files, settings.as_of.first_day(), options));
  }
  return *register_;
}

std::vector<Finding> run_rules(const std::vector<Rule>& rules, const std::vector<ParsedFile>& files,
                               const RunSettings& settings) {
  std::vector<Finding> findings;
  const RunInput input{files, settings};
  for (const auto& rule : rules) {
    if (rule.scope == Scope::change) continue;  // change rules run on a ChangeSet (run_change_rules)
    Reporter reporter(rule, findings);
    rule.check->run(input, rule.scope,
                    reporter);  // an expression's type clash is an InputError in the pack (RuleExpression)
  }
  // Sorted by index, then moved once: a Finding is large, and a merge sort
  // moving them was a tenth of a check with a finding per dated clause.
  std::vector<std::size_t> order(findings.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
    const Finding& a = findings[i];
    const Finding& b = findings[j];
    return std::tie(a.file, a.location.line, a.location.column, a.rule) <
           std::tie(b.file, b.location.line, b.location.column, b.rule);
  });
  std::vector<Finding> sorted;
  sorted.reserve(findings.size());
  for (const std::size_t i : order) sorted.push_back(std::move(findings[i]));
  return sorted;
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
