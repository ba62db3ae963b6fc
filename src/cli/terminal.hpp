#pragma once
#include <string>

namespace clausecheck::cli {

// --color: auto colours a stream only when it is a terminal and NO_COLOR is
// unset or empty (no-color.org); always and never as they say.
enum class ColorMode { automatic, always, never };

// Sets the mode from --color auto|always|never (or --color=…) anywhere on the
// command line, before it is parsed, so that its own errors follow it.
void choose_color(int argc, char** argv);
// Whether output to `fd` (1 or 2) is coloured this run.
bool colored(int fd);

// "error: " for stderr, in red where stderr is coloured.
std::string error_prefix();

}  // namespace clausecheck::cli
