// `clausecheck status FILE|DIR...`: the register of what is in force on a date.
#include <spdlog/spdlog.h>

#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "cli/progress.hpp"
#include "cli/logging.hpp"
#include "cli/config.hpp"
#include "cli/input_options.hpp"
#include "model/messages.hpp"
#include "ingest/inputs.hpp"
#include "model/input_error.hpp"
#include "parse/parse_paths.hpp"
#include "text/escape_json.hpp"
#include "reports/output_file.hpp"
#include "reports/html_status.hpp"
#include "reports/register_format.hpp"

namespace clausecheck::cli {

namespace {

struct StatusCommandOptions {
  std::vector<std::string> inputs;
  std::string as_of;
  std::string format = "text";
  std::string output;
  std::string config;
  bool no_config_discovery = false;
  std::optional<int> warn_days;
  std::string count;
  unsigned jobs = 1;
  ingest::InputOptions walk;
};

std::chrono::year_month_day as_of_date(const StatusCommandOptions& opt, const Config& config) {
  if (opt.as_of.empty()) return config.as_of ? config.as_of->first_day() : status::today();
  const auto date = parse_iso_date(opt.as_of);
  if (!date || date->precision != Precision::day) throw InputError("--as-of", msg(Msg::bad_date_option, {opt.as_of}));
  return date->ymd;
}

status::StatusOptions status_options(const StatusCommandOptions& opt, const Config& config) {
  status::StatusOptions options;
  options.warn_days = opt.warn_days.value_or(config.settings.warning_days);
  options.count = config.settings.civil_code_count ? status::DayCount::civil_code : status::DayCount::administrative;
  if (!opt.count.empty()) status::parse_day_count(opt.count, options.count);
  return options;
}

std::string render(const status::Register& reg, const std::string& format) {
  std::ostringstream out;
  if (format == "json") out << text::dump_json(status::to_json(reg)) << '\n';
  else if (format == "markdown") status::write_markdown(reg, out);
  else if (format == "html") out << reports::register_html(reg);
  else status::write_text(reg, out);
  return out.str();
}

int run_status(const StatusCommandOptions& opt) {
  const Config config = find_and_load_config(opt.config, !opt.no_config_discovery);
  const auto as_of = as_of_date(opt, config);
  const status::StatusOptions options = status_options(opt, config);
  int code = 0;
  const std::vector<std::filesystem::path> paths = find_documents(opt.inputs, opt.walk, code);
  std::vector<std::filesystem::path> read = paths;
  if (!config.path.empty()) read.push_back(config.path);
  reports::refuse_overwrite(opt.output, read, "-o");  // before any work, not after it
  std::vector<ParsedFile> files;
  Progress progress(paths);
  for (auto& parsed : parse::parse_paths(paths, opt.jobs, ingest::Blank::refuse, progress.hook())) {
    try {
      files.push_back(parsed.get());
    } catch (const InputError& e) {
      std::cerr << error_prefix() << e.what() << '\n';  // the other files still make the register
      code = 2;
    }
  }
  const status::Register reg = status::build_register(files, as_of, options);
  spdlog::info("{} entries as of {}", reg.entries.size(), Date{as_of, Precision::day}.iso());
  reports::write_output(opt.output, render(reg, opt.format), read);
  if (!opt.output.empty()) note(std::to_string(reg.entries.size()) + " register entries → " + opt.output);
  return unreadable_code(code != 0, files.size());
}

}  // namespace

void add_status_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<StatusCommandOptions>();
  CLI::App* cmd = app.add_subcommand("status", "The register: every document and time-bound clause, in force or not");
  cmd->footer(
      "Examples:\n"
      "  clausecheck status examples/zhumadian-gazette-2023-02.txt --as-of 2026-11-28\n"
      "  clausecheck status --format json -o register.json policies/\n"
      "\nCounting (docs/status.md): a validity runs from the effective date and its last day is the\n"
      "day before the anniversary; --count civil_code makes the anniversary the last day.\n"
      "Exit codes: 0 done, 2 a file, option or config could not be used.");
  cmd->add_option("inputs", opt->inputs,
                  "Files or directories (" + ingest::extension_list(", ") + " inside), - for stdin")
      ->required();
  cmd->add_option("--as-of", opt->as_of, "Status date YYYY-MM-DD (default: the config's as_of, else today)")
      ->type_name("DATE");
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown", "html"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opt->output, "Write the register to FILE instead of stdout");
  cmd->add_option("--warn-days", opt->warn_days, "Expiring within this many days (default: the config's, else 90)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--count", opt->count, "How the last day is counted (default: the config's, else administrative)")
      ->check(CLI::IsMember({"administrative", "civil_code"}));
  add_config_options(*cmd, opt->config, opt->no_config_discovery);
  add_jobs_option(*cmd, opt->jobs);
  add_max_size_option(*cmd);
  add_follow_symlinks_option(*cmd, opt->walk);
  add_selection_options(*cmd, opt->walk);
  cmd->callback(guarded(exit_code, [opt] { return run_status(*opt); }));
}

}  // namespace clausecheck::cli
