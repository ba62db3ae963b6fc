#include "cli/rule_packs.hpp"

#include "rules/change_rules.hpp"
#include "rules/pack_loader.hpp"

namespace clausecheck::cli {

// The built-in packs are those of `check` and the change rules of `diff`.
std::vector<rules::Pack> packs_for(const std::vector<std::string>& specs) {
  const rules::Pack& changes = diff::builtin_changes_pack();
  std::vector<rules::Pack> out;
  if (specs.empty()) {
    out = rules::builtin_packs();
    out.push_back(changes);
  }
  for (const auto& spec : specs) {
    if (spec == changes.name) {
      out.push_back(changes);
      continue;
    }
    auto more = rules::load_packs(spec);
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

std::vector<std::string> builtin_pack_names() {
  std::vector<std::string> names;
  for (const auto& pack : packs_for({})) names.push_back(pack.name);
  return names;
}

}  // namespace clausecheck::cli
