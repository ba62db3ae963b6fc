#pragma once
#include <vector>

#include "cli/config.hpp"
#include "model/finding.hpp"
#include "rules/rule_meta.hpp"
#include "rules/suppression.hpp"

namespace clausecheck::cli {

// A config or suppressions file found beside the inputs, not named by --config,
// may have been placed there by whoever submitted the drafts: `fail_on: never`
// in it, or entries in it that accept findings, turn a CI check off. Each case
// is reported as a warning finding (so every report format shows it) and on
// stderr; --no-config-discovery reads no such file at all (docs/config.md).
inline constexpr const char* kDiscoveredRule = "config.discovered";
RuleMeta discovered_rule();

// The warning when a discovered config sets fail_on: never; nothing otherwise.
std::vector<Finding> discovered_fail_on(const Config& config);

// One warning per discovered file (sidecar, or a discovered config's `suppress:`)
// whose entries accepted findings, with their count, at its first such entry.
std::vector<Finding> discovered_suppressions(const Config& config, const std::vector<Suppression>& suppressions,
                                             const std::vector<Finding>& findings);

// Logs each warning on stderr.
void warn_on_stderr(const std::vector<Finding>& warnings);

}  // namespace clausecheck::cli
