#include <CLI/CLI.hpp>
#include <malloc.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string_view>

#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "cli/logging.hpp"
#include "cli/progress.hpp"
#include "cli/terminal.hpp"

namespace {

// The commands, by the name each registers under; `whole` for the one that needs them all (completion writes
// its scripts from the whole command tree).
struct Command {
  std::string_view name;
  void (*add)(CLI::App& app, int& exit_code);
  bool whole = false;
};

constexpr std::array kCommands = {
    Command{"parse", clausecheck::cli::add_parse_command},
    Command{"check", clausecheck::cli::add_check_command},
    Command{"rules", clausecheck::cli::add_rules_command},
    Command{"diff", clausecheck::cli::add_diff_command},
    Command{"status", clausecheck::cli::add_status_command},
    Command{"index", clausecheck::cli::add_index_command},
    Command{"query", clausecheck::cli::add_query_command},
    Command{"explain", clausecheck::cli::add_explain_command},
    Command{"init", clausecheck::cli::add_init_command},
    Command{"completion", clausecheck::cli::add_completion_command, true},
};

// Building a command's options (CLI11 allocates and copies names, checks and descriptions for each) was a
// sixth of the program's own start: a run that names its command builds that one alone. --help, a missing
// or mistyped command and completion get every command, to list, suggest or complete.
void add_commands(CLI::App& app, int& exit_code, const std::string& word) {
  const auto named = std::find_if(kCommands.begin(), kCommands.end(), [&](const Command& c) { return c.name == word; });
  for (const Command& command : kCommands)
    if (named == kCommands.end() || named->whole || &command == &*named) command.add(app, exit_code);
}

int run(int argc, char** argv) {
  CLI::App app{"clausecheck reads Chinese government policy documents: their clauses, facts, validity and changes."};
  app.set_version_flag("--version", CLAUSECHECK_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // -v and -q work after the subcommand too
  int verbose = 0;
  bool quiet = false;
  app.add_flag("-v,--verbose", verbose, "More diagnostics on stderr (-vv for debug)");
  app.add_flag("-q,--quiet", quiet, "Only errors on stderr");
  std::string color = "auto";  // read before parsing (choose_color), so that CLI errors follow it
  app.add_option("--color", color, "Colour on stderr: auto (a terminal, unless NO_COLOR is set), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  std::string lang;  // read before parsing (choose_language), so that CLI errors are in it too
  app.add_option("--lang", lang, "Language of messages: zh or en (default: the locale, LC_ALL/LC_MESSAGES/LANG)")
      ->check(CLI::IsMember({"zh", "en"}));

  int exit_code = 0;
  add_commands(app, exit_code, clausecheck::cli::first_word(argc, argv, app));

  app.parse_complete_callback([&] {
    clausecheck::cli::Progress::enable(!quiet);
    clausecheck::cli::setup_logging(quiet ? -1 : verbose);
  });
  clausecheck::cli::choose_language(argc, argv);
  clausecheck::cli::choose_color(argc, argv);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << clausecheck::cli::usage_error(app, e, argc, argv) << '\n';
    return 2;
  } catch (const std::exception& e) {
    // Never 0 after an internal error, and never the usage code 2 either.
    std::cerr << "clausecheck: internal error: " << e.what() << '\n';
    return 3;
  }
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  // Memory the run frees is kept for what it allocates next instead of going
  // back to the kernel: every fresh page costs a page fault, and in a virtual
  // machine a fault costs more than the work done on the page. glibc's default
  // gives a block of 128 KB or more its own mapping, unmapped when freed, so a
  // vector grown by doubling faults in each of its sizes, and the next file's
  // or the next pass's blocks fault in anew (a diff of two 1.25 MB lines:
  // 23,300 → 14,800 faults, 0.45 → 0.32 s CPU).
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // the most glibc accepts on 64 bits
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
  // A closed pipe is then a write error to report (exit 2), not a silent death by SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  int code = 3;
  try {
    code = run(argc, argv);
  } catch (const std::exception& e) {
    // Building the commands failed (out of memory): run() reports errors of a run itself.
    std::cerr << "clausecheck: internal error: " << e.what() << '\n';
    return 3;
  }
  // What went to stdout through the stream (rules list, --help) must have been written whole too.
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::cerr << "clausecheck: error: cannot write to stdout: " << std::strerror(errno) << '\n';
    return 2;
  }
  return code;
}
