#pragma once
#include <CLI/CLI.hpp>

namespace clausecheck::cli {

// Each subcommand lives in its own file and registers itself here. Its
// callback stores the process exit code: 0 clean, 1 findings at or above the
// fail level, 2 usage, configuration or input error.
void add_parse_command(CLI::App& app, int& exit_code);
void add_check_command(CLI::App& app, int& exit_code);
void add_rules_command(CLI::App& app, int& exit_code);
void add_diff_command(CLI::App& app, int& exit_code);
void add_status_command(CLI::App& app, int& exit_code);

}  // namespace clausecheck::cli
