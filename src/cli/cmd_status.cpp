// `clausecheck status FILE|DIR...`: the register of what is in force on a date.
#include <spdlog/spdlog.h>

#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "cli/progress.hpp"
#include "cli/logging.hpp"
#include "cli/config.hpp"
#include "cli/format_option.hpp"
#include "cli/input_options.hpp"
#include "model/messages.hpp"
#include "cli/status_settings.hpp"
#include "index/store.hpp"
#include "index/stored_summaries.hpp"
#include "ingest/inputs.hpp"
#include "model/input_error.hpp"
#include "parse/parse_paths.hpp"
#include "reports/output_file.hpp"
#include "reports/formats.hpp"

namespace clausecheck::cli {

namespace {

struct StatusCommandOptions {
  std::vector<std::string> inputs;
  std::string db;
  std::string as_of;
  const reports::OutputFormat* format = nullptr;  // set by --format
  std::string output;
  std::string config;
  bool no_config_discovery = false;
  std::optional<int> warn_days;
  std::string count;
  unsigned jobs = 1;
  ingest::InputOptions walk;
};

std::string render(const status::Register& reg, const reports::OutputFormat& format) {
  std::ostringstream out;
  format.status(reg, out);
  return out.str();
}

// The register of what the index holds: its stored summaries through the
// same build_register, so that it is the register `status` gives for the files.
int run_status_db(const StatusCommandOptions& opt, const Config& config, std::chrono::year_month_day as_of,
                  status::StatusOptions options) {
  if (!opt.inputs.empty()) throw InputError("status", msg(Msg::status_db_or_files));
  std::vector<std::filesystem::path> read;
  if (!config.path.empty()) read.push_back(config.path);
  if (!index::is_postgresql_url(opt.db)) read.push_back(opt.db);
  reports::refuse_overwrite(opt.output, read, "-o");
  const auto store = index::open_store(opt.db, index::Access::read);
  const std::vector<status::DocumentSummary> summaries = index::load_summaries(*store, opt.jobs);
  // A duration was counted when the files were indexed: a different --count now would not be applied.
  if (const auto stored = index::stored_day_count(*store); stored && *stored != options.count)
    throw InputError(store->name(), msg(Msg::index_count_differs, {to_string(*stored), to_string(options.count)}));
  const status::Register reg = status::build_register(summaries, as_of, options);
  spdlog::info("{} entries as of {} from {}", reg.entries.size(), Date{as_of, Precision::day}.iso(), store->name());
  reports::write_output(opt.output, render(reg, *opt.format), read);
  if (!opt.output.empty()) note(std::to_string(reg.entries.size()) + " register entries → " + opt.output);
  return 0;
}

int run_status(const StatusCommandOptions& opt) {
  const Config config = find_and_load_config(opt.config, !opt.no_config_discovery);
  const auto as_of = as_of_date(opt.as_of, config);
  const status::StatusOptions options = status_options(opt.warn_days, opt.count, config);
  if (!opt.db.empty()) return run_status_db(opt, config, as_of, options);
  if (opt.inputs.empty()) throw InputError("status", msg(Msg::status_needs_inputs));
  int code = 0;
  const std::vector<std::filesystem::path> paths = find_documents(opt.inputs, opt.walk, code);
  // Each file stat'ed once, before any work; the register is compared with them as they were then (read_files.hpp).
  reports::ReadFiles read(paths);
  if (!config.path.empty()) read.add(config.path);
  reports::refuse_overwrite(opt.output, read, "-o");
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
  reports::write_output(opt.output, render(reg, *opt.format), read);
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
      "  clausecheck status --db index.db --as-of 2026-11-28   # what `clausecheck index` stored\n"
      "\nCounting (docs/status.md): a validity runs from the effective date and its last day is the\n"
      "day before the anniversary; --count civil_code makes the anniversary the last day.\n"
      "Exit codes: 0 done, 2 a file, option or config could not be used.");
  cmd->add_option("inputs", opt->inputs,
                  "Files or directories (" + ingest::extension_list(", ") + " inside), - for stdin");
  cmd->add_option("--db", opt->db, "Answer from this index (a SQLite file or postgresql://…) instead of files")
      ->type_name("FILE|URL");
  cmd->add_option("--as-of", opt->as_of, "Status date YYYY-MM-DD (default: the config's as_of, else today)")
      ->type_name("DATE");
  add_format_option(*cmd, reports::Command::status, opt->format, "text");
  cmd->add_option("-o,--output", opt->output, "Write the register to FILE instead of stdout");
  cmd->add_option("--warn-days", opt->warn_days, "Expiring within this many days (default: the config's, else 90)")
      ->check(CLI::NonNegativeNumber);
  add_count_option(*cmd, opt->count);
  add_config_options(*cmd, opt->config, opt->no_config_discovery);
  add_jobs_option(*cmd, opt->jobs);
  add_max_size_option(*cmd);
  add_follow_symlinks_option(*cmd, opt->walk);
  add_selection_options(*cmd, opt->walk);
  cmd->callback(guarded(exit_code, [opt] { return run_status(*opt); }));
}

}  // namespace clausecheck::cli
