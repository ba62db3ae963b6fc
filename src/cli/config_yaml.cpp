#include "cli/config_yaml.hpp"

#include <nlohmann/json.hpp>

#include "text/escape_json.hpp"

namespace clausecheck::cli {

namespace {

// A YAML flow sequence of double-quoted strings (JSON strings are YAML's too).
std::string flow(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + text::dump_json(items[i], -1);
  return out + "]";
}

struct Writer {
  bool comments;
  std::string out;
  void key(const std::string& line, const char* comment) {
    if (comments) out += std::string("# ") + comment + "\n";
    out += line + "\n";
  }
};

}  // namespace

std::string config_yaml(const Config& config, const std::vector<std::string>& packs, bool comments) {
  Writer w{comments, ""};
  if (!comments)
    w.out += "# " + (config.path.empty() ? std::string("no config file: the defaults") : config.path.string()) + "\n";
  w.key("packs: " + flow(packs), "Rule packs: built-in names (validity, format, consistency, typos) or pack files");
  w.key("disable: " + flow({config.disabled.begin(), config.disabled.end()}), "Rule ids not to run");
  std::string severity = "severity:";
  if (config.severities.empty()) severity += " {}";
  for (const auto& [id, level] : config.severities) severity += "\n  " + id + ": " + to_string(level);
  w.key(severity, "Per-rule severity: error, warning or info");
  w.key(config.as_of ? "as_of: " + config.as_of->iso() : "# as_of: YYYY-MM-DD",
        "The date validity is judged on (default today in the local time zone; --as-of wins)");
  w.key("warning_days: " + std::to_string(config.settings.warning_days),
        "validity.expiring: days before the last day in force");
  w.key(std::string("day_count: ") + (config.settings.civil_code_count ? "civil_code" : "administrative"),
        "administrative (the last day is the day before the anniversary) or civil_code (民法典 第二百零一条)");
  w.key("fail_on: " + config.fail_on.value_or("error"),
        "Exit 1 on findings at or above: error, warning, info or never");
  w.key("normative_types: " + flow(config.settings.normative_types),
        "Document types that must state a validity period (行政规范性文件), and the notices carrying them");
  const auto& p = config.settings.profile;
  w.key("profile:\n  name: " + text::dump_json(p.name, -1) + "\n  normative_cap_years: " +
            std::to_string(p.normative_cap_years) + "\n  trial_cap_years: " + std::to_string(p.trial_cap_years),
        "Jurisdiction profile: the longest validity of a 行政规范性文件 and of a 试行/暂行 one");
  if (!comments) w.out += "# suppress: " + std::to_string(config.suppressions.size()) + " entries\n";
  else w.key("suppress: []", "Findings accepted as they stand: rule, reason and where (docs/config.md, Suppressions)");
  return w.out;
}

}  // namespace clausecheck::cli
