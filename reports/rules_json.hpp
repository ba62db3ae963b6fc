#pragma once
// `clausecheck rules list --format json`: the rules of some packs as one JSON
// document (schema clausecheck/rules@1, docs/formats.md), for editors and
// tools that list, filter or link rules.
#include <nlohmann/json_fwd.hpp>
#include <vector>

#include "rules/rule.hpp"

namespace clausecheck::reports {

nlohmann::json rules_json(const std::vector<rules::Pack>& packs);

}  // namespace clausecheck::reports
