// The format table (reports/formats.cpp) is what the binary does: every
// format a command offers (check, diff, status, parse, query, rules list) is
// taken and written, every other one refused, and the completion scripts
// offer exactly the table's names.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run_cli.hpp"
#include "reports/formats.hpp"
#include "reports/register_format.hpp"

using clausecheck::reports::Command;

namespace {

const std::string kGazette = CLAUSECHECK_SOURCE_DIR "/examples/zhumadian-gazette-2023-02.txt";
const std::string kOld = CLAUSECHECK_SOURCE_DIR "/examples/revisions/measures/old.txt";
const std::string kNew = CLAUSECHECK_SOURCE_DIR "/examples/revisions/measures/new.txt";
// Documents that repeal, amend and suspend each other: entries with every member.
const std::string kLineage = CLAUSECHECK_SOURCE_DIR "/tests/data/lineage";

// An index of the gazette for `query`, made once and removed at exit.
struct GazetteIndex {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("clausecheck-formats-" + std::to_string(::getpid()) + ".db");
  GazetteIndex() { REQUIRE(run_cli("-q index --as-of 2026-11-28 " + kGazette + " --db " + path.string()).code == 0); }
  ~GazetteIndex() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  }
};
std::string gazette_index() {
  static const GazetteIndex index;
  return index.path.string();
}

// A command line of `command` on the examples, --format left to add.
std::string command_line(Command command) {
  switch (command) {
    case Command::check:
      return "check --as-of 2026-11-28 --fail-on never " + kGazette;
    case Command::diff:
      return "diff --fail-on never " + kOld + " " + kNew;
    case Command::status:
      return "status --as-of 2026-11-28 " + kGazette;
    case Command::parse:
      return "parse " + kGazette;
    case Command::query:
      return "query --db " + gazette_index() + " in-force --issuer 驻马店市人民政府 --as-of 2023-06-01";
    case Command::rules_list:
      return "rules list";
  }
  return "";
}

std::string joined(const std::vector<std::string>& words, const std::string& separator) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : separator) + w;
  return out;
}

// The words of `script` between `start` (the first after `after`) and `end`.
std::string between(const std::string& script, const std::string& after, const std::string& start,
                    const std::string& end) {
  const auto anchor = script.find(after);
  REQUIRE_MESSAGE(anchor != std::string::npos, after);
  const auto open = script.find(start, anchor);
  REQUIRE_MESSAGE(open != std::string::npos, start);
  const auto from = open + start.size();
  return script.substr(from, script.find(end, from) - from);
}

}  // namespace

TEST_CASE("every format a command offers is taken and written") {
  for (const Command command : clausecheck::reports::kFormatCommands)
    for (const std::string& name : clausecheck::reports::format_names(command)) {
      CAPTURE(name);
      const CliRun r = run_cli(command_line(command) + " --format " + name);
      CHECK(r.code == 0);
      CHECK_FALSE(r.out.empty());
    }
}

TEST_CASE("a format a command does not offer is refused, naming the ones it takes") {
  for (const Command command : clausecheck::reports::kFormatCommands) {
    const std::string offered = joined(clausecheck::reports::format_names(command), ", ");  // after "one of:"
    std::vector<std::string> refused = {"xml"};
    for (const auto& format : clausecheck::reports::output_formats())
      if (!clausecheck::reports::offers(format, command)) refused.emplace_back(format.name);
    for (const std::string& name : refused) {
      CAPTURE(name);
      const CliRun r = run_cli(command_line(command) + " --format " + name);
      CHECK(r.code == 2);
      CHECK(r.out.empty());
      CHECK(r.err.find(offered) != std::string::npos);
    }
  }
}

