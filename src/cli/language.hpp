#pragma once
#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace clausecheck::cli {

// Sets the run's language (model/messages.hpp) before the command line is
// parsed, so that its own errors come in it: --lang zh|en anywhere on the
// command line, else the first of LC_ALL, LC_MESSAGES, LANG that is set
// (zh_* is Chinese, anything else English).
void choose_language(int argc, char** argv);

// The word after `at`'s own name (the app's: after the program) that is not an option: the command meant.
std::string first_word(int argc, char** argv, const CLI::App& at);

// A usage error of CLI11 as the lines printed for it, in the run's language:
// an unknown command or option with the nearest name ("did you mean"), a
// missing command or argument, a bad value; then where to find the usage.
std::string usage_error(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv);

}  // namespace clausecheck::cli
