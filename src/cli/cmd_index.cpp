// `clausecheck index DIR... --db FILE|URL`: builds or updates the index (docs/index.md).
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/config.hpp"
#include "cli/input_options.hpp"
#include "cli/logging.hpp"
#include "cli/status_settings.hpp"
#include "index/store.hpp"
#include "index/update_index.hpp"
#include "ingest/inputs.hpp"
#include "model/input_error.hpp"

namespace clausecheck::cli {

namespace {

struct IndexCommandOptions {
  std::vector<std::string> inputs;
  std::string db;
  std::string as_of;
  std::string count;
  std::string config;
  bool no_config_discovery = false;
  unsigned jobs = 1;
  ingest::InputOptions walk;
};

int run_index(const IndexCommandOptions& opt) {
  const Config config = find_and_load_config(opt.config, !opt.no_config_discovery);
  index::IndexOptions options;
  options.as_of = as_of_date(opt.as_of, config);
  options.status = status_options(std::nullopt, opt.count, config);
  options.jobs = opt.jobs;
  int code = 0;
  const std::vector<std::filesystem::path> paths = find_documents(opt.inputs, opt.walk, code);
  std::vector<std::filesystem::path> read = paths;
  if (!config.path.empty()) read.push_back(config.path);
  const auto store = index::open_store(opt.db, index::Access::write, read);
  const index::IndexRun run = index::update_index(*store, paths, opt.inputs, options);
  for (const InputError& e : run.errors) std::cerr << "error: " << e.what() << '\n';
  if (!run.errors.empty()) code = 2;
  note(std::to_string(run.files) + " files: " + std::to_string(run.parsed) + " parsed, " +
       std::to_string(run.unchanged) + " unchanged, " + std::to_string(run.touched) + " same content, " +
       std::to_string(run.removed) + " removed, " + std::to_string(run.errors.size()) + " errors → " + store->name());
  return code;
}

}  // namespace

void add_index_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<IndexCommandOptions>();
  CLI::App* cmd = app.add_subcommand("index",
                                     "Build or update the index (SQLite file or PostgreSQL) that status and "
                                     "query answer from");
  cmd->footer(
      "Examples:\n"
      "  clausecheck index policies/ --db index.db\n"
      "  clausecheck index policies/ --db postgresql://clausecheck@db.example/register\n"
      "\nA file whose size and mtime are unchanged is not read; one whose content hash is unchanged is not\n"
      "parsed; a file indexed under a DIR given that is gone is removed (docs/index.md).\n"
      "Exit codes: 0 done, 2 a file, option, config or the database could not be used.");
  cmd->add_option("inputs", opt->inputs, "Files or directories (" + ingest::extension_list(", ") + " inside)")
      ->required();
  cmd->add_option("--db", opt->db, "The index: a SQLite file (created when missing) or postgresql://…")
      ->type_name("FILE|URL")
      ->required();
  cmd->add_option("--as-of", opt->as_of, "Status date of the stored findings (default: the config's as_of, else today)")
      ->type_name("DATE");
  add_count_option(*cmd, opt->count);
  add_config_options(*cmd, opt->config, opt->no_config_discovery);
  add_jobs_option(*cmd, opt->jobs);
  add_max_size_option(*cmd);
  add_follow_symlinks_option(*cmd, opt->walk);
  add_selection_options(*cmd, opt->walk);
  cmd->callback(guarded(exit_code, [opt] { return run_index(*opt); }));
}

}  // namespace clausecheck::cli
