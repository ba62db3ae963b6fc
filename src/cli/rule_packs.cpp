#include "cli/rule_packs.hpp"

#include "rules/change_rules.hpp"
#include "rules/pack_loader.hpp"

namespace clausecheck::cli {

// The built-in packs are those of `check` and the change rules of `diff`.
// Only the packs named are loaded.
std::vector<rules::Pack> packs_for(const std::vector<std::string>& specs) {
  std::vector<rules::Pack> out;
  if (specs.empty()) {
    out = rules::builtin_packs();
    out.push_back(diff::builtin_changes_pack());
  }
  for (const auto& spec : specs) {
    if (spec == diff::builtin_changes_pack_name()) {
      out.push_back(diff::builtin_changes_pack());
      continue;
    }
    auto more = rules::load_packs(spec);
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

std::vector<std::string> builtin_pack_names() {
  std::vector<std::string> names = rules::builtin_pack_names();
  names.push_back(diff::builtin_changes_pack_name());
  return names;
}

}  // namespace clausecheck::cli
