#include "cli/config.hpp"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

#include "ingest/read_file.hpp"
#include "model/input_error.hpp"
#include "rules/nearest_name.hpp"
#include "rules/pack_loader.hpp"
#include "rules/rule_fields.hpp"

namespace clausecheck::cli {

namespace fs = std::filesystem;
using rules::RuleFields;

namespace {
// Relative to the working folder when under it, as the inputs usually are, so
// that messages and report locations stay short and portable.
fs::path shown_path(const fs::path& absolute) {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (ec) return absolute;
  const fs::path relative = absolute.lexically_relative(cwd);
  return relative.empty() || *relative.begin() == ".." ? absolute : relative;
}
}  // namespace

std::optional<fs::path> find_upward(const fs::path& start, const std::string& name) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec).lexically_normal();
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (; !dir.empty(); dir = dir.parent_path()) {
    const fs::path candidate = dir / name;
    // Anything but a folder is found, so that a FIFO or a device there is an error, not a silent skip.
    if (fs::exists(candidate, ec) && !fs::is_directory(candidate, ec)) return shown_path(candidate);
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
}

std::optional<fs::path> find_config(const fs::path& start) { return find_upward(start, ".clausecheck.yaml"); }

namespace {
// The place of each rule id under disable: and severity:, for errors about ids no rule has.
void note_rule_id_places(Config& config, const RuleFields& f, const SourceText& source) {
  const YAML::Node disable = f.node("disable");
  if (disable && disable.IsSequence())
    for (const auto& item : disable)
      if (item.IsScalar()) config.rule_id_places.emplace(item.as<std::string>(), rules::mark_location(source, item.Mark()));
  const YAML::Node severity = f.node("severity");
  if (severity && severity.IsMap())
    for (const auto& item : severity)  // anything but a string is an error when the map is read
      if (item.first.IsScalar()) config.rule_id_places.emplace(item.first.as<std::string>(), rules::mark_location(source, item.first.Mark()));
}
// A mapping's key as text; a key that is a list or a mapping is an error at it (found by fuzz_config).
std::string key_text(const YAML::Node& key, const SourceText& source) {
  if (!key.IsScalar()) throw InputError(source.path(), rules::mark_location(source, key.Mark()), "键应为字符串 (a key is a string)");
  return key.as<std::string>();
}
}  // namespace

