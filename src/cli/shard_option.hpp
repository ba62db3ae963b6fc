#pragma once
#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "model/messages.hpp"
#include "grammar/run_numbers.hpp"

namespace clausecheck::cli {

// --shard I/N, for the commands that stream a corpus (check, parse): the run
// takes only the I-th of N contiguous ranges of its files (ingest::shard_of).
inline CLI::Option* add_shard_option(CLI::App& cmd, std::optional<grammar::ShardSpec>& shard) {
  return cmd
      .add_option_function<std::string>(
          "--shard", [&shard](const std::string& text) { shard = grammar::match_shard(text); },
          "Take only the I-th of N equal parts of the files (1 <= I <= N); the outputs of parts 1..N, "
          "concatenated in order, are the output of one run (docs/scale.md)")
      ->type_name("I/N")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            return grammar::match_shard(text) ? "" : msg(Msg::shard_expected, {text});
          },
          "I/N"));
}

}  // namespace clausecheck::cli
