// `clausecheck query --db FILE|URL QUESTION …`: the named questions of docs/index.md.
#include <iostream>
#include <sstream>

#include "model/messages.hpp"
#include "cli/commands.hpp"
#include "cli/config.hpp"
#include "cli/format_option.hpp"
#include "cli/logging.hpp"
#include "cli/status_settings.hpp"
#include "index/questions.hpp"
#include "index/store.hpp"
#include "index/stored_summaries.hpp"
#include "model/input_error.hpp"
#include "reports/output_file.hpp"

namespace clausecheck::cli {

namespace {

struct QueryCommandOptions {
  std::string db;
  std::string question;
  std::string subject;
  std::string issuer;
  std::string as_of;
  const reports::OutputFormat* format = nullptr;
  std::string output;
  std::string config;
  bool no_config_discovery = false;
};

int run_query(const QueryCommandOptions& opt) {
  const Config config = find_and_load_config(opt.config, !opt.no_config_discovery);
  const auto as_of = as_of_date(opt.as_of, config);
  if (opt.question == "repealed-by" && opt.subject.empty()) throw InputError("query", msg(Msg::query_needs_subject));
  if (opt.question != "repealed-by" && !opt.subject.empty())
    throw InputError("query", msg(Msg::query_takes_no_subject, {opt.question, opt.subject}));
  if (opt.question == "in-force" && opt.issuer.empty()) throw InputError("query", msg(Msg::query_needs_issuer));
  if (opt.question != "in-force" && !opt.issuer.empty())
    throw InputError("query", msg(Msg::query_issuer_only_in_force));
  std::vector<std::filesystem::path> read;
  if (!config.path.empty()) read.push_back(config.path);
  if (!index::is_postgresql_url(opt.db)) read.push_back(opt.db);
  reports::refuse_overwrite(opt.output, read, "-o");
  const auto store = index::open_store(opt.db, index::Access::read);
  status::StatusOptions options = status_options(std::nullopt, "", config);
  if (const auto stored = index::stored_day_count(*store)) options.count = *stored;
  nlohmann::json answer;
  if (opt.question == "repealed-by") answer = index::repealed_by(*store, opt.subject, as_of, options);
  else if (opt.question == "in-force") answer = index::in_force(*store, opt.issuer, as_of, options);
  else answer = index::cites_repealed(*store, as_of, options);
  std::ostringstream out;
  opt.format->query(answer, out);
  reports::write_output(opt.output, out.str(), read);
  if (!opt.output.empty()) note(msg(Msg::answers_written, {std::to_string(answer["answers"].size()), opt.output}));
  return 0;
}

}  // namespace

void add_query_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<QueryCommandOptions>();
  CLI::App* cmd = app.add_subcommand("query", "Answer a named question from the index");
  cmd->footer(
      "Questions (docs/index.md):\n"
      "  repealed-by TITLE|NUMBER    what repealed the document (its number, or its title or part of it)\n"
      "  in-force --issuer ISSUER    the issuer's documents in force on --as-of\n"
      "  cites-repealed              documents citing one repealed or lapsed on --as-of\n"
      "Examples:\n"
      "  clausecheck query --db index.db repealed-by 驻政〔2020〕5号\n"
      "  clausecheck query --db index.db in-force --issuer 驻马店市人民政府 --as-of 2026-11-28\n"
      "Exit codes: 0 answered (any number of answers), 2 an option, config or the database could not be used.");
  cmd->add_option("--db", opt->db, "The index (a SQLite file or postgresql://…)")->type_name("FILE|URL")->required();
  cmd->add_option("question", opt->question, "repealed-by, in-force or cites-repealed")
      ->check(CLI::IsMember({"repealed-by", "in-force", "cites-repealed"}))
      ->required();
  cmd->add_option("subject", opt->subject, "For repealed-by: the document's title or number");
  cmd->add_option("--issuer", opt->issuer, "For in-force: the issuing body, as the documents name it");
  cmd->add_option("--as-of", opt->as_of, "The date asked about YYYY-MM-DD (default: the config's as_of, else today)")
      ->type_name("DATE");
  add_format_option(*cmd, reports::Command::query, opt->format, "text");
  cmd->add_option("-o,--output", opt->output, "Write the answer to FILE instead of stdout");
  add_config_options(*cmd, opt->config, opt->no_config_discovery);
  cmd->callback(guarded(exit_code, [opt] { return run_query(*opt); }));
}

}  // namespace clausecheck::cli
