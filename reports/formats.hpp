#pragma once
// The one table of output formats (formats.cpp): each format's name, a line
// saying what it is, and how each command that offers it writes it. Every
// command's --format list, its help, its dispatch and the shell completions
// read this table, so that a new format is one row plus its writer.
#include <array>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "diff/change_set.hpp"
#include "model/finding.hpp"
#include "model/parsed_file.hpp"
#include "reports/report.hpp"
#include "rules/rule.hpp"
#include "status/register.hpp"
#include "text/json_writer.hpp"

namespace clausecheck::reports {

// The commands whose --format this table lists: every command that has one.
enum class Command { check, diff, status, parse, query, rules_list };
inline constexpr std::array<Command, 6> kFormatCommands = {Command::check, Command::diff,  Command::status,
                                                           Command::parse, Command::query, Command::rules_list};

// What `diff` hands its writer: the changes and the change rules' findings
// (with the rules that ran, for SARIF).
struct DiffReport {
  const diff::ChangeSet& changes;
  const std::vector<Finding>& findings;
  const ReportContext& context;
};

// `parse` streams: the head, then each file as its worker made it, the
// separator between two files, then the tail (told whether any file came).
// A null head or tail writes nothing.
struct ModelWriter {
  std::string (*head)() = nullptr;
  // A file's text, handed to `drain` a chunk at a time: the JSON of a 10 MB line
  // (200 MB) is never one string grown by doubling, each doubling copied and faulted in.
  void (*file)(const ParsedFile& file, const text::JsonWriter::Drain& drain) = nullptr;
  std::string_view separator = {};
  std::string (*tail)(bool any) = nullptr;
};

using FindingsWriter = void (*)(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out);
using DiffWriter = std::string (*)(const DiffReport& report);
using RegisterWriter = void (*)(const status::Register& reg, std::ostream& out);
// `query`: the answer to a named question of the index, as the index made it (src/index/questions.hpp).
using AnswerWriter = void (*)(const nlohmann::json& answer, std::ostream& out);
// `rules list`: the rules of the packs given.
using RulesWriter = void (*)(const std::vector<rules::Pack>& packs, std::ostream& out);

// One row: a command offers the format when its writer is set.
struct OutputFormat {
  std::string_view name;
  std::string_view description;  // one line, for --help and the shell completions
  FindingsWriter check = nullptr;
  DiffWriter diff = nullptr;
  RegisterWriter status = nullptr;
  ModelWriter parse = {};
  AnswerWriter query = nullptr;
  RulesWriter rules_list = nullptr;
  // check also appends the Markdown table to $GITHUB_STEP_SUMMARY, and refuses
  // it as an output when it is a file the run reads.
  bool step_summary = false;
  // Its check and diff reports describe each rule from its docs (SARIF's rule descriptions, the HTML
  // summary): the built-in packs are then loaded with them (rules::Use::report), else without.
  bool shows_rule_docs = false;
};

// Every format, in the order --help and the completions list them.
const std::vector<OutputFormat>& output_formats();
bool offers(const OutputFormat& format, Command command);
// The names `command` offers, in table order.
std::vector<std::string> format_names(Command command);
// The row of `name` when `command` offers it, else null.
const OutputFormat* find_format(std::string_view name, Command command);
// "check", "diff", "status", "parse", "query", "rules list": the words of the command line.
const char* to_string(Command command);
// The command of that name, when its --format comes from this table.
std::optional<Command> command_named(std::string_view name);

}  // namespace clausecheck::reports
