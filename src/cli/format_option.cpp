#include "cli/format_option.hpp"

#include <fmt/format.h>

#include <string>

namespace clausecheck::cli {

namespace {

std::string format_list(reports::Command command) {
  std::string out = "\n\nFormats (--format, docs/formats.md):";
  for (const reports::OutputFormat& format : reports::output_formats())
    if (reports::offers(format, command)) out += fmt::format("\n  {:<9} {}", format.name, format.description);
  return out;
}

}  // namespace

CLI::Option* add_format_option(CLI::App& cmd, reports::Command command, const reports::OutputFormat*& format,
                               std::string_view fallback) {
  format = reports::find_format(fallback, command);
  cmd.footer(cmd.get_footer() + format_list(command));
  // IsMember both refuses a name the command does not offer and shows the
  // names as "{a,b}", which the shell completions read back.
  return cmd
      .add_option_function<std::string>(
          "--format", [&format, command](const std::string& name) { format = reports::find_format(name, command); },
          "Output format (listed below)")
      ->check(CLI::IsMember(reports::format_names(command)))
      ->default_str(std::string(fallback));
}

}  // namespace clausecheck::cli
