#include "rules/engine.hpp"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <span>
#include <tuple>

#include "parse/parallel_for.hpp"
#include "rules/check.hpp"
#include "status/register.hpp"

namespace clausecheck::rules {

RunInput::RunInput(std::span<const ParsedFile> f, const RunSettings& s) : files(f), settings(s) {}
RunInput::~RunInput() = default;

const status::Register& RunInput::status_register() const {
  const std::lock_guard lock(built_);
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
  {
    const std::lock_guard lock(built_);
    if (by_path_.empty())
      for (const auto& f : files) by_path_[f.source->path()] = &f;
  }
  const auto found = by_path_.find(path);
  return found == by_path_.end() ? nullptr : found->second;
}

RuleRun::RuleRun(const std::vector<Rule>& rules, const RunSettings& settings, TextPass texts)
    : rules_(rules), settings_(settings), texts_(std::move(texts)), notes_(rules.size()) {}

void RuleRun::check_rule(std::size_t r, const RunInput& input, std::vector<Finding>& findings,
                         std::unique_ptr<FileNote>& note) const {
  // change rules run on a ChangeSet (run_change_rules); an expression's type
  // clash is an InputError in the pack (RuleExpression)
  if (rules_[r].scope == Scope::change) return;
  Reporter reporter(rules_[r], findings);
  if (rules_[r].check->per_file()) rules_[r].check->run(input, rules_[r].scope, reporter);
  else note = rules_[r].check->note(input.files.front(), rules_[r].scope, reporter);
}

FileFindings RuleRun::check(const ParsedFile& file, unsigned lanes) const {
  FileFindings out;
  out.notes.resize(rules_.size());
  // Every per-file rule over this one file while it is in the cache; the
  // status register of the expiry rules built once for it.
  const RunInput input{std::span<const ParsedFile>(&file, 1), settings_};
  if (lanes <= 1) {
    for (std::size_t r = 0; r < rules_.size(); ++r) {
      check_rule(r, input, out.findings, out.notes[r]);
      out.rule_of.resize(out.findings.size(), r);
    }
    return out;
  }
  // Cores the run leaves idle (a check of one draft) take the rules one at a time, each rule's findings
  // kept apart and joined in rule order: the same findings, in the same order, as one lane gives, and the
  // error of the first rule that fails.
  std::vector<std::vector<Finding>> found(rules_.size());
  parse::parallel_for(rules_.size(), lanes, [&](std::size_t r) { check_rule(r, input, found[r], out.notes[r]); });
  for (std::size_t r = 0; r < rules_.size(); ++r) {
    std::move(found[r].begin(), found[r].end(), std::back_inserter(out.findings));
    out.rule_of.resize(out.findings.size(), r);
  }
  return out;
}

void RuleRun::add(FileFindings file) {
  for (auto& f : file.findings) findings_.push_back(std::move(f));
  rule_of_.insert(rule_of_.end(), file.rule_of.begin(), file.rule_of.end());
  for (std::size_t r = 0; r < rules_.size(); ++r)
    if (rules_[r].scope != Scope::change && !rules_[r].check->per_file()) notes_[r].push_back(std::move(file.notes[r]));
}

std::vector<Finding> RuleRun::finish() {
  for (std::size_t r = 0; r < rules_.size(); ++r) {
    if (rules_[r].scope == Scope::change || rules_[r].check->per_file()) continue;
    Reporter reporter(rules_[r], findings_);
    rules_[r].check->decide(notes_[r], texts_, reporter);
    notes_[r].clear();
    rule_of_.resize(findings_.size(), r);
  }
  // Sorted by index, then moved once: a Finding is large, and a merge sort
  // moving them was a tenth of a check with a finding per dated clause. The
  // rule's index, then the order each rule found them in, breaks ties.
  std::vector<std::size_t> order(findings_.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
    const Finding& a = findings_[i];
    const Finding& b = findings_[j];
    return std::tie(a.file, a.location.line, a.location.column, a.rule, rule_of_[i]) <
           std::tie(b.file, b.location.line, b.location.column, b.rule, rule_of_[j]);
  });
  std::vector<Finding> sorted;
  sorted.reserve(findings_.size());
  for (const std::size_t i : order) sorted.push_back(std::move(findings_[i]));
  findings_.clear();
  rule_of_.clear();
  return sorted;
}

std::vector<Finding> run_rules(const std::vector<Rule>& rules, const std::vector<ParsedFile>& files,
                               const RunSettings& settings) {
  RuleRun run(rules, settings, [&files](const TextCount& count, const TextMerge& merge) {
    for (const ParsedFile& file : files) merge(count(file.source->text()));
  });
  for (const ParsedFile& file : files) run.add(run.check(file));
  return run.finish();
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
