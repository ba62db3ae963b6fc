#include "cli/terminal.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string_view>

namespace clausecheck::cli {

namespace {
ColorMode mode = ColorMode::automatic;
}  // namespace

void choose_color(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    std::string_view value;
    if (arg == "--color" && i + 1 < argc) value = argv[i + 1];
    else if (arg.starts_with("--color=")) value = arg.substr(8);
    if (value == "always") mode = ColorMode::always;
    if (value == "never") mode = ColorMode::never;
    if (value == "auto") mode = ColorMode::automatic;
  }
}

bool colored(int fd) {
  if (mode != ColorMode::automatic) return mode == ColorMode::always;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return ::isatty(fd) == 1;
}

std::string error_prefix() { return colored(STDERR_FILENO) ? "\x1b[1;31merror\x1b[0m: " : "error: "; }

}  // namespace clausecheck::cli
