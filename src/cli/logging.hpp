#pragma once

namespace clausecheck::cli {

// Diagnostics go to stderr through spdlog and never into stdout, which holds
// the command's output. verbosity: -1 quiet (errors only), 0 warnings, 1 info, 2+ debug.
void setup_logging(int verbosity);

}  // namespace clausecheck::cli
