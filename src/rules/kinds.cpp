#include "rules/kinds.hpp"

namespace clausecheck::rules {

const std::vector<KindSpec>& kinds() {
  static const std::vector<KindSpec> all = {expiry_kind(),       require_kind(),    compare_kind(),
                                            threshold_kind(),    complement_kind(), pattern_kind(),
                                            substitution_kind(), repetition_kind(), sequence_kind(),
                                            consistency_kind(),  change_kind(),     diagnostic_kind()};
  return all;
}

const KindSpec* find_kind(std::string_view name) {
  for (const auto& kind : kinds())
    if (kind.name == name) return &kind;
  return nullptr;
}

const char* to_string(Scope scope) {
  switch (scope) {
    case Scope::gazette:
      return "gazette";
    case Scope::document:
      return "document";
    case Scope::clause:
      return "clause";
    case Scope::fact:
      return "fact";
    case Scope::change:
      return "change";
  }
  return "document";
}

}  // namespace clausecheck::rules
