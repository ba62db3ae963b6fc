#pragma once
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/finding.hpp"
#include "rules/pack_loader.hpp"
#include "rules/rule.hpp"
#include "rules/run_settings.hpp"
#include "rules/suppression.hpp"

namespace clausecheck::cli {

// A `.clausecheck.yaml` (docs/config.md): which packs run, which rules are off
// or re-graded, and the run settings (as-of date, warning window, profile).
struct Config {
  std::filesystem::path path;      // empty when no config file was found
  std::vector<std::string> packs;  // built-in names or paths (relative to the config's folder)
  std::set<std::string> disabled;
  std::map<std::string, Severity> severities;
  std::map<std::string, Location> rule_id_places;  // where each id of disable/severity stands in the file
  std::optional<Date> as_of;
  std::optional<std::string> fail_on;
  Location fail_on_at;                    // where fail_on stands in the file
  bool discovered = false;                // found next to the inputs, not named by --config
  std::vector<Suppression> suppressions;  // `suppress:`, applying to every file of the run
  rules::RunSettings settings;            // as_of left for the caller
};

// The nearest file called `name` in `start` (a folder, or a file's folder) or a folder above it.
std::optional<std::filesystem::path> find_upward(const std::filesystem::path& start, const std::string& name);

// The nearest `.clausecheck.yaml` in `start` or a folder above it.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

// $XDG_CONFIG_HOME/clausecheck/config.yaml (else ~/.config/clausecheck/config.yaml) when it exists.
std::optional<std::filesystem::path> user_config();

// The config a command runs with: the file --config names (`given`), else,
// when `discover` is on (not with --no-config-discovery), the nearest
// .clausecheck.yaml in the working folder or above, else user_config(),
// else the defaults. Never depends on the inputs or their order.
Config find_and_load_config(const std::string& given, bool discover);

// Reads and checks a config; every key is validated (InputError with file:line:column).
Config load_config(const std::filesystem::path& path);

// The rules a run uses: `rules_spec` (--rules) if given, else the config's packs,
// else every built-in pack; disabled rules dropped, severities overridden.
// A disabled or re-graded id that neither these rules nor the built-in packs
// have is an InputError at its place in the config.
// `use`: how the built-in packs are loaded (rules::Use::report when the report shows the rules' docs).
std::vector<rules::Rule> select_rules(const Config& config, const std::vector<std::string>& rules_spec, rules::Use use,
                                      std::vector<rules::Pack>* packs_out = nullptr);

}  // namespace clausecheck::cli
