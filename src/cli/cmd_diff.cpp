#include <spdlog/spdlog.h>

#include <future>
#include <iostream>
#include <iterator>

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "cli/logging.hpp"
#include "reports/finding_counts.hpp"
#include "cli/config.hpp"
#include "cli/format_option.hpp"
#include "cli/input_options.hpp"
#include "cli/trust.hpp"
#include "reports/output_file.hpp"
#include "rules/change_rules.hpp"
#include "diff/diff_files.hpp"
#include "model/input_error.hpp"
#include "parse/parse_paths.hpp"
#include "reports/formats.hpp"
#include "reports/report.hpp"
#include "rules/engine.hpp"
#include "rules/fingerprint.hpp"
#include "rules/pack_loader.hpp"
#include "rules/rule_meta.hpp"

namespace clausecheck::cli {

namespace {

struct DiffOptions {
  std::string old_path;
  std::string new_path;
  const reports::OutputFormat* format = nullptr;  // set by --format
  std::string output;
  std::string fail_on;  // default: the config's fail_on, else error
  std::string config;
  bool no_config_discovery = false;
  std::vector<std::string> rule_specs;  // more packs; their change rules run next to changes.yaml
  double threshold = diff::AlignOptions{}.threshold;
  unsigned jobs = 1;
};

bool at_or_above(Severity severity, const std::string& fail_on) {
  Severity bar = Severity::error;
  if (!parse_severity(fail_on, bar)) return false;  // never
  return static_cast<int>(severity) >= static_cast<int>(bar);
}

// The change rules of the packs --rules names (their files added to `read`).
// How the packs are loaded: run, not shown (no examples), with the rules' docs only for a report that shows them.
rules::Use use_of(const DiffOptions& opt) { return opt.format->shows_rule_docs ? rules::Use::report : rules::Use::run; }

std::vector<rules::Rule> more_change_rules(const DiffOptions& opt, std::vector<std::filesystem::path>& read) {
  std::vector<rules::Rule> out;
  for (const std::string& spec : opt.rule_specs)
    for (const rules::Pack& pack : rules::load_packs(spec, use_of(opt))) {
      read.push_back(pack.origin);
      for (const rules::Rule& rule : pack.rules)
        if (rule.scope == rules::Scope::change) out.push_back(rule);
    }
  return out;
}

// The built-in change rules, then `more`; the config's disabled rules dropped and its severities
// applied, as for check.
std::vector<rules::Rule> change_rules(const rules::Pack& builtin, std::vector<rules::Rule> more, const Config& config) {
  std::vector<rules::Rule> all = builtin.rules;
  all.insert(all.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  std::vector<rules::Rule> out;
  for (rules::Rule& rule : all) {
    if (config.disabled.count(rule.meta.id)) continue;
    if (const auto s = config.severities.find(rule.meta.id); s != config.severities.end())
      rule.meta.severity = s->second;
    out.push_back(std::move(rule));
  }
  return out;
}

std::string render(const DiffOptions& opt, const diff::ChangeSet& changes, const std::vector<Finding>& findings,
                   const std::vector<rules::Rule>& rules) {
  reports::ReportContext context;
  for (const rules::Rule& rule : rules) context.rules.push_back(rule.meta);
  return opt.format->diff({changes, findings, context});
}

int run_diff(const DiffOptions& opt) {
  // With more than one job, the built-in change rules load while the config is read and the two
  // versions are parsed: their YAML was a sixth of the seed pair's instructions, all of it before the
  // parses. They are our own text, tested: their load throws nothing a user could cause.
  std::future<const rules::Pack*> builtin =
      std::async(opt.jobs > 1 ? std::launch::async : std::launch::deferred,
                 [use = use_of(opt)] { return &diff::builtin_changes_pack(use); });
  try {
    const Config config = find_and_load_config(opt.config, !opt.no_config_discovery);
    if (opt.fail_on.empty()) warn_on_stderr(discovered_fail_on(config));
    std::vector<std::filesystem::path> read = {opt.old_path, opt.new_path};
    if (!config.path.empty()) read.push_back(config.path);
    std::vector<rules::Rule> more = more_change_rules(opt, read);
    reports::refuse_overwrite(opt.output, read, "-o");  // before any work, not after it
    // An empty version is a valid side: everything in the other one was deleted or inserted.
    auto parsed = parse::parse_paths({opt.old_path, opt.new_path}, opt.jobs, ingest::Blank::accept);
    const ParsedFile old_file = parsed[0].get();  // a bad old file is reported first, as before
    const ParsedFile new_file = parsed[1].get();
    const diff::ChangeSet changes = diff::diff_files(old_file, new_file, {opt.threshold, opt.jobs});
    const std::vector<rules::Rule> rules = change_rules(*builtin.get(), std::move(more), config);
    rules::RunSettings settings = config.settings;
    std::vector<Finding> findings =
        rules::run_change_rules(rules, diff::to_rule_changes(changes, old_file, new_file), settings);
    ensure_fingerprints(findings);
    spdlog::info("{} → {}: {} documents compared, {} findings", opt.old_path, opt.new_path, changes.documents.size(),
                 findings.size());
    reports::write_output(opt.output, render(opt, changes, findings, rules), read);
    if (!opt.output.empty()) note(reports::describe(reports::count_shown(findings)) + " → " + opt.output);
    const std::string fail_on = !opt.fail_on.empty() ? opt.fail_on : config.fail_on.value_or("error");
    for (const Finding& f : findings)
      if (at_or_above(f.severity, fail_on)) return 1;
    return 0;
  } catch (const InputError& e) {
    std::cerr << error_prefix() << e.what() << '\n';
    return 2;
  }
}

}  // namespace

void add_diff_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<DiffOptions>();
  CLI::App* cmd =
      app.add_subcommand("diff", "Compare two versions clause by clause: what changed and what the change rules say");
  cmd->footer(
      "Clauses are aligned by content with their numbering stripped, so an inserted clause does not\n"
      "make every later clause \"changed\": they are reported as renumbered.\n"
      "\nExamples:\n"
      "  clausecheck diff examples/revisions/measures/old.txt examples/revisions/measures/new.txt\n"
      "  clausecheck diff --format markdown -o 对照表.md old.txt new.txt\n"
      "  clausecheck diff --format json --fail-on warning old.txt new.txt\n"
      "  clausecheck diff --format sarif -o diff.sarif old.txt new.txt\n"
      "\nThe change rules of the built-in pack `changes` (threshold loosened or tightened, validity\n"
      "extended, deadline later, clause deleted, 试行 removed, responsibility changed) report on the\n"
      "new file (a deleted clause on the old one); --fail-on turns them into the exit code.\n"
      "\nExit codes: 0 no finding at or above the fail level, 1 findings at or above it, 2 a file could not be read.");
  cmd->add_option("old", opt->old_path, "The old version")->required();
  cmd->add_option("new", opt->new_path, "The new version")->required();
  add_format_option(*cmd, reports::Command::diff, opt->format, "text");
  cmd->add_option("-o,--output", opt->output, "Write the output to FILE instead of stdout");
  cmd->add_option("--fail-on", opt->fail_on,
                  "Exit 1 when a change rule fires at or above this severity (default: the config's, else error)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  add_config_options(*cmd, opt->config, opt->no_config_discovery);
  cmd->add_option("--rules", opt->rule_specs,
                  "More rule packs (file, directory or built-in name); their change rules run too");
  cmd->add_option("--similarity", opt->threshold, "Clauses less similar than this are never paired (0-1)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  add_jobs_option(*cmd, opt->jobs);
  add_max_size_option(*cmd);
  cmd->callback([opt, &exit_code] { exit_code = run_diff(*opt); });
}

}  // namespace clausecheck::cli
