// `clausecheck explain RULE`: everything about one rule on one page, offline:
// what it checks and why (its docs, with the source it enforces), its
// severity, kind and scope, its message, where it is defined, a link for more,
// and its own examples of text it fires on and text it passes.
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "cli/language.hpp"
#include "model/messages.hpp"
#include "rules/nearest_name.hpp"
#include "cli/rule_packs.hpp"
#include "model/input_error.hpp"

namespace clausecheck::cli {

namespace {

// An example as the page shows it: indented, one source line per line.
void print_example(std::ostream& out, const rules::Example& e) {
  const auto indented = [&out](const std::string& text, const char* lead) {
    std::istringstream lines(text);
    std::string line;
    bool first = true;
    while (std::getline(lines, line)) {
      if (first || !line.empty()) out << (first ? lead : "    ") << line;
      out << '\n';
      first = false;
    }
  };
  if (e.old) {
    indented(*e.old, "  - old: ");
    indented(e.text, "    new: ");
  } else {
    indented(e.text, "  - ");
  }
}

void print_rule(std::ostream& out, const rules::Rule& rule) {
  const RuleMeta& m = rule.meta;
  out << m.id << "\n\n";
  out << "severity: " << to_string(m.severity) << "   kind: " << m.kind << "   scope: " << m.scope
      << "   pack: " << m.pack << '\n';
  out << "message:  " << m.message << '\n';
  out << "defined:  " << m.source << '\n';
  if (!m.docs_url.empty()) out << "more:     " << m.docs_url << '\n';
  const std::string& about = m.docs.empty() ? m.summary : m.docs;
  out << '\n' << about << (about.ends_with('\n') ? "" : "\n");
  out << "\nfires on:\n";
  for (const auto& e : rule.fires) print_example(out, e);
  out << "\npasses:\n";
  for (const auto& e : rule.passes) print_example(out, e);
}

int run_explain(const std::string& id, const std::vector<std::string>& specs) {
  std::vector<std::string> ids;
  for (const auto& pack : packs_for(specs)) {
    for (const auto& rule : pack.rules) {
      if (rule.meta.id == id) {
        print_rule(std::cout, rule);
        return 0;
      }
      ids.push_back(rule.meta.id);
    }
  }
  std::cerr << error_prefix() << msg(Msg::no_such_rule, {id, rules::did_you_mean(id, ids)}) << '\n';
  return 2;
}

}  // namespace

void add_explain_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("explain", "Everything about one rule: what and why, its source, message, examples");
  static std::string id;
  static std::vector<std::string> specs;
  cmd->add_option("rule", id, "The rule's id (validity.expired)")->required();
  cmd->add_option("--rules", specs,
                  "Look in these packs (file, directory or built-in name) instead of the built-in ones");
  cmd->footer(
      "Examples:\n"
      "  clausecheck explain validity.expired\n"
      "  clausecheck explain --rules rules/local.yaml local.deadline-missing\n\n"
      "Exit codes: 0 shown, 2 no such rule or a pack could not be loaded.");
  cmd->callback(guarded(exit_code, [] { return run_explain(id, specs); }));
}

}  // namespace clausecheck::cli
