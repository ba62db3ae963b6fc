// `clausecheck rules list` and `clausecheck rules test [PACK]`.
#include <iostream>
#include "model/messages.hpp"

#include "cli/commands.hpp"
#include "cli/format_option.hpp"
#include "cli/rule_packs.hpp"
#include "model/input_error.hpp"
#include "rules_testing/example_runner.hpp"

namespace clausecheck::cli {

namespace {
// In the format chosen: one line per rule (tab-separated), or the JSON document tools read.
int run_list(const std::vector<std::string>& specs, const reports::OutputFormat& format) {
  format.rules_list(packs_for(specs), std::cout);
  return 0;
}

// Every `fires` example must fire and every `passes` example must not.
int run_test(const std::vector<std::string>& specs) {
  std::size_t passed = 0, failed = 0;
  for (const auto& pack : packs_for(specs)) {
    for (const auto& rule : pack.rules) {
      if (rule.fires.empty() || rule.passes.empty()) {
        std::cout << "FAIL " << rule.meta.id << ": " << msg(Msg::rules_test_needs_examples, {rule.meta.source}) << '\n';
        ++failed;
      }
    }
    for (const auto& r : rules_testing::run_examples(pack)) {
      const std::string name = r.rule + (r.should_fire ? ".fires[" : ".passes[") + std::to_string(r.index) + "]";
      if (r.ok) {
        ++passed;
        std::cout << "ok   " << name << '\n';
      } else {
        ++failed;
        std::cout << "FAIL " << name << " (" << pack.origin << ':' << r.where.line << "): "
                  << (r.should_fire ? msg(Msg::rules_test_not_fired)
                                    : msg(Msg::rules_test_fired, {std::to_string(r.findings), r.first_message}))
                  << '\n';
      }
    }
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed ? 1 : 0;
}
}  // namespace

void add_rules_command(CLI::App& app, int& exit_code) {
  auto* rules =
      app.add_subcommand("rules", "The rules of the built-in or given packs, and their examples run as tests");
  rules->require_subcommand(1);
  rules->footer(
      "Without PACK: every built-in pack (validity, format, consistency, typos; changes for diff).\n"
      "Exit codes (test): 0 every example behaved, 1 one did not, 2 a pack could not be loaded.");
  static std::vector<std::string> list_specs, test_specs;
  static const reports::OutputFormat* list_format = nullptr;
  auto* list = rules->add_subcommand("list", "List every rule: id, severity, kind, scope, summary");
  add_format_option(*list, reports::Command::rules_list, list_format, "text");
  list->add_option("packs", list_specs, "Pack files, directories or built-in pack names (default: all built-in packs)");
  auto* test = rules->add_subcommand("test", "Run each rule's examples: `fires` must fire, `passes` must not");
  test->add_option("packs", test_specs, "Pack files, directories or built-in pack names (default: all built-in packs)");
  list->callback(guarded(exit_code, [] { return run_list(list_specs, *list_format); }));
  test->callback(guarded(exit_code, [] { return run_test(test_specs); }));
}

}  // namespace clausecheck::cli
