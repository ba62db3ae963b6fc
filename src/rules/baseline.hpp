#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "model/finding.hpp"

namespace clausecheck {

// One finding recorded in a baseline file: enough to match it (fingerprint)
// and to report it as `absent` when it is gone (rule, message, place).
struct BaselineEntry {
  std::string fingerprint;
  std::string rule;
  Severity severity = Severity::warning;
  std::string message;
  std::string file;
  Location location;
  std::string evidence;
  std::string anchor;
};

// What comparing a run with a baseline found, for the SARIF baselineState.
struct BaselineComparison {
  std::size_t unchanged = 0;          // findings matched by an entry (in_baseline set)
  std::size_t added = 0;              // findings no entry matched ("new")
  std::vector<BaselineEntry> absent;  // entries no finding matched
};

inline constexpr const char* kBaselineSchema = "clausecheck/baseline@1";

// Reads a baseline file (baseline_reader.cpp; reports/baseline_writer.hpp writes one). InputError at file:line:column
// of what is wrong: invalid JSON, a field of the wrong type, a line or column not in 1…2^31-1, a severity not
// error/warning/info, an entry without fingerprint or rule; without a place when the schema is not kBaselineSchema.
std::vector<BaselineEntry> read_baseline(const std::filesystem::path& path);

// Matches findings against entries as a multiset of fingerprints: two equal
// findings need two entries, and a finding that merely moved still matches.
// Sets in_baseline on the matched findings.
BaselineComparison compare_with_baseline(const std::vector<BaselineEntry>& baseline, std::vector<Finding>& findings);

// read_baseline + compare_with_baseline.
BaselineComparison apply_baseline(const std::filesystem::path& path, std::vector<Finding>& findings);

}  // namespace clausecheck
