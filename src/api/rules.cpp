#include "clausecheck/rules.hpp"

#include <utility>

#include "api/handles.hpp"
#include "rules/engine.hpp"
#include "rules/fingerprint.hpp"
#include "rules/pack_loader.hpp"
#include "rules/run_settings.hpp"
#include "status/status.hpp"

namespace clausecheck {

Rules::Rules(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Rules Rules::builtin() { return Rules(std::make_shared<const Impl>(Impl{rules::all_rules(rules::builtin_packs())})); }

Rules Rules::load(const std::string& spec) {
  return Rules(std::make_shared<const Impl>(Impl{rules::all_rules(rules::load_packs(spec))}));
}

Rules Rules::from_yaml(const std::string& yaml, const std::string& origin) {
  return Rules(std::make_shared<const Impl>(Impl{rules::all_rules({rules::load_pack(origin, yaml)})}));
}

std::vector<std::string> Rules::ids() const {
  std::vector<std::string> out;
  for (const rules::Rule& rule : impl_->rules) out.push_back(rule.meta.id);
  return out;
}

std::vector<Finding> check(const Rules& rules, const std::vector<ParsedFile>& files, const CheckOptions& options) {
  rules::RunSettings settings;
  settings.as_of = Date{options.as_of.value_or(status::today()), Precision::day};
  settings.warning_days = options.warning_days;
  settings.civil_code_count = options.civil_code_count;
  std::vector<Finding> findings = rules::run_rules(rules.impl().rules, files, settings);
  ensure_fingerprints(findings);
  return findings;
}

}  // namespace clausecheck
