#include "cli/trust.hpp"

#include <spdlog/spdlog.h>

#include <map>

#include "rules/config_warning.hpp"
#include "model/page_suffix.hpp"

namespace clausecheck::cli {

RuleMeta discovered_rule() {
  return config_rule(
      kDiscoveredRule, "发现的配置放宽了检查：{evidence}",
      "A config or suppressions file found, not given, lowers fail_on or suppresses findings",
      "A .clausecheck.yaml or .clausecheck-suppressions.yaml found beside the checked files (not named by "
      "--config) set `fail_on: never` or accepted findings. Whoever submits the drafts can place such a "
      "file; in CI run with --no-config-discovery and an explicit --config from the trusted branch "
      "(docs/config.md).",
      "config");
}

std::vector<Finding> discovered_fail_on(const Config& config) {
  if (!config.discovered || config.fail_on != "never") return {};
  return {config_warning(kDiscoveredRule, config.path.string(), config.fail_on_at, "never",
                         "发现的配置设置了 fail_on: never，任何结果都不会使检查失败（a config found, "
                         "not given by --config, turns failing off; use --no-config-discovery in CI）")};
}

std::vector<Finding> discovered_suppressions(const Config& config, const std::vector<Suppression>& suppressions,
                                             const std::vector<Finding>& findings) {
  // Entry origin ("file:line:column") → the entry, for the discovered ones only.
  std::map<std::string, const Suppression*> discovered;
  for (const Suppression& s : suppressions)
    if (!s.scope.empty() || config.discovered) discovered.emplace(s.origin(), &s);
  struct Use {
    const Suppression* first = nullptr;
    std::size_t count = 0;
  };
  std::map<std::string, Use> by_file;
  for (const Finding& f : findings) {
    if (!f.suppressed) continue;
    const auto it = discovered.find(f.suppressed->origin);
    if (it == discovered.end()) continue;
    Use& use = by_file[it->second->origin_file];
    if (!use.first) use.first = it->second;
    ++use.count;
  }
  std::vector<Finding> out;
  for (const auto& [file, use] : by_file) {
    const bool is_config = file == config.path.string();
    const std::string count = std::to_string(use.count);
    out.push_back(config_warning(kDiscoveredRule, file, use.first->rule_at, use.first->rule,
                                 std::string(is_config ? "发现的配置" : "发现的抑制文件") + "抑制了 " + count +
                                     " 条结果（a " + (is_config ? "config" : "suppressions file") +
                                     " found, not given by --config, accepted " + count +
                                     " findings; use --no-config-discovery in CI）"));
  }
  return out;
}

void warn_on_stderr(const std::vector<Finding>& warnings) {
  for (const Finding& f : warnings)
    spdlog::warn("{}:{}:{}: {}{}", f.file, f.location.line, f.location.column, f.message, page_suffix(f.location));
}

}  // namespace clausecheck::cli
