#pragma once
#include <CLI/CLI.hpp>
#include <string_view>

#include "reports/formats.hpp"

namespace clausecheck::cli {

// --format of `command`, from reports/formats.cpp: the names it offers
// (refused otherwise, naming them), `fallback` by default, and each name with
// what it is listed in the command's footer. `format` is the chosen row.
CLI::Option* add_format_option(CLI::App& cmd, reports::Command command, const reports::OutputFormat*& format,
                               std::string_view fallback);

}  // namespace clausecheck::cli
