#pragma once
#include <optional>
#include <string>

#include "model/span.hpp"

namespace clausecheck {

enum class Severity { info, warning, error };
const char* to_string(Severity severity);

// What a rule says about one place: where (file:line:column), what (message),
// why (rule and evidence), what to do (fix).
struct Finding {
  std::string rule;             // validity.expired
  Severity severity = Severity::warning;
  std::string message;          // in the documents' language, placeholders filled
  std::string file;
  Location location;            // 1-based, columns in code points
  std::optional<Location> end;  // just past the span (source.locate(span.end)); reports derive it from the evidence when unset
  Span span;                    // byte offsets into the UTF-8 text
  std::string evidence;         // the text the rule fired on
  std::string anchor;           // the clause path ("驻政〔2023〕9号/二十六") that makes fingerprints survive moves
  std::optional<std::string> fix;  // suggested replacement text
  std::string fingerprint;      // stable across unrelated edits: rule + anchor + normalized evidence
  bool in_baseline = false;     // matched a baseline entry (SARIF baselineState "unchanged")
};

}  // namespace clausecheck
