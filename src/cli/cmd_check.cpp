// `clausecheck check FILE|DIR...`: the findings of the rule packs.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <iostream>
#include <set>

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "cli/progress.hpp"
#include "cli/config.hpp"
#include "cli/config_yaml.hpp"
#include "cli/format_option.hpp"
#include "cli/input_options.hpp"
#include "cli/logging.hpp"
#include "cli/shard_option.hpp"
#include "cli/trust.hpp"
#include "ingest/inputs.hpp"
#include "model/input_error.hpp"
#include "ingest/read_file.hpp"
#include "ingest/read_source.hpp"
#include "ingest/shard.hpp"
#include "parse/ordered_pipeline.hpp"
#include "parse/parse_file.hpp"
#include "model/messages.hpp"
#include "reports/output_file.hpp"
#include "reports/report.hpp"
#include "reports/baseline_writer.hpp"
#include "reports/finding_counts.hpp"
#include "rules/baseline.hpp"
#include "rules/engine.hpp"
#include "rules/pack_loader.hpp"
#include "rules/suppression.hpp"
#include "status/status.hpp"
#include "grammar/iso_date.hpp"

namespace clausecheck::cli {

namespace {
struct CheckOptions {
  bool print_config = false;
  std::vector<std::string> inputs;
  std::vector<std::string> rules;
  std::string config;
  bool no_config_discovery = false;
  std::string as_of;
  std::string fail_on;
  std::string baseline;
  std::string write_baseline;
  const reports::OutputFormat* format = nullptr;  // set by --format
  std::string output;
  bool show_suppressed = false;
  unsigned jobs = 1;
  std::optional<grammar::ShardSpec> shard;
  ingest::InputOptions walk;
};

// The lowest severity that fails the run; nothing for "never".
std::optional<Severity> fail_level(const std::string& name) {
  if (name == "never") return std::nullopt;
  Severity s = Severity::error;
  parse_severity(name, s);
  return s;
}

// The config's entries and (with discovery) those of the sidecar nearest to each
// input file (each sidecar added to `read`), every rule id checked against the
// rules of every pack loaded.
std::vector<Suppression> load_all_suppressions(const Config& config, const std::vector<std::filesystem::path>& files,
                                               const std::vector<rules::Pack>& packs, rules::Use use, bool discover,
                                               reports::ReadFiles& read) {
  std::vector<Suppression> out = config.suppressions;
  // Each folder looked up once: the files of a folder share its sidecar, and
  // a look-up per file stats every folder above it (100,000 files in a few
  // folders spent a fifth of the run there). A folder is the text before a
  // file's last '/', told apart from the last file's as a string: a
  // parent_path() per file, and a set of paths compared by component, cost
  // 3 ms of a corpus's 3,423 files.
  std::set<std::string> folders;
  std::set<std::filesystem::path> sidecars;
  if (discover) {
    std::string_view last;
    for (const auto& file : files) {
      const std::string_view name = file.native();
      const std::size_t slash = name.rfind('/');
      const std::string_view folder =
          slash == std::string_view::npos ? "." : name.substr(0, std::max<std::size_t>(slash, 1));
      if (folder != last) folders.emplace(folder);
      last = folder;
    }
  }
  for (const auto& folder : folders)
    if (const auto found = find_upward(folder, kSidecarName)) sidecars.insert(*found);
  for (const auto& sidecar : sidecars) {
    spdlog::info("suppressions: {}", sidecar.string());
    read.add(sidecar);
    auto more = load_suppressions(sidecar);
    out.insert(out.end(), more.begin(), more.end());
  }
  if (out.empty()) return out;  // nothing to check: the built-in packs --rules left out stay unloaded
  std::vector<std::string> ids;
  for (const auto* list : {&packs, &rules::builtin_packs(use)})
    for (const auto& pack : *list)
      for (const auto& rule : pack.rules) ids.push_back(rule.meta.id);
  check_rule_ids(out, ids);
  return out;
}

// Marks the suppressed findings and adds a warning for each entry that
// accepted nothing although a rule it names ran.
void suppress(const std::vector<Suppression>& suppressions, const std::vector<rules::Rule>& rules,
              std::vector<Finding>& findings, reports::ReportContext& context) {
  bool any_unused = false;
  for (const Suppression* unused : apply_suppressions(suppressions, findings)) {
    const auto ran = [&](const rules::Rule& r) { return names_rule(*unused, r.meta.id); };
    if (std::none_of(rules.begin(), rules.end(), ran)) continue;
    findings.push_back(unused_suppression(*unused));
    any_unused = true;
  }
  if (any_unused) context.rules.push_back(unused_suppression_rule());
}

// -o, --write-baseline and the step summary (github format) checked against every file the run reads.
void refuse_outputs(const CheckOptions& opt, const reports::ReadFiles& read) {
  reports::refuse_overwrite(opt.output, read, "-o");
  if (!opt.write_baseline.empty()) reports::refuse_overwrite(opt.write_baseline, read, "--write-baseline");
  const char* summary = std::getenv(reports::kStepSummary);
  if (opt.format->step_summary && summary && *summary) reports::refuse_overwrite(summary, read, reports::kStepSummary);
}

// A discovered config or suppressions file that turns the check off is said so,
// on stderr and as a finding every report format shows.
void trust_warnings(const CheckOptions& opt, const Config& config, const std::vector<Suppression>& suppressions,
                    std::vector<Finding>& findings, reports::ReportContext& context) {
  std::vector<Finding> warnings = opt.fail_on.empty() ? discovered_fail_on(config) : std::vector<Finding>{};
  for (Finding& f : discovered_suppressions(config, suppressions, findings)) warnings.push_back(std::move(f));
  if (warnings.empty()) return;
  warn_on_stderr(warnings);
  findings.insert(findings.end(), warnings.begin(), warnings.end());
  context.rules.push_back(discovered_rule());
}

// --print-config: the config as the run reads it, and the packs it selects.
int print_config(const Config& config, const CheckOptions& opt) {
  std::vector<rules::Pack> packs;
  select_rules(config, opt.rules, rules::Use::run, &packs);
  std::vector<std::string> names;  // a built-in pack by its name, a file by its path
  names.reserve(packs.size());
  for (const rules::Pack& pack : packs) names.push_back(pack.origin.starts_with("<builtin>") ? pack.name : pack.origin);
  std::cout << config_yaml(config, names, false);
  return 0;
}

// A file as parsed, or why it could not be.
struct Parsed {
  std::optional<ParsedFile> file;
  std::string error;
};

int run_check(const CheckOptions& opt) {
  const Config config = find_and_load_config(opt.config, !opt.no_config_discovery);
  if (opt.print_config) return print_config(config, opt);
  int code = 0;  // 2 once a path could not be used: the other files are still checked and reported, see unreadable_code
  std::vector<std::filesystem::path> paths = find_documents(opt.inputs, opt.walk, code);
  if (opt.shard) {
    // Parts of the files in the order the findings list them, so that the shards' outputs concatenate.
    std::sort(paths.begin(), paths.end(), [](const auto& a, const auto& b) { return a.string() < b.string(); });
    paths = ingest::shard_of(paths, *opt.shard);
  }
  // Standard input can be read once: its text is kept for a rule that reads the files' texts again.
  std::shared_ptr<const SourceText> stdin_text;
  const auto source_of = [&](std::size_t i) {
    if (paths[i] != ingest::kStdinArg) return ingest::read_source(paths[i]);
    if (!stdin_text) stdin_text = ingest::read_source(paths[i]);
    return stdin_text;
  };
  const auto parse_at = [&](std::size_t i) {
    Parsed out;
    try {
      out.file.emplace(parse::parse_source(source_of(i)));
    } catch (const InputError& e) {
      out.error = e.what();
    }
    return out;
  };
  // The first file is read and parsed on a second core while the packs load: a check of one draft, CI's
  // common case, did the two one after the other (the packs are most of its time). Not under --jobs 1.
  std::future<Parsed> first;
  if (opt.jobs > 1 && !paths.empty()) first = std::async(std::launch::async, parse_at, 0);
  std::vector<rules::Pack> packs;
  const rules::Use use = opt.format->shows_rule_docs ? rules::Use::report : rules::Use::run;
  const std::vector<rules::Rule> rules = select_rules(config, opt.rules, use, &packs);
  for (const rules::Pack& pack : packs)
    spdlog::debug("pack: {} ({}), {} rules", pack.name, pack.origin, pack.rules.size());
  spdlog::debug("{} rules run after disable: and severity:", rules.size());

  rules::RunSettings settings = config.settings;
  if (!opt.as_of.empty()) {
    const auto d = grammar::parse_iso_date(opt.as_of);
    if (!d) throw InputError("--as-of", msg(Msg::bad_date_option, {opt.as_of}));
    settings.as_of = *d;
  } else {
    settings.as_of = config.as_of ? *config.as_of : Date{status::today(), Precision::day};
  }
  const std::string fail_on = !opt.fail_on.empty() ? opt.fail_on : config.fail_on.value_or("error");

  // Nothing the run reads may be overwritten by what it writes; refused before any work.
  reports::ReadFiles read(paths);
  if (!opt.baseline.empty()) read.add(opt.baseline);
  if (!config.path.empty()) read.add(config.path);
  for (const rules::Pack& pack : packs) read.add(pack.origin);  // a built-in's "<builtin>/…" names no file
  const std::vector<Suppression> suppressions =
      load_all_suppressions(config, paths, packs, use, !opt.no_config_discovery, read);
  refuse_outputs(opt, read);
  // Each file read, parsed and checked on a worker, its findings and notes
  // taken here in input order, then the file dropped (docs/scale.md). A rule
  // that counts over the whole run reads the checked files' texts again.
  // A file whose text was its bytes (UTF-8) is read again as bytes, with no second decoding (rules::TextCount).
  std::vector<std::size_t> checked;
  std::vector<bool> as_bytes;
  rules::RuleRun run(rules, settings, [&](const rules::TextCount& count, const rules::TextMerge& merge) {
    parse::ordered_pipeline(
        checked.size(), opt.jobs,
        [&](std::size_t k) {
          return as_bytes[k] ? count(ingest::read_file(paths[checked[k]])) : count(source_of(checked[k])->text());
        },
        [&](std::size_t, parse::Outcome<std::unique_ptr<rules::FileNote>>& counted) { merge(counted.get()); });
  });
  // A file that cannot be read is one error line; an error of a rule (InputError in a pack) ends the run.
  struct Checked {
    std::optional<rules::FileFindings> findings;
    std::string error;
    bool as_bytes = false;
  };
  // Fewer files than jobs: the rules of each spread over the cores left (one draft's rules on two).
  const unsigned lanes = paths.empty() ? 1 : std::max(1U, static_cast<unsigned>(opt.jobs / paths.size()));
  Progress progress(paths);
  const auto file_done = progress.hook();
  parse::ordered_pipeline(
      paths.size(), opt.jobs,
      [&](std::size_t i) {
        Parsed parsed = i == 0 && first.valid() ? first.get() : parse_at(i);
        Checked out;
        if (!parsed.file) {
          out.error = std::move(parsed.error);
          return out;
        }
        out.findings.emplace(run.check(*parsed.file, lanes));
        out.as_bytes = paths[i] != ingest::kStdinArg && ingest::text_is_file_bytes(*parsed.file->source);
        return out;
      },
      [&](std::size_t i, parse::Outcome<Checked>& outcome) {
        Checked done = outcome.get();
        if (file_done) file_done(i);
        if (!done.findings) {
          std::cerr << error_prefix() << done.error << '\n';
          code = 2;
          return;
        }
        run.add(std::move(*done.findings));
        checked.push_back(i);
        as_bytes.push_back(done.as_bytes);
      });
  std::vector<Finding> findings = run.finish();
  reports::ReportContext context;
  for (const auto& rule : rules) context.rules.push_back(rule.meta);
  context.show_suppressed = opt.show_suppressed;
  context.fail_level = fail_level(fail_on);
  suppress(suppressions, rules, findings, context);
  trust_warnings(opt, config, suppressions, findings, context);
  BaselineComparison comparison;
  if (!opt.baseline.empty()) {
    comparison = apply_baseline(opt.baseline, findings);
    context.baseline = &comparison;
  }
  if (!opt.write_baseline.empty()) {
    std::vector<Finding> accepted;
    for (const Finding& f : findings)
      if (!f.suppressed) accepted.push_back(f);
    write_baseline(opt.write_baseline, accepted, read);
  }
  reports::write_report(*opt.format, findings, context, opt.output, read);
  if (!opt.output.empty()) note(reports::describe(reports::count_shown(findings)) + " → " + opt.output);

  code = unreadable_code(code != 0, checked.size());
  const auto level = fail_level(fail_on);
  if (code != 0 || !level) return code;
  for (const auto& f : findings)
    if (is_active(f) && f.severity >= *level) return 1;
  return 0;
}
}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  static CheckOptions opt;
  auto* cmd = app.add_subcommand("check", "Run the rule packs over documents and report the findings");
  cmd->footer(
      "Examples:\n"
      "  clausecheck check examples/zhumadian-gazette-2023-02.txt --as-of 2026-11-28\n"
      "  clausecheck check drafts/ --format sarif -o clausecheck.sarif\n"
      "  clausecheck check drafts/ --write-baseline baseline.json   # later: --baseline baseline.json\n"
      "\nSuppressions (docs/config.md): `suppress:` in the config and the .clausecheck-suppressions.yaml\n"
      "nearest to each file; each entry names a rule, a place and a reason.\n"
      "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, config or input error.");
  cmd->add_option("inputs", opt.inputs,
                  "Files or directories (" + ingest::extension_list(", ") + " inside), - for stdin")
      ->required();
  cmd->add_option("--rules", opt.rules, "A pack file, a directory of packs or a built-in pack name (repeatable)");
  add_config_options(*cmd, opt.config, opt.no_config_discovery);
  cmd->add_flag("--print-config", opt.print_config,
                "Print the configuration the run would use (the file found or given, every key resolved) and exit");
  cmd->add_option("--as-of", opt.as_of, "Status date YYYY-MM-DD (default: the config's as_of, else today)")
      ->type_name("DATE");
  cmd->add_option("--fail-on", opt.fail_on, "Exit 1 on findings at or above this level (default error)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  cmd->add_option("--baseline", opt.baseline, "Baseline file: findings in it are not new and do not fail the run");
  cmd->add_option("--write-baseline", opt.write_baseline, "Write the findings as a baseline file");
  add_format_option(*cmd, reports::Command::check, opt.format, "text");
  cmd->add_option("-o,--output", opt.output, "Write the report to this file instead of stdout (never an input file)");
  cmd->add_flag(
      "--show-suppressed", opt.show_suppressed,
      "Also show suppressed findings in text, github, markdown and html output (JSON and SARIF always carry them)");
  add_jobs_option(*cmd, opt.jobs);
  add_shard_option(*cmd, opt.shard);
  add_max_size_option(*cmd);
  add_follow_symlinks_option(*cmd, opt.walk);
  add_selection_options(*cmd, opt.walk);
  cmd->callback(guarded(exit_code, [] { return run_check(opt); }));
}

}  // namespace clausecheck::cli
