// `clausecheck init`: a commented .clausecheck.yaml with every key at its
// default, written from the loader's own defaults (src/cli/config_yaml.hpp).
#include <filesystem>
#include <iostream>

#include "model/messages.hpp"

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "model/messages.hpp"
#include "cli/config_yaml.hpp"
#include "cli/logging.hpp"
#include "model/input_error.hpp"
#include "reports/output_file.hpp"
#include "rules/pack_loader.hpp"

namespace clausecheck::cli {

namespace {

int run_init(const std::string& path) {
  std::error_code ec;
  if (path != "-" && std::filesystem::symlink_status(path, ec).type() != std::filesystem::file_type::not_found) {
    std::cerr << error_prefix() << path << ": " << msg(Msg::already_exists) << '\n';
    return 2;
  }
  const std::vector<std::string> packs = rules::builtin_pack_names();  // named, not loaded
  reports::write_output(path == "-" ? "" : path,
                        "# clausecheck configuration (docs/config.md), written by `clausecheck init`.\n"
                        "# `clausecheck check` finds it in its folder or a folder above the inputs.\n\n" +
                            config_yaml(Config{}, packs, true));
  if (path != "-") note("wrote " + path);
  return 0;
}

}  // namespace

void add_init_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("init", "Write a commented .clausecheck.yaml with every key at its default");
  static std::string path = ".clausecheck.yaml";
  cmd->add_option("-o,--output", path, "Where to write it (- for stdout); an existing file is never replaced")
      ->capture_default_str();
  cmd->footer("Exit codes: 0 written, 2 the file exists or cannot be written.");
  cmd->callback(guarded(exit_code, [] { return run_init(path); }));
}

}  // namespace clausecheck::cli
