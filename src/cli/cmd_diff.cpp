#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/output_file.hpp"
#include "diff/diff_files.hpp"
#include "model/input_error.hpp"
#include "parse/parse_file.hpp"
#include "reports/diff_json.hpp"
#include "reports/diff_markdown.hpp"
#include "reports/diff_text.hpp"
#include "rules/rule_meta.hpp"

namespace clausecheck::cli {

namespace {

struct DiffOptions {
  std::string old_path;
  std::string new_path;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  double threshold = diff::AlignOptions{}.threshold;
};

bool at_or_above(Severity severity, const std::string& fail_on) {
  Severity bar = Severity::error;
  if (!parse_severity(fail_on, bar)) return false;  // never
  return static_cast<int>(severity) >= static_cast<int>(bar);
}

std::string render(const DiffOptions& opt, const diff::ChangeSet& changes, const std::vector<Finding>& findings) {
  if (opt.format == "json") return reports::diff_json(changes, findings).dump(2) + "\n";
  if (opt.format == "markdown") return reports::diff_markdown(changes, findings);
  return reports::diff_text(changes, findings);
}

int run_diff(const DiffOptions& opt) {
  try {
    const ParsedFile old_file = parse::parse_path(opt.old_path);
    const ParsedFile new_file = parse::parse_path(opt.new_path);
    const diff::ChangeSet changes = diff::diff_files(old_file, new_file, {opt.threshold});
    const std::vector<Finding> findings;
    spdlog::info("{} → {}: {} documents compared", opt.old_path, opt.new_path, changes.documents.size());
    write_output(opt.output, render(opt, changes, findings), {opt.old_path, opt.new_path});
    for (const Finding& f : findings)
      if (at_or_above(f.severity, opt.fail_on)) return 1;
    return 0;
  } catch (const InputError& e) {
    std::cerr << "error: " << e.what() << '\n';
    return 2;
  }
}

}  // namespace

void add_diff_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand("diff", "Compare two versions clause by clause: what changed and what the change rules say");
  cmd->footer(
      "Clauses are aligned by content with their numbering stripped, so an inserted clause does not\n"
      "make every later clause \"changed\": they are reported as renumbered.\n"
      "\nExamples:\n"
      "  clausecheck diff examples/revisions/measures/old.txt examples/revisions/measures/new.txt\n"
      "  clausecheck diff --format markdown -o 对照表.md old.txt new.txt\n"
      "  clausecheck diff --format json --fail-on warning old.txt new.txt\n"
      "\nExit codes: 0 no finding at or above the fail level, 1 findings at or above it, 2 a file could not be read.");
  cmd->add_option("old", opt->old_path, "The old version")->required();
  cmd->add_option("new", opt->new_path, "The new version")->required();
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opt->output, "Write the output to FILE instead of stdout");
  cmd->add_option("--fail-on", opt->fail_on, "Exit 1 when a change rule fires at or above this severity")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  cmd->add_option("--similarity", opt->threshold, "Clauses less similar than this are never paired (0-1)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->callback([opt, &exit_code] { exit_code = run_diff(*opt); });
}

}  // namespace clausecheck::cli
