#pragma once
#include <string>
#include <vector>

#include "rules/rule.hpp"
#include "rules/run_settings.hpp"

namespace clausecheck::rules {

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

std::vector<ExampleResult> run_examples(const Pack& pack);

}  // namespace clausecheck::rules
