#pragma once
#include <CLI/CLI.hpp>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

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

// The documents `args` name (ingest::find_inputs), with every path that could
// not be used printed as an error; `code` becomes 2 when there was one.
inline std::vector<std::filesystem::path> find_documents(const std::vector<std::string>& args,
                                                         const ingest::InputOptions& options, int& code) {
  ingest::FoundInputs found = ingest::find_inputs(args, options);
  for (const InputError& e : found.errors) std::cerr << "error: " << e.what() << '\n';
  if (!found.errors.empty()) code = 2;
  return std::move(found.files);
}

}  // namespace clausecheck::cli