Config load_config(const fs::path& path) {
  const auto source = std::make_shared<const SourceText>(path.string(), ingest::read_file(path, "配置文件"));
  YAML::Node root;
  try {
    root = YAML::Load(source->text());
  } catch (const YAML::ParserException& e) {
    throw InputError(path.string(), rules::mark_location(*source, e.mark), "YAML 语法错误 (YAML syntax error): " + e.msg);
  }
  Config config;
  config.path = path;
  if (root.IsNull()) return config;
  if (!root.IsMap()) throw InputError(path.string(), rules::mark_location(*source, root.Mark()), "配置应为映射 (a config is a mapping)");
  static const std::vector<std::string> keys = {"packs", "disable", "severity", "as_of", "warning_days", "day_count",
                                                "profile", "normative_types", "fail_on", "suppress"};
  for (const auto& item : root) {
    const std::string key = key_text(item.first, *source);
    if (std::find(keys.begin(), keys.end(), key) == keys.end())
      throw InputError(path.string(), rules::mark_location(*source, item.first.Mark()),
                       "未知配置项 (unknown key) '" + key + "'" + rules::did_you_mean(key, keys));
  }
  const RuleFields f(root, source);
  config.packs = f.texts("packs");
  for (auto& pack : config.packs) {
    const fs::path p = path.parent_path() / pack;
    std::error_code ec;
    if (pack.find('/') != std::string::npos || pack.ends_with(".yaml") || fs::exists(p, ec)) pack = p.string();
  }
  for (const auto& id : f.texts("disable")) config.disabled.insert(id);
  note_rule_id_places(config, f, *source);
  for (const auto& [id, level] : f.text_map("severity")) {
    Severity s;
    if (!parse_severity(level, s)) f.fail("severity", "'" + id + "': 应为 error、warning 或 info");
    config.severities[id] = s;
  }
  if (f.has("as_of")) {
    config.as_of = parse_iso_date(f.text("as_of"));
    if (!config.as_of) f.fail("as_of", "应为 YYYY-MM-DD (expected a date YYYY-MM-DD)");
  }
  config.settings.warning_days = f.integer_or("warning_days", config.settings.warning_days);
  if (config.settings.warning_days < 0) f.fail("warning_days", "应为非负整数 (expected a non-negative integer)");
  const std::string count = f.text_or("day_count", "administrative");
  if (count != "administrative" && count != "civil_code") f.fail("day_count", "应为 administrative 或 civil_code");
  config.settings.civil_code_count = count == "civil_code";
  if (f.has("normative_types")) config.settings.normative_types = f.texts("normative_types");
  if (f.has("fail_on")) {
    config.fail_on = f.text("fail_on");
    static const std::vector<std::string> levels = {"error", "warning", "info", "never"};
    if (std::find(levels.begin(), levels.end(), *config.fail_on) == levels.end())
      f.fail("fail_on", "应为 error、warning、info 或 never" + rules::did_you_mean(*config.fail_on, levels));
  }
  if (f.has("suppress")) config.suppressions = parse_suppressions(f.node("suppress"), *source);
  if (f.has("profile")) {
    const YAML::Node node = f.node("profile");
    if (!node.IsMap()) f.fail("profile", "应为映射 (expected a mapping)");
    static const std::vector<std::string> profile_keys = {"name", "normative_cap_years", "trial_cap_years"};
    for (const auto& item : node) {
      const std::string key = key_text(item.first, *source);
      if (std::find(profile_keys.begin(), profile_keys.end(), key) == profile_keys.end())
        throw InputError(path.string(), rules::mark_location(*source, item.first.Mark()),
                         "profile 中的未知字段 (unknown key) '" + key + "'" + rules::did_you_mean(key, profile_keys));
    }
    const RuleFields p(node, source);
    config.settings.profile.name = p.text_or("name", config.settings.profile.name);
    config.settings.profile.normative_cap_years = p.integer_or("normative_cap_years", 5);
    config.settings.profile.trial_cap_years = p.integer_or("trial_cap_years", 2);
  }
  return config;
}

std::vector<rules::Rule> select_rules(const Config& config, const std::vector<std::string>& rules_spec,
                                      std::vector<rules::Pack>* packs_out) {
  std::vector<rules::Pack> packs;
  const auto& specs = !rules_spec.empty() ? rules_spec : config.packs;
  if (specs.empty()) packs = rules::builtin_packs();
  for (const auto& spec : specs) {
    auto more = rules::load_packs(spec);
    packs.insert(packs.end(), more.begin(), more.end());
  }
  std::vector<rules::Rule> out;
  std::set<std::string> seen;
  for (const auto& pack : packs)
    for (const auto& rule : pack.rules) {
      seen.insert(rule.meta.id);
      if (config.disabled.count(rule.meta.id)) continue;
      out.push_back(rule);
      if (const auto it = config.severities.find(rule.meta.id); it != config.severities.end())
        out.back().meta.severity = it->second;
    }
  // --rules may narrow the run: a built-in rule the config names is known even when it does not run.
  for (const auto& pack : rules::builtin_packs())
    for (const auto& rule : pack.rules) seen.insert(rule.meta.id);
  std::vector<std::string> ids(seen.begin(), seen.end());
  const auto known = [&](const std::string& id) {
    if (seen.count(id)) return;
    const std::string message = "没有编号为 '" + id + "' 的规则 (no such rule)" + rules::did_you_mean(id, ids);
    const auto place = config.rule_id_places.find(id);
    if (place == config.rule_id_places.end()) throw InputError(config.path.string(), message);
    throw InputError(config.path.string(), place->second, message);
  };
  for (const auto& id : config.disabled) known(id);
  for (const auto& [id, level] : config.severities) known(id);
  if (packs_out) *packs_out = std::move(packs);
  return out;
}

}  // namespace clausecheck::cli
