#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "cli/progress.hpp"
#include "cli/logging.hpp"
#include "cli/input_options.hpp"
#include "cli/outline.hpp"
#include "ingest/inputs.hpp"
#include "model/input_error.hpp"
#include "model/model_json.hpp"
#include "parse/parse_paths.hpp"
#include "text/escape_visible.hpp"
#include "reports/output_file.hpp"

namespace clausecheck::cli {

namespace {

struct ParseOptions {
  std::vector<std::string> inputs;
  std::string format = "outline";
  std::string output;
  bool strict = false;
  unsigned jobs = 1;
  ingest::InputOptions walk;
};

void report_error(const InputError& e) { std::cerr << error_prefix() << e.what() << '\n'; }

// Prints the parser's diagnostics as warnings; returns how many there were.
std::size_t print_diagnostics(const ParsedFile& file) {
  for (const Diagnostic& d : file.diagnostics) {
    const Location at = file.source->locate(d.span.begin);
    std::cerr << text::visible(file.source->path()) << ':' << at.line << ':' << at.column
              << ": warning: " << text::visible(d.message) << '\n';
  }
  return file.diagnostics.size();
}

int run_parse(const ParseOptions& opt) {
  int code = 0;
  std::vector<ParsedFile> files;
  // A bad argument or entry does not hide the good ones.
  const std::vector<std::filesystem::path> paths = find_documents(opt.inputs, opt.walk, code);
  try {
    reports::refuse_overwrite(opt.output, paths, "-o");  // before any work, not after it
  } catch (const InputError& e) {
    report_error(e);
    return 2;
  }
  std::size_t warnings = 0;
  Progress progress(paths);
  auto parsed = parse::parse_paths(paths, opt.jobs, ingest::Blank::refuse, progress.hook());
  for (std::size_t i = 0; i < paths.size(); ++i) {
    try {
      files.push_back(parsed[i].get());
      spdlog::info("{}: {} documents", paths[i].string(), files.back().documents.size());
      if (opt.strict) warnings += print_diagnostics(files.back());
    } catch (const InputError& e) {
      report_error(e);  // the other files are still parsed and reported
      code = 2;
    }
  }
  try {
    reports::OutputFile out(opt.output, paths);
    if (opt.format == "json") {
      model_json(files, [&out](std::string_view chunk) { out.write(chunk); });
      out.write("\n");
    } else {
      for (const ParsedFile& f : files) out.write(outline(f));
    }
    out.commit();
    if (!opt.output.empty()) note(std::to_string(files.size()) + " files → " + opt.output);
  } catch (const InputError& e) {
    report_error(e);
    return 2;
  }
  code = unreadable_code(code != 0, files.size());
  if (code == 0 && warnings > 0) code = 1;
  return code;
}

}  // namespace

void add_parse_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<ParseOptions>();
  CLI::App* cmd = app.add_subcommand("parse", "Read documents into the clause model: JSON or a readable outline");
  cmd->footer(
      "Examples:\n"
      "  clausecheck parse examples/zhumadian-gazette-2023-02.txt\n"
      "  clausecheck parse --format json -o model.json examples/zhumadian-gazette-2023-02.txt\n"
      "  clausecheck parse --strict drafts/\n"
      "\nExit codes: 0 parsed, 1 --strict found warnings, 2 no file could be read.");
  cmd->add_option("files", opt->inputs,
                  "Files or directories (" + ingest::extension_list(", ") + " inside), - for stdin")
      ->required();
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"outline", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opt->output, "Write the output to FILE instead of stdout");
  cmd->add_flag("--strict", opt->strict, "Report malformed dates and numbers as warnings (exit 1 if any)");
  add_jobs_option(*cmd, opt->jobs);
  add_max_size_option(*cmd);
  add_follow_symlinks_option(*cmd, opt->walk);
  add_selection_options(*cmd, opt->walk);
  cmd->callback([opt, &exit_code] { exit_code = run_parse(*opt); });
}

}  // namespace clausecheck::cli
