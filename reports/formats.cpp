#include "reports/formats.hpp"

#include <algorithm>
#include <sstream>

#include "model/model_json.hpp"
#include "reports/answer_text.hpp"
#include "reports/diff_json.hpp"
#include "reports/diff_markdown.hpp"
#include "reports/diff_text.hpp"
#include "reports/html_diff.hpp"
#include "reports/html_status.hpp"
#include "reports/outline.hpp"
#include "reports/register_format.hpp"
#include "reports/rules_json.hpp"
#include "reports/rules_text.hpp"
#include "text/escape_json.hpp"

namespace clausecheck::reports {

namespace {

// The diff's writers take the changes and findings; SARIF has only the findings to say.
std::string diff_as_text(const DiffReport& r) { return diff_text(r.changes, r.findings); }
std::string diff_as_json(const DiffReport& r) { return diff_json(r.changes, r.findings) + "\n"; }
std::string diff_as_markdown(const DiffReport& r) { return diff_markdown(r.changes, r.findings); }
std::string diff_as_html(const DiffReport& r) { return diff_html(r.changes, r.findings); }
std::string diff_as_sarif(const DiffReport& r) {
  std::ostringstream out;
  write_sarif(r.findings, r.context, out);
  return out.str();
}

void register_as_json(const status::Register& reg, std::ostream& out) {
  out << text::dump_json(status::to_json(reg)) << '\n';
}
void register_as_html(const status::Register& reg, std::ostream& out) { out << register_html(reg); }

void answer_as_json(const nlohmann::json& answer, std::ostream& out) { out << text::dump_json(answer) << '\n'; }
void rules_as_json(const std::vector<rules::Pack>& packs, std::ostream& out) {
  out << text::dump_json(rules_json(packs)) << '\n';
}

// The model's JSON is one document: each file made as if it were the first,
// the comma between two put in by the command, so that a file that failed
// leaves no stray separator.
void model_json_file(const ParsedFile& file, const text::JsonWriter::Drain& drain) {
  model_json_part(file, true, drain);
}
// The writers that make a file's text whole.
template <std::string (*whole)(const ParsedFile&)>
void in_one_chunk(const ParsedFile& file, const text::JsonWriter::Drain& drain) {
  drain(whole(file));
}
std::string model_json_end(bool any) { return model_json_tail(any) + "\n"; }

}  // namespace

const std::vector<OutputFormat>& output_formats() {
  static const std::vector<OutputFormat> table = {
      {.name = "text",
       .description = "plain text for a terminal",
       .check = write_text,
       .diff = diff_as_text,
       .status = status::write_text,
       .query = write_answer_text,
       .rules_list = write_rules_text},
      {.name = "outline",
       .description = "an indented tree of documents and clauses, the line of each",
       .parse = {.file = in_one_chunk<outline>}},
      {.name = "json",
       .description = "one JSON document",
       .check = write_json,
       .diff = diff_as_json,
       .status = register_as_json,
       .parse = {.head = model_json_head, .file = model_json_file, .separator = ",", .tail = model_json_end},
       .query = answer_as_json,
       .rules_list = rules_as_json},
      {.name = "sarif",
       .description = "SARIF 2.1.0, for code scanning",
       .check = write_sarif,
       .diff = diff_as_sarif,
       .shows_rule_docs = true},
      {.name = "junit", .description = "JUnit XML, a test case per rule, for CI test reports", .check = write_junit},
      {.name = "github",
       .description = "GitHub Actions annotations, the table in the step summary",
       .check = write_github,
       .step_summary = true},
      {.name = "markdown",
       .description = "GitHub-flavoured Markdown tables",
       .check = write_markdown,
       .diff = diff_as_markdown,
       .status = status::write_markdown},
      {.name = "jsonl",
       .description = "one JSON object a line (a finding, a file or a register entry), to stream and shard",
       .check = write_jsonl,
       .status = status::write_jsonl,
       .parse = {.file = in_one_chunk<model_json_line>}},
      {.name = "gitlab", .description = "GitLab Code Quality report", .check = write_gitlab},
      {.name = "html",
       .description = "one self-contained HTML page",
       .check = write_html,
       .diff = diff_as_html,
       .status = register_as_html,
       .shows_rule_docs = true},
  };
  return table;
}

bool offers(const OutputFormat& format, Command command) {
  switch (command) {
    case Command::check:
      return format.check != nullptr;
    case Command::diff:
      return format.diff != nullptr;
    case Command::status:
      return format.status != nullptr;
    case Command::parse:
      return format.parse.file != nullptr;
    case Command::query:
      return format.query != nullptr;
    case Command::rules_list:
      return format.rules_list != nullptr;
  }
  return false;
}

std::vector<std::string> format_names(Command command) {
  std::vector<std::string> names;
  for (const OutputFormat& format : output_formats())
    if (offers(format, command)) names.emplace_back(format.name);
  return names;
}

const OutputFormat* find_format(std::string_view name, Command command) {
  const auto& table = output_formats();
  const auto row = std::find_if(table.begin(), table.end(), [&](const OutputFormat& format) {
    return format.name == name && offers(format, command);
  });
  return row == table.end() ? nullptr : &*row;
}

const char* to_string(Command command) {
  switch (command) {
    case Command::check:
      return "check";
    case Command::diff:
      return "diff";
    case Command::status:
      return "status";
    case Command::parse:
      return "parse";
    case Command::query:
      return "query";
    case Command::rules_list:
      return "rules list";
  }
  return "";
}

std::optional<Command> command_named(std::string_view name) {
  for (const Command command : kFormatCommands)
    if (name == to_string(command)) return command;
  return std::nullopt;
}

}  // namespace clausecheck::reports
