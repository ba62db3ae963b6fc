#pragma once
#include <optional>
#include <string>
#include <vector>

#include "clausecheck/export.hpp"
#include "span.hpp"

namespace clausecheck {

enum class Severity { info, warning, error };
CLAUSECHECK_API const char* to_string(Severity severity);

// Why a finding is not reported as one: the suppression entry that accepted it.
struct SuppressedBy {
  std::string reason;  // the entry's required `reason`
  std::string origin;  // "file:line:column" of the entry
};

// Another place of the same defect: the other half-width items of one list.
struct RelatedPlace {
  Location location;  // 1-based, columns in code points
  Location end;       // just past it
  std::string evidence;
};

// What a rule says about one place: where (file:line:column), what (message),
// why (rule and evidence), what to do (fix).
struct Finding {
  std::string rule;  // validity.expired
  Severity severity = Severity::warning;
  std::string message;  // in the documents' language, placeholders filled
  std::string file;
  Location location;  // 1-based, columns in code points
  std::optional<Location>
      end;               // just past the span (source.locate(span.end)); reports derive it from the evidence when unset
  Span span;             // byte offsets into the UTF-8 text
  std::string evidence;  // the text the rule fired on
  std::string before, after;  // the same line around the evidence (a few code points, "…" where cut), for text output
  std::string anchor;  // the clause path ("驻政〔2023〕9号/二十六") that makes fingerprints survive moves
  std::optional<std::string> fix;          // suggested replacement text
  std::string fingerprint;                 // stable across unrelated edits: rule + anchor + normalized evidence
  bool in_baseline = false;                // matched a baseline entry (SARIF baselineState "unchanged")
  std::optional<SuppressedBy> suppressed;  // accepted by a suppression: kept in JSON and SARIF, never fails a run
  std::vector<RelatedPlace> related;       // one defect, one finding: its other places (SARIF relatedLocations)
};

// A finding a report shows as one and `--fail-on` counts: neither in the baseline nor suppressed.
inline bool is_active(const Finding& f) { return !f.in_baseline && !f.suppressed; }

}  // namespace clausecheck
