#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <optional>

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "cli/progress.hpp"
#include "cli/logging.hpp"
#include "cli/input_options.hpp"
#include "cli/format_option.hpp"
#include "cli/shard_option.hpp"
#include "ingest/inputs.hpp"
#include "model/input_error.hpp"
#include "ingest/shard.hpp"
#include "parse/ordered_pipeline.hpp"
#include "parse/parse_file.hpp"
#include "text/escape_visible.hpp"
#include "reports/formats.hpp"
#include "reports/output_file.hpp"
#include "model/page_suffix.hpp"

namespace clausecheck::cli {

namespace {

struct ParseOptions {
  std::vector<std::string> inputs;
  const reports::OutputFormat* format = nullptr;  // set by --format
  std::string output;
  bool strict = false;
  unsigned jobs = 1;
  std::optional<grammar::ShardSpec> shard;
  ingest::InputOptions walk;
};

void report_error(const InputError& e) { std::cerr << error_prefix() << e.what() << '\n'; }

// The parser's diagnostics as warnings, a line each.
std::vector<std::string> diagnostics(const ParsedFile& file) {
  std::vector<std::string> out;
  for (const Diagnostic& d : file.diagnostics) {
    const Location at = file.source->locate(d.span.begin);
    out.push_back(text::visible(file.source->path()) + ':' + std::to_string(at.line) + ':' + std::to_string(at.column) +
                  ": warning: " + text::visible(d.message) + page_suffix(at) + '\n');
  }
  return out;
}

struct ParsedOutput {
  std::vector<std::string> chunks;  // the file's text, a megabyte a chunk, made on a worker
  std::optional<ParsedFile> file;   // or, on one thread, the file, its text made as it is written
  std::size_t documents = 0;
  std::vector<std::string> warnings;
};

int run_parse(const ParseOptions& opt) {
  int code = 0;
  // A bad argument or entry does not hide the good ones.
  std::vector<std::filesystem::path> paths = find_documents(opt.inputs, opt.walk, code);
  if (opt.shard) paths = ingest::shard_of(paths, *opt.shard);
  std::size_t written = 0, warnings = 0;
  Progress progress(paths);
  const auto file_done = progress.hook();
  try {
    // -o refused before any work, not after it; the output written a file at a time, in input order.
    reports::OutputFile out(opt.output, paths);
    const reports::ModelWriter& writer = opt.format->parse;
    if (writer.head) out.write(writer.head());
    // Each file read, parsed and formatted on a worker, written here in input order, then dropped.
    // On one thread nothing waits for a file's text: it goes out as it is made, never held
    // whole (the JSON of a 10 MB line is 200 MB).
    const bool one_thread = std::min<std::size_t>(opt.jobs, paths.size()) <= 1;
    parse::ordered_pipeline(
        paths.size(), opt.jobs,
        [&](std::size_t i) {
          ParsedFile file = parse::parse_path(paths[i]);
          ParsedOutput made;
          made.documents = file.documents.size();
          if (opt.strict) made.warnings = diagnostics(file);
          if (one_thread) made.file.emplace(std::move(file));
          else writer.file(file, [&](std::string_view chunk) { made.chunks.emplace_back(chunk); });
          return made;
        },
        [&](std::size_t i, parse::Outcome<ParsedOutput>& outcome) {
          if (file_done) file_done(i);
          ParsedOutput made;
          try {
            made = outcome.get();
          } catch (const InputError& e) {
            report_error(e);  // the other files are still parsed and reported
            code = 2;
            return;
          }
          spdlog::info("{}: {} documents", paths[i].string(), made.documents);
          for (const std::string& w : made.warnings) std::cerr << w;
          warnings += made.warnings.size();
          // Between two files written: one that failed leaves no separator behind.
          if (written > 0) out.write(writer.separator);
          // A failed write ends the run (exit 2), not one file.
          if (made.file) writer.file(*made.file, [&](std::string_view chunk) { out.write(chunk); });
          for (std::string& chunk : made.chunks) {
            out.write(chunk);
            std::string().swap(chunk);  // written, given back
          }
          ++written;
        });
    if (writer.tail) out.write(writer.tail(written > 0));
    out.commit();
    if (!opt.output.empty()) note(std::to_string(written) + " files → " + opt.output);
  } catch (const InputError& e) {
    report_error(e);
    return 2;
  }
  code = unreadable_code(code != 0, written);
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
  add_format_option(*cmd, reports::Command::parse, opt->format, "outline");
  cmd->add_option("-o,--output", opt->output, "Write the output to FILE instead of stdout");
  cmd->add_flag("--strict", opt->strict, "Report malformed dates and numbers as warnings (exit 1 if any)");
  add_jobs_option(*cmd, opt->jobs);
  add_shard_option(*cmd, opt->shard);
  add_max_size_option(*cmd);
  add_follow_symlinks_option(*cmd, opt->walk);
  add_selection_options(*cmd, opt->walk);
  cmd->callback([opt, &exit_code] { exit_code = run_parse(*opt); });
}

}  // namespace clausecheck::cli
