#pragma once
// `rules test`: each rule's examples run through the whole pipeline. A layer of
// its own above the engine, the parser and the diff, since an example is parsed
// (and a change rule's two versions diffed) before its rule runs.
#include <string>
#include <vector>

#include "model/finding.hpp"
#include "rules/rule.hpp"
#include "rules/run_settings.hpp"

namespace clausecheck::rules_testing {

// The date rule examples are evaluated on, so `rules test` gives the same
// answer every day (docs/rules.md).
Date example_as_of();

// One example of one rule, run through the whole pipeline (parse_source on an
// in-memory text, then the rule alone; for a change rule both versions parsed
// and diffed, then the rule alone on the changes).
struct ExampleResult {
  std::string rule;
  bool should_fire = true;
  std::size_t index = 0;  // 0-based within fires or passes
  Location where;         // the example in its pack
  std::size_t findings = 0;
  bool ok = false;
  std::string first_message;  // of the first finding, to show what fired
};

std::vector<ExampleResult> run_examples(const rules::Pack& pack);

// Runs one change rule on the two versions of one of its examples
// ({old: …, new: …} in the pack): both parsed, diffed, and the rule alone run
// on the changes.
std::vector<Finding> run_change_example(const rules::Rule& rule, const std::string& old_text,
                                        const std::string& new_text, const rules::RunSettings& settings);

}  // namespace clausecheck::rules_testing
