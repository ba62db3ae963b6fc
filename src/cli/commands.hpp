#pragma once
#include <CLI/CLI.hpp>

#include <functional>
#include <iostream>

#include "cli/terminal.hpp"
#include "model/input_error.hpp"

#include "parse/parse_paths.hpp"

namespace clausecheck::cli {

// Each subcommand lives in its own file and registers itself here. Its
// callback stores the process exit code: 0 clean, 1 findings at or above the
// fail level, 2 usage, configuration or input error.
void add_parse_command(CLI::App& app, int& exit_code);
void add_check_command(CLI::App& app, int& exit_code);
void add_rules_command(CLI::App& app, int& exit_code);
void add_diff_command(CLI::App& app, int& exit_code);
void add_status_command(CLI::App& app, int& exit_code);
void add_index_command(CLI::App& app, int& exit_code);
void add_query_command(CLI::App& app, int& exit_code);
void add_explain_command(CLI::App& app, int& exit_code);
void add_init_command(CLI::App& app, int& exit_code);
void add_completion_command(CLI::App& app, int& exit_code);

// A command's callback: `run` returns the exit code; an InputError it throws
// (a file, pack or config the user named cannot be used) is one "error:" line
// on stderr and exit 2.
template <typename Run>
std::function<void()> guarded(int& exit_code, Run run) {
  return [&exit_code, run] {
    try {
      exit_code = run();
    } catch (const InputError& e) {
      std::cerr << error_prefix() << e.what() << '\n';
      exit_code = 2;
    }
  };
}

// --jobs N, shared by the commands that read files: how many are read and
// parsed at once. 0, a negative number or a non-number is a usage error (exit 2);
// the upper bound is there so that the message reads "not in range 1 to 1024".
inline CLI::Option* add_jobs_option(CLI::App& cmd, unsigned& jobs) {
  jobs = parse::default_jobs();
  return cmd
      .add_option("--jobs", jobs, "Work on this many files at once (default: the cores available to the process)")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
}

// --count administrative|civil_code, shared by the commands that count a
// validity's last day (status, index; docs/status.md, "Counting a validity period").
inline CLI::Option* add_count_option(CLI::App& cmd, std::string& count) {
  return cmd.add_option("--count", count, "How the last day is counted (default: the config's, else administrative)")
      ->check(CLI::IsMember({"administrative", "civil_code"}));
}

// --config FILE and --no-config-discovery, shared by the commands that read a
// config: without discovery only an explicit --config is read, never a
// .clausecheck.yaml or suppressions file found next to the inputs (docs/config.md, CI).
inline void add_config_options(CLI::App& cmd, std::string& config, bool& no_discovery) {
  cmd.add_option("--config", config,
                 "Config file (default: the nearest .clausecheck.yaml upward from the working folder, else "
                 "$XDG_CONFIG_HOME/clausecheck/config.yaml)");
  cmd.add_flag("--no-config-discovery", no_discovery,
               "Read no .clausecheck.yaml, user config or .clausecheck-suppressions.yaml found, only --config "
               "(for CI on untrusted drafts)");
}

}  // namespace clausecheck::cli
