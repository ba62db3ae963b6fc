#pragma once
#include <string>
#include <vector>

#include "clausecheck/diff.hpp"
#include "clausecheck/export.hpp"
#include "clausecheck/model.hpp"
#include "clausecheck/rules.hpp"
#include "clausecheck/status.hpp"

namespace clausecheck {

// The reports of the CLI (docs/formats.md), as text. A format is named as
// the CLI's --format names it; any other name throws InputError.

// Findings: "text", "json", "sarif", "junit", "github", "markdown", "jsonl", "gitlab", "html" (check).
// `rules` are the rules that ran, which SARIF and JUnit list.
CLAUSECHECK_API std::string findings_report(const std::vector<Finding>& findings, const Rules& rules,
                                            const std::string& format);
// The register: "text", "json", "markdown", "html" (status).
CLAUSECHECK_API std::string register_report(const Register& reg, const std::string& format);
// A diff: "text", "json", "sarif" (the change rules' findings: none here), "markdown", "html" (diff).
CLAUSECHECK_API std::string diff_report(const Diff& changes, const std::string& format);

}  // namespace clausecheck
