#include "rules_testing/example_runner.hpp"

#include "diff/diff_files.hpp"
#include "parse/parse_file.hpp"
#include "rules/change_rules.hpp"
#include "rules/engine.hpp"

namespace clausecheck::rules_testing {

Date example_as_of() { return *make_date(2025, 1, 1); }

namespace {
ExampleResult run_one(const rules::Rule& rule, const rules::Example& example, bool should_fire, std::size_t index,
                      const std::string& origin) {
  rules::RunSettings settings;
  settings.as_of = example_as_of();
  std::vector<Finding> findings;
  if (example.old) {
    findings = run_change_example(rule, *example.old, example.text, settings);
  } else {
    std::vector<ParsedFile> files;
    files.push_back(parse::parse_source(std::make_shared<const SourceText>(origin, example.text)));
    findings = rules::run_rules({rule}, files, settings);
  }
  ExampleResult r;
  r.rule = rule.meta.id;
  r.should_fire = should_fire;
  r.index = index;
  r.where = example.where;
  r.findings = findings.size();
  r.ok = should_fire ? !findings.empty() : findings.empty();
  if (!findings.empty()) r.first_message = findings.front().message;
  return r;
}
}  // namespace

std::vector<ExampleResult> run_examples(const rules::Pack& pack) {
  std::vector<ExampleResult> out;
  for (const auto& rule : pack.rules) {
    for (std::size_t i = 0; i < rule.fires.size(); ++i)
      out.push_back(run_one(rule, rule.fires[i], true, i, rule.meta.id + ".fires[" + std::to_string(i) + "]"));
    for (std::size_t i = 0; i < rule.passes.size(); ++i)
      out.push_back(run_one(rule, rule.passes[i], false, i, rule.meta.id + ".passes[" + std::to_string(i) + "]"));
  }
  return out;
}

std::vector<Finding> run_change_example(const rules::Rule& rule, const std::string& old_text,
                                        const std::string& new_text, const rules::RunSettings& settings) {
  const ParsedFile old_file = parse::parse_source(std::make_shared<const SourceText>("old.txt", old_text));
  const ParsedFile new_file = parse::parse_source(std::make_shared<const SourceText>("new.txt", new_text));
  const diff::ChangeSet changes = diff::diff_files(old_file, new_file);
  return rules::run_change_rules({rule}, diff::to_rule_changes(changes, old_file, new_file), settings);
}

}  // namespace clausecheck::rules_testing
