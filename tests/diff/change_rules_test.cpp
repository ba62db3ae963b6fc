// The change rules of rules/changes.yaml: each example (old and new version)
// diffed, and the rule alone run on the changes; plus the rules on the
// revised 若干措施 of examples/revisions.
#include <doctest/doctest.h>

#include <algorithm>

#include "rules/change_rules.hpp"
#include "diff/diff_files.hpp"
#include "parse/parse_file.hpp"
#include "rules/engine.hpp"
#include "rules_testing/example_runner.hpp"

using namespace clausecheck;

namespace {

std::size_t findings_of_example(const rules::Rule& rule, const rules::Example& example) {
  REQUIRE(example.old);
  return rules_testing::run_change_example(rule, *example.old, example.text, rules::RunSettings{}).size();
}

}  // namespace

TEST_CASE("every change rule fires on its fires examples and not on its passes examples") {
  const rules::Pack& pack = diff::builtin_changes_pack();
  CHECK(pack.rules.size() == 11);
  for (const rules::Rule& rule : pack.rules) {
    CHECK(rule.scope == rules::Scope::change);
    CHECK_FALSE(rule.fires.empty());
    CHECK_FALSE(rule.passes.empty());
    for (std::size_t k = 0; k < rule.fires.size(); ++k) {
      INFO(rule.meta.id << " fires[" << k << "]");
      CHECK(findings_of_example(rule, rule.fires[k]) > 0);
    }
    for (std::size_t k = 0; k < rule.passes.size(); ++k) {
      INFO(rule.meta.id << " passes[" << k << "]");
      CHECK(findings_of_example(rule, rule.passes[k]) == 0);
    }
  }
}

TEST_CASE("the revised 若干措施: which change rules fire where") {
  const std::string dir = std::string(CLAUSECHECK_SOURCE_DIR) + "/examples/revisions/measures/";
  const ParsedFile old_file = parse::parse_path(dir + "old.txt");
  const ParsedFile new_file = parse::parse_path(dir + "new.txt");
  const diff::ChangeSet changes = diff::diff_files(old_file, new_file);
  rules::RunSettings settings;
  const auto findings = rules::run_change_rules(diff::builtin_changes_pack().rules,
                                                diff::to_rule_changes(changes, old_file, new_file), settings);
  auto count = [&](const std::string& id) {
    return std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == id; });
  };
  // 一 (不得少于50% → 30%), 十八 (40万 → 50万, 50万 → 60万), 十九 (1.2万 → 1.5万), 二十六 (2% → 3%)
  CHECK(count("change.threshold-loosened") == 5);
  CHECK(count("change.threshold-tightened") == 0);
  CHECK(count("change.validity-extended") == 1);
  CHECK(count("change.deadline-later") == 2);  // 一 (2023-12-31 → 2024-12-31) and the period of 十四
  CHECK(count("change.clause-deleted") == 1);
  CHECK(count("change.trial-removed") == 2);  // the notice and its 措施
  for (const Finding& f : findings) {
    if (f.rule != "change.clause-deleted") {
      CHECK(f.file == new_file.source->path());
    } else {
      CHECK(f.file == old_file.source->path());
      CHECK(f.message.find("十三") != std::string::npos);
    }
  }
}
