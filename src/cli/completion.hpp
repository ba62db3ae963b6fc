#pragma once
// Shell completion scripts, generated from the command tree CLI11 holds, so
// that a new option or subcommand is completed the day it is added
// (`clausecheck completion bash|zsh|fish`; the build installs all three).
#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck::cli {

// What a word after an option may be.
enum class ValueKind {
  none,    // a flag: no value
  choice,  // one of `choices`
  file,    // a path (and `choices` too when a name may stand for a file: built-in packs)
  free,    // free text or a number: nothing to offer
};

struct OptionSpec {
  std::vector<std::string> names;  // "-o", "--output"
  std::string description;
  ValueKind value = ValueKind::none;
  std::vector<std::string> choices;
  std::vector<std::string> choice_descriptions;  // one per choice, or none (--format's come from the format table)
  bool repeatable = false;
};

struct PositionalSpec {
  std::string name;
  std::string description;
  bool many = false;                 // files... rather than one word
  std::vector<std::string> choices;  // the words it may be (a shell), else a file
};

struct CommandSpec {
  std::string name;  // the program's name at the root
  std::string description;
  std::vector<OptionSpec> options;  // the root's options apply under every subcommand too (fallthrough)
  std::vector<PositionalSpec> positionals;
  std::vector<CommandSpec> subcommands;
};

// The tree of `app` and its subcommands. Options of `pack_names` (--rules)
// complete built-in pack names as well as files.
CommandSpec command_spec(const CLI::App& app, const std::vector<std::string>& pack_names);

std::string bash_completion(const CommandSpec& root);
std::string zsh_completion(const CommandSpec& root);
std::string fish_completion(const CommandSpec& root);

// Shell-independent helpers for the three writers.
// The options accepted under `c`: its own, and the root's (-v, -q) that it does
// not name itself, which CLI11 lets through (fallthrough).
std::vector<OptionSpec> options_in(const CommandSpec& c, const CommandSpec& root);
// Calls fn on `c` and every subcommand below it, depth first, with its path
// from the root ("" for the root, "rules list").
void each_command(const CommandSpec& c, const std::string& path,
                  const std::function<void(const CommandSpec&, const std::string&)>& fn);
std::string joined(const std::vector<std::string>& words, std::string_view separator);
const std::vector<std::string>& shells();  // bash, zsh, fish

}  // namespace clausecheck::cli
