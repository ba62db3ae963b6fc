#include "cli/config.hpp"

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <yaml-cpp/yaml.h>

#include "ingest/read_file.hpp"
#include "model/input_error.hpp"
#include "model/messages.hpp"
#include "rules/nearest_name.hpp"
#include "rules/pack_loader.hpp"
#include "rules/rule_fields.hpp"
#include "grammar/iso_date.hpp"

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
// The place of each rule id under disable: and severity:, for errors about ids
// no rule has (both already read, so their types are right).
void note_rule_id_places(Config& config, const RuleFields& f, const SourceText& source) {
  const YAML::Node disable = f.node("disable");
  if (disable && disable.IsSequence())
    for (const auto& item : disable)
      config.rule_id_places.emplace(item.Scalar(), rules::mark_location(source, item.Mark()));
  const YAML::Node severity = f.node("severity");
  if (severity)
    for (const auto& item : severity)
      config.rule_id_places.emplace(item.first.Scalar(), rules::mark_location(source, item.first.Mark()));
}

const std::vector<std::string> kConfigKeys = {"packs",     "disable", "severity",        "as_of",   "warning_days",
                                              "day_count", "profile", "normative_types", "fail_on", "suppress"};
const std::vector<std::string> kProfileKeys = {"name", "normative_cap_years", "trial_cap_years"};

void load_profile(Config& config, const RuleFields& f, const std::shared_ptr<const SourceText>& source) {
  const YAML::Node node = f.node("profile");
  rules::check_keys(*source, node, kProfileKeys, msg(Msg::what_profile));
  const RuleFields p(node, source);
  config.settings.profile.name = p.text_or("name", config.settings.profile.name);
  config.settings.profile.normative_cap_years = p.integer_or("normative_cap_years", 5, 1, 1000);
  config.settings.profile.trial_cap_years = p.integer_or("trial_cap_years", 2, 1, 1000);
}
}  // namespace

Config load_config(const fs::path& path) {
  const auto source = std::make_shared<const SourceText>(path.string(), ingest::read_file(path, msg(Msg::what_config)));
  const YAML::Node root = rules::load_yaml(*source);
  Config config;
  config.path = path;
  if (root.IsNull()) return config;
  if (!root.IsMap())
    throw InputError(path.string(), rules::mark_location(*source, root.Mark()), msg(Msg::config_not_mapping));
  rules::check_keys(*source, root, kConfigKeys, msg(Msg::what_config_keys));
  const RuleFields f(root, source);
  config.packs = f.texts("packs");
  for (auto& pack : config.packs) {
    const fs::path p = path.parent_path() / pack;
    std::error_code ec;
    if (pack.find('/') != std::string::npos || pack.ends_with(".yaml") || fs::exists(p, ec)) pack = p.string();
  }
  for (const auto& id : f.texts("disable")) config.disabled.insert(id);
  for (const auto& [id, level] : f.text_map("severity")) {
    Severity s;
    if (!parse_severity(level, s)) f.fail("severity", msg(Msg::config_expected_severity, {id}));
    config.severities[id] = s;
  }
  note_rule_id_places(config, f, *source);
  if (f.has("as_of")) {
    config.as_of = grammar::parse_iso_date(f.text("as_of"));
    if (!config.as_of) f.fail("as_of", msg(Msg::bad_date_option, {f.text("as_of")}));
  }
  // Up to a century: a window past that is a typo, and would overflow date arithmetic long before int does.
  config.settings.warning_days = f.integer_or("warning_days", config.settings.warning_days, 0, 36500);
  const std::string count = f.text_or("day_count", "administrative");
  if (count != "administrative" && count != "civil_code") f.fail("day_count", msg(Msg::config_expected_day_count));
  config.settings.civil_code_count = count == "civil_code";
  if (f.has("normative_types")) config.settings.normative_types = f.texts("normative_types");
  if (f.has("fail_on")) {
    config.fail_on = f.text("fail_on");
    static const std::vector<std::string> levels = {"error", "warning", "info", "never"};
    if (std::find(levels.begin(), levels.end(), *config.fail_on) == levels.end())
      f.fail("fail_on", msg(Msg::config_expected_fail_on, {rules::did_you_mean(*config.fail_on, levels)}));
    config.fail_on_at = rules::mark_location(*source, f.node("fail_on").Mark());
  }
  if (f.has("suppress")) config.suppressions = parse_suppressions(f.node("suppress"), *source);
  if (f.has("profile")) load_profile(config, f, source);
  return config;
}

std::optional<fs::path> user_config() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  const char* home = std::getenv("HOME");
  fs::path dir;
  if (xdg && *xdg == '/') dir = xdg;  // the spec: a relative XDG_CONFIG_HOME is to be ignored
  else if (home && *home) dir = fs::path(home) / ".config";
  else return std::nullopt;
  const fs::path file = dir / "clausecheck" / "config.yaml";
  std::error_code ec;
  if (fs::exists(file, ec) && !fs::is_directory(file, ec)) return file;
  return std::nullopt;
}

Config find_and_load_config(const std::string& given, bool discover) {
  if (!given.empty()) {
    spdlog::debug("config: {} (--config)", given);
    return load_config(given);
  }
  if (!discover) {
    spdlog::debug("config: none (--no-config-discovery)");
    return {};
  }
  // From the working folder, never from an input's: the same run for any order of the inputs.
  auto found = find_config(".");
  if (!found) found = user_config();
  if (!found) {
    spdlog::debug("config: none found upward from the working folder nor in the user's config folder");
    return {};
  }
  spdlog::info("config: {}", found->string());
  Config config = load_config(*found);
  config.discovered = true;
  return config;
}

std::vector<rules::Rule> select_rules(const Config& config, const std::vector<std::string>& rules_spec, rules::Use use,
                                      std::vector<rules::Pack>* packs_out) {
  std::vector<rules::Pack> packs;
  const auto& specs = !rules_spec.empty() ? rules_spec : config.packs;
  // The rules are run, not shown: loaded without their examples.
  if (specs.empty()) packs = rules::builtin_packs(use);
  for (const auto& spec : specs) {
    auto more = rules::load_packs(spec, use);
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
  // --rules may narrow the run: a built-in rule the config names is known even when it does not run
  // (the built-in packs loaded for that only when the config names a rule).
  if (!config.disabled.empty() || !config.severities.empty())
    for (const auto& pack : rules::builtin_packs(use))
      for (const auto& rule : pack.rules) seen.insert(rule.meta.id);
  std::vector<std::string> ids(seen.begin(), seen.end());
  const auto known = [&](const std::string& id) {
    if (seen.count(id)) return;
    const std::string message = msg(Msg::config_unknown_rule, {id, rules::did_you_mean(id, ids)});
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
