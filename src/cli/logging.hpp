#pragma once
#include <string_view>

namespace clausecheck::cli {

// Diagnostics go to stderr through spdlog and never into stdout, which holds
// the command's output. verbosity: -1 quiet (errors only), 0 warnings, 1 info, 2+ debug.
void setup_logging(int verbosity);

// One line on stderr that is neither a warning nor an error, shown unless -q:
// what a run wrote where (`-o`), so that a CI log is not empty when the
// report went to a file. Controls in it are escaped as in log messages.
void note(std::string_view message);

}  // namespace clausecheck::cli
