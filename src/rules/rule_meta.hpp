#pragma once
#include <string>
#include <vector>

#include "model/finding.hpp"

namespace clausecheck {

// What a report needs to know about a rule besides its findings: SARIF
// tool.driver.rules (id, help), the JUnit test case names, `rules list`.
struct RuleMeta {
  std::string id;                         // validity.expired
  Severity severity = Severity::warning;  // after config overrides
  std::string message;                    // the message template, placeholders unfilled ("{doc.number} 已失效")
  std::string summary;                    // one line: the first sentence of docs, or the message template
  std::string docs;                       // why the rule exists and its source (Markdown, may be multi-line)
  std::string kind;                       // expiry, require, compare, threshold, complement, pattern, substitution,
                                          // repetition, sequence, consistency, change
  std::string scope;                      // gazette, document, clause, fact, change
  std::string pack;                       // validity (the pack's file name without .yaml)
  std::string source;    // where the rule was defined: "rules/validity.yaml:12" or "<builtin>/validity.yaml:12"
  std::string docs_url;  // more on the rule, http(s) (SARIF helpUri, `explain`); may be empty
};

// "error", "warning", "info" → Severity; nothing for anything else.
bool parse_severity(const std::string& text, Severity& out);

}  // namespace clausecheck
