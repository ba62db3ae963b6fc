#pragma once
#include <CLI/CLI.hpp>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/terminal.hpp"
#include "ingest/inputs.hpp"
#include "ingest/read_file.hpp"

namespace clausecheck::cli {

// --max-size, for every command that reads files: no file the run reads
// (documents, packs, configs, baselines, suppressions) may be larger.
inline CLI::Option* add_max_size_option(CLI::App& cmd) {
  return cmd
      .add_option_function<std::uint64_t>(
          "--max-size", ingest::set_max_file_size,
          "Refuse any file larger than this (default 64MB; b, kb, mb, gb count in 1024s)")
      ->transform(CLI::AsSizeValue(false));
}

// --follow-symlinks, for the commands that walk directories.
inline CLI::Option* add_follow_symlinks_option(CLI::App& cmd, ingest::InputOptions& options) {
  return cmd.add_flag(
      "--follow-symlinks", options.follow_symlinks,
      "Follow symlinks in input directories wherever they lead (default: only those inside the directories given)");
}

// --include and --exclude (repeatable globs, ingest/ignore_rules.hpp), for the commands that walk directories.
inline void add_selection_options(CLI::App& cmd, ingest::InputOptions& options) {
  cmd.add_option("--include", options.include,
                 "Take the files of a directory this glob matches (path relative to the directory; repeatable; "
                 "default: every " +
                     ingest::extension_list(", ") + " file)")
      ->type_name("GLOB");
  cmd.add_option("--exclude", options.exclude,
                 "Leave out the files and directories this glob matches, as a line of .clausecheckignore (repeatable)")
      ->type_name("GLOB");
}

// The exit code a run's unreadable files give: each was an error line and the
// others were still read, so only a run that could read no file at all is a
// failure of its own (2); otherwise the findings decide.
inline int unreadable_code(bool any_unreadable, std::size_t files_read) {
  return any_unreadable && files_read == 0 ? 2 : 0;
}

// The documents `args` name (ingest::find_inputs), with every path that could
// not be used printed as an error; `code` becomes 2 when there was one.
inline std::vector<std::filesystem::path> find_documents(const std::vector<std::string>& args,
                                                         const ingest::InputOptions& options, int& code) {
  ingest::FoundInputs found = ingest::find_inputs(args, options);
  for (const InputError& e : found.errors) std::cerr << error_prefix() << e.what() << '\n';
  if (!found.errors.empty()) code = 2;
  return std::move(found.files);
}

}  // namespace clausecheck::cli
