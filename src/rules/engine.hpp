#pragma once
#include <vector>

#include "model/parsed_file.hpp"
#include "rules/check.hpp"
#include "model/finding.hpp"
#include "rules/rule.hpp"
#include "rules/run_settings.hpp"

namespace clausecheck::rules {

// Runs every rule (except change rules) over the files of one run. Findings
// come sorted by file, line, column and rule; anchors and messages filled,
// fingerprints left to the baseline code.
std::vector<Finding> run_rules(const std::vector<Rule>& rules, const std::vector<ParsedFile>& files,
                               const RunSettings& settings);

// Runs the `change` rules over the changes between two versions (for `diff`).
std::vector<Finding> run_change_rules(const std::vector<Rule>& rules, const std::vector<Change>& changes,
                                      const RunSettings& settings);

// The rules of every pack, in pack order.
std::vector<Rule> all_rules(const std::vector<Pack>& packs);

}  // namespace clausecheck::rules
