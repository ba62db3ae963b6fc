#include "rules/example_runner.hpp"

#include "rules/change_rules.hpp"
#include "parse/parse_file.hpp"
#include "rules/engine.hpp"

namespace clausecheck::rules {

Date example_as_of() { return *make_date(2025, 1, 1); }

namespace {
ExampleResult run_one(const Rule& rule, const Example& example, bool should_fire, std::size_t index,
                      const std::string& origin) {
  RunSettings settings;
  settings.as_of = example_as_of();
  std::vector<Finding> findings;
  if (example.old) {
    findings = diff::run_change_example(rule, *example.old, example.text, settings);
  } else {
    std::vector<ParsedFile> files;
    files.push_back(parse::parse_source(std::make_shared<const SourceText>(origin, example.text)));
    findings = run_rules({rule}, files, settings);
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

std::vector<ExampleResult> run_examples(const Pack& pack) {
  std::vector<ExampleResult> out;
  for (const auto& rule : pack.rules) {
    for (std::size_t i = 0; i < rule.fires.size(); ++i)
      out.push_back(run_one(rule, rule.fires[i], true, i, rule.meta.id + ".fires[" + std::to_string(i) + "]"));
    for (std::size_t i = 0; i < rule.passes.size(); ++i)
      out.push_back(run_one(rule, rule.passes[i], false, i, rule.meta.id + ".passes[" + std::to_string(i) + "]"));
  }
  return out;
}

}  // namespace clausecheck::rules
