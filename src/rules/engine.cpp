#include "rules/engine.hpp"

#include <algorithm>
#include <numeric>
#include <span>
#include <tuple>

#include "rules/check.hpp"
#include "status/register.hpp"

namespace clausecheck::rules {

RunInput::RunInput(std::span<const ParsedFile> f, const RunSettings& s) : files(f), settings(s) {}
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

const ParsedFile* RunInput::file_named(std::string_view path) const {
  if (by_path_.empty())
    for (const auto& f : files) by_path_[f.source->path()] = &f;
  const auto found = by_path_.find(path);
  return found == by_path_.end() ? nullptr : found->second;
}

std::vector<Finding> run_rules(const std::vector<Rule>& rules, const std::vector<ParsedFile>& files,
                               const RunSettings& settings) {
  std::vector<Finding> findings;
  std::vector<std::size_t> rule_of;  // the index of the rule that made each finding
  std::vector<Reporter> reporters;   // one a rule for the whole run: a reporter drops a rule's repeated findings
  reporters.reserve(rules.size());
  for (const auto& rule : rules) reporters.emplace_back(rule, findings);
  const auto run = [&](std::size_t r, const RunInput& input) {
    // change rules run on a ChangeSet (run_change_rules); an expression's type
    // clash is an InputError in the pack (RuleExpression)
    rules[r].check->run(input, rules[r].scope, reporters[r]);
    rule_of.resize(findings.size(), r);
  };
  // The rules that read one file at a time, a few files at a time (Check::per_file), then the others over all files.
  constexpr std::size_t kFilesAtATime = 16;
  const std::span<const ParsedFile> all(files);
  for (std::size_t from = 0; from < all.size(); from += kFilesAtATime) {
    const RunInput some{all.subspan(from, std::min(kFilesAtATime, all.size() - from)), settings};
    for (std::size_t r = 0; r < rules.size(); ++r)
      if (rules[r].scope != Scope::change && rules[r].check->per_file()) run(r, some);
  }
  const RunInput input{all, settings};
  for (std::size_t r = 0; r < rules.size(); ++r)
    if (rules[r].scope != Scope::change && !rules[r].check->per_file()) run(r, input);
  // Sorted by index, then moved once: a Finding is large, and a merge sort
  // moving them was a tenth of a check with a finding per dated clause. The
  // rule's index, then the order each rule found them in, breaks ties: the
  // order of running rule by rule over all files, whatever ran first.
  std::vector<std::size_t> order(findings.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
    const Finding& a = findings[i];
    const Finding& b = findings[j];
    return std::tie(a.file, a.location.line, a.location.column, a.rule, rule_of[i]) <
           std::tie(b.file, b.location.line, b.location.column, b.rule, rule_of[j]);
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
