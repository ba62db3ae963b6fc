#pragma once
// The built-in warnings about the run's own configuration (a stale
// suppression, a discovered config that lowers the check): rules of scope
// `config`, their findings placed in a config or suppressions file and
// anchored at it, so a fingerprint follows the file.
#include <string>

#include "model/finding.hpp"
#include "rules/rule_meta.hpp"

namespace clausecheck {

RuleMeta config_rule(std::string id, std::string message, std::string summary, std::string docs, std::string kind);

Finding config_warning(std::string rule, const std::string& file, Location at, std::string evidence,
                       std::string message);

}  // namespace clausecheck
