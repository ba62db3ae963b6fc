#include "rules/config_warning.hpp"

#include <utility>

namespace clausecheck {

RuleMeta config_rule(std::string id, std::string message, std::string summary, std::string docs, std::string kind) {
  RuleMeta meta;
  meta.id = std::move(id);
  meta.severity = Severity::warning;
  meta.message = std::move(message);
  meta.summary = std::move(summary);
  meta.docs = std::move(docs);
  meta.kind = std::move(kind);
  meta.scope = "config";
  return meta;
}

Finding config_warning(std::string rule, const std::string& file, Location at, std::string evidence,
                       std::string message) {
  Finding f;
  f.rule = std::move(rule);
  f.severity = Severity::warning;
  f.message = std::move(message);
  f.file = file;
  f.location = at;
  f.evidence = std::move(evidence);
  f.anchor = file;
  return f;
}

}  // namespace clausecheck
