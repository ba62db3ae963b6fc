// `clausecheck completion bash|zsh|fish`: the shell's completion script, from
// the command tree itself (src/cli/completion.hpp).
#include <iostream>

#include "cli/commands.hpp"
#include "cli/completion.hpp"
#include "cli/rule_packs.hpp"
#include "model/input_error.hpp"
#include "reports/output_file.hpp"

namespace clausecheck::cli {

void add_completion_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
  static std::string shell, output;
  cmd->add_option("shell", shell, "The shell")->required()->check(CLI::IsMember(shells()));
  cmd->add_option("-o,--output", output, "Write the script to FILE instead of stdout");
  cmd->footer(
      "Examples:\n"
      "  source <(clausecheck completion bash)\n"
      "  clausecheck completion zsh > \"${fpath[1]}/_clausecheck\"\n"
      "  clausecheck completion fish > ~/.config/fish/completions/clausecheck.fish\n\n"
      "The package installs all three where the shells look for them.");
  cmd->callback(guarded(exit_code, [&app] {
    const CommandSpec root = command_spec(app, builtin_pack_names());
    reports::write_output(output, shell == "bash"  ? bash_completion(root)
                                  : shell == "zsh" ? zsh_completion(root)
                                                   : fish_completion(root));
    return 0;
  }));
}

}  // namespace clausecheck::cli