TEST_CASE("--help lists each format of the command with what it is") {
  for (const Command command : clausecheck::reports::kFormatCommands) {
    const CliRun r = run_cli(std::string(clausecheck::reports::to_string(command)) + " --help");
    REQUIRE(r.code == 0);
    for (const auto& format : clausecheck::reports::output_formats()) {
      const bool listed = r.out.find(std::string(format.description)) != std::string::npos;
      CHECK_MESSAGE(listed == clausecheck::reports::offers(format, command), format.name);
    }
  }
}

TEST_CASE("the completion scripts offer exactly the table's formats, zsh and fish with their descriptions") {
  const std::string bash = run_cli("completion bash").out;
  const std::string zsh = run_cli("completion zsh").out;
  const std::string fish = run_cli("completion fish").out;
  for (const Command command : clausecheck::reports::kFormatCommands) {
    const std::string name = clausecheck::reports::to_string(command);
    std::vector<std::string> zsh_items, fish_words;
    for (const auto& format : clausecheck::reports::output_formats())
      if (clausecheck::reports::offers(format, command)) {
        // The table's descriptions hold nothing either shell would need escaped.
        zsh_items.push_back(std::string(format.name) + "\\:\"" + std::string(format.description) + "\"");
        fish_words.push_back(std::string(format.name) + "\\\\t\"" + std::string(format.description) + "\"");
      }
    CAPTURE(name);
    CHECK(between(bash, "\"" + name + " --format\")", "echo '", "'") ==
          joined(clausecheck::reports::format_names(command), " "));
    std::string function = name;  // the zsh function of a subcommand: rules list → _clausecheck_rules_list
    std::replace(function.begin(), function.end(), ' ', '_');
    const std::string zsh_function = zsh.substr(zsh.find("_clausecheck_" + function + "() {"));
    CHECK(between(zsh_function, "'--format=", ":value:((", "))") == joined(zsh_items, " "));
    CHECK(between(fish, "__clausecheck_path \\'" + name + "\\'' -l format", "-a '", "' -d") == joined(fish_words, " "));
  }
}

TEST_CASE("status jsonl is json's entries, one a line, each with its as_of and schema") {
  const std::string args = "status --as-of 2026-11-28 " + kGazette + " " + kLineage;
  const CliRun json_run = run_cli(args + " --format json");
  const CliRun jsonl_run = run_cli(args + " --format jsonl");
  REQUIRE(json_run.code == 0);
  REQUIRE(jsonl_run.code == 0);
  const nlohmann::json whole = nlohmann::json::parse(json_run.out);
  const nlohmann::json& entries = whole.at("entries");
  REQUIRE(entries.size() > 10);
  std::istringstream lines(jsonl_run.out);
  std::string line;
  std::size_t count = 0;
  while (std::getline(lines, line)) {
    CAPTURE(count);
    REQUIRE(count < entries.size());
    nlohmann::json record = nlohmann::json::parse(line);  // throws, failing the test, on a line that is not JSON
    CHECK(record.at("as_of") == whole.at("as_of"));
    CHECK(record.at("schema") == clausecheck::status::kEntrySchema);
    record.erase("as_of");
    record.erase("schema");
    // Member by member, so that a failure names the one that differs.
    for (const auto& member : entries[count].items()) {
      CAPTURE(member.key());
      CHECK(record.value(member.key(), nlohmann::json()) == member.value());
    }
    CHECK(record.size() == entries[count].size());
    ++count;
  }
  CHECK(count == entries.size());
  CHECK(jsonl_run.out.back() == '\n');

  // -o writes the same bytes to a file, stdout left empty.
  const auto file =
      std::filesystem::temp_directory_path() / ("clausecheck-status-" + std::to_string(::getpid()) + ".jsonl");
  const CliRun to_file = run_cli(args + " --format jsonl -o " + file.string());
  CHECK(to_file.code == 0);
  CHECK(to_file.out.empty());
  std::ifstream written(file);
  CHECK(std::string(std::istreambuf_iterator<char>(written), {}) == jsonl_run.out);
  std::filesystem::remove(file);
}
