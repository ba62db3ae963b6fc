#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/check.hpp"
#include "rules/rule_fields.hpp"

namespace clausecheck::rules {

// One rule kind: its YAML fields, the scopes it walks, the placeholders it
// fills besides doc.*, clause.* and fact.*, and how to build its check.
struct KindSpec {
  std::string name;
  std::vector<std::string> fields;
  std::vector<Scope> scopes;  // the first is the default
  std::vector<std::string> vars;
  std::function<std::shared_ptr<const Check>(const RuleFields&)> make;
};

// The closed set of kinds, one file each (expiry_check.cpp …).
const std::vector<KindSpec>& kinds();
const KindSpec* find_kind(std::string_view name);

KindSpec expiry_kind();
KindSpec require_kind();
KindSpec compare_kind();
KindSpec threshold_kind();
KindSpec complement_kind();
KindSpec pattern_kind();
KindSpec substitution_kind();
KindSpec repetition_kind();
KindSpec sequence_kind();
KindSpec consistency_kind();
KindSpec change_kind();
KindSpec diagnostic_kind();

}  // namespace clausecheck::rules
