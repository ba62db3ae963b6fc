// The config loader as a user meets it through `clausecheck check`: every
// value of the wrong type is exit 2 at file:line:column naming the expected
// type; --no-config-discovery and the warnings about discovered files that
// turn the check off (docs/config.md, "CI").
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/run_cli.hpp"

namespace fs = std::filesystem;

namespace {
// A scratch folder holding one draft with one format finding (a warning at line 3).
struct Scratch {
  fs::path dir;
  explicit Scratch(const std::string& name) {
    dir = fs::temp_directory_path() / ("clausecheck-config-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy_file(fs::path(CLAUSECHECK_SOURCE_DIR) / "examples/drafts/wrong-brackets.txt", dir / "draft.txt");
  }
  ~Scratch() { fs::remove_all(dir); }
  void write(const std::string& name, const std::string& text) const { std::ofstream(dir / name) << text; }
  std::string draft() const { return (dir / "draft.txt").string(); }
};

struct BadConfig {
  std::string yaml;
  std::string where;     // ".clausecheck.yaml:line:column: "
  std::string expected;  // part of the message
};
}  // namespace

TEST_CASE("config: every value of the wrong type is exit 2 at its place naming the expected type") {
  const Scratch s("types");
  const std::vector<BadConfig> cases = {
      {"warning_days: [1]\n", "1:15: 'warning_days': ", "expected an integer from 0 to 36500"},
      {"warning_days: -1\n", "1:15: 'warning_days': ", "expected an integer from 0 to 36500"},
      {"warning_days: 99999999999999\n", "1:15: 'warning_days': ", "expected an integer from 0 to 36500"},
      {"severity: [a]\n", "1:11: 'severity': ", "expected a mapping"},
      {"severity: {[a]: error}\n", "1:12: 'severity': ", "expected a string"},
      {"severity: {format.doc-number-brackets: [error]}\n", "1:40: 'severity': ", "expected a string"},
      {"disable: [[a]]\n", "1:11: 'disable': ", "expected a string"},
      {"disable: {a: 1}\n", "1:10: 'disable': ", "expected a list of strings"},
      {"profile: [a]\n", "1:10: profile: ", "expected a mapping"},
      {"profile: {trial_cap_years: x}\n", "1:28: 'trial_cap_years': ", "expected an integer from 1 to 1000"},
      {"profile: {trial_cap_years: 0}\n", "1:28: 'trial_cap_years': ", "expected an integer from 1 to 1000"},
      {"profile: {name: [x]}\n", "1:17: 'name': ", "expected a string"},
      {"profile: {[x]: 1}\n", "1:11: ", "expected a string"},
      {"fail_on: [x]\n", "1:10: 'fail_on': ", "expected a string"},
      {"fail_on: nevr\n", "1:10: 'fail_on': ", "'never'"},
      {"packs: {a: 1}\n", "1:8: 'packs': ", "expected a list of strings"},
      {"as_of: [2024-01-01]\n", "1:8: 'as_of': ", "expected a string"},
      {"[a]: 1\n", "1:1: ", "expected a string as key"},
      {"packs: [" + std::string(100000, '[') + std::string(100000, ']') + "]\n", "1:", "YAML"},
      {"suppress: [{rule: [a], reason: x}]\n", "1:19: 'rule': ", "expected a string"},
      {"suppress: [{rule: typos.repeated-char, reason: x, line: -1}]\n", "1:57: 'line': ", "from 1 to 2147483647"},
  };
  for (const BadConfig& c : cases) {
    CAPTURE(c.yaml);
    s.write(".clausecheck.yaml", c.yaml);
    const CliRun r = run_cli_in(s.dir, "check " + s.draft() + " --as-of 2024-01-01 --lang en");
    CAPTURE(r.err);
    CHECK(r.code == 2);
    CHECK(r.err.find(".clausecheck.yaml:" + c.where) != std::string::npos);
    CHECK(r.err.find(c.expected) != std::string::npos);
  }
}

TEST_CASE("config: a directory given as --config is an error, not an empty config") {
  const Scratch s("dir");
  const CliRun r = run_cli_in(s.dir, "check " + s.draft() + " --config " + s.dir.string() + " --as-of 2024-01-01");
  CHECK(r.code == 2);
  CHECK(r.err.find(s.dir.string()) != std::string::npos);
  CHECK(r.err.find("是目录") != std::string::npos);
}

TEST_CASE("--no-config-discovery reads neither the config nor the suppressions found beside the inputs") {
  const Scratch s("nodiscovery");
  s.write(".clausecheck.yaml", "fail_on: never\n");
  s.write(".clausecheck-suppressions.yaml", "suppress:\n  - {rule: format.*, reason: 没问题}\n");
  const std::string args = "check " + s.draft() + " --as-of 2024-01-01 --fail-on warning";
  const CliRun open = run_cli_in(s.dir, args);
  CHECK(open.code == 1);  // the discovered suppression accepted the finding; only the trust warning is left
  const CliRun closed = run_cli_in(s.dir, args + " --no-config-discovery");
  CHECK(closed.code == 1);
  CHECK(closed.out.find("format.doc-number-brackets") != std::string::npos);
  CHECK(closed.out.find("config.discovered") == std::string::npos);
  CHECK(closed.err.empty());
  // An explicit --config is still read.
  s.write("trusted.yaml", "disable: [format.doc-number-brackets]\n");
  const CliRun trusted =
      run_cli_in(s.dir, args + " --no-config-discovery --config " + (s.dir / "trusted.yaml").string());
  CHECK(trusted.code == 0);
  // status and diff take the option too.
  CHECK(run_cli_in(s.dir, "status " + s.draft() + " --as-of 2024-01-01 --no-config-discovery").code == 0);
  CHECK(run_cli_in(s.dir, "diff " + s.draft() + " " + s.draft() + " --no-config-discovery").code == 0);
}

TEST_CASE("a discovered config that sets fail_on: never is a warning on stderr and in the report") {
  const Scratch s("failon");
  s.write(".clausecheck.yaml", "# drafts\nfail_on: never\n");
  const CliRun text = run_cli_in(s.dir, "check " + s.draft() + " --as-of 2024-01-01");
  CHECK(text.code == 0);
  CHECK(text.err.find(".clausecheck.yaml:2:10: ") != std::string::npos);
  CHECK(text.err.find("fail_on: never") != std::string::npos);
  CHECK(text.out.find("[config.discovered]") != std::string::npos);
  const CliRun sarif = run_cli_in(s.dir, "check " + s.draft() + " --as-of 2024-01-01 --format sarif");
  CHECK(sarif.out.find("\"ruleId\": \"config.discovered\"") != std::string::npos);
  // Named by --config it is trusted: no warning.
  const CliRun named = run_cli_in(
      s.dir, "check " + s.draft() + " --as-of 2024-01-01 --config " + (s.dir / ".clausecheck.yaml").string());
  CHECK(named.code == 0);
  CHECK(named.err.empty());
  CHECK(named.out.find("config.discovered") == std::string::npos);
  // --fail-on on the command line overrides the config's: nothing is lowered.
  const CliRun overridden = run_cli_in(s.dir, "check " + s.draft() + " --as-of 2024-01-01 --fail-on warning");
  CHECK(overridden.code == 1);
  CHECK(overridden.err.empty());
}

TEST_CASE("a discovered suppressions file that accepts findings is a warning with their count") {
  const Scratch s("sidecar");
  s.write(".clausecheck-suppressions.yaml", "suppress:\n  - {rule: format.*, reason: 没问题}\n");
  const CliRun r = run_cli_in(s.dir, "check " + s.draft() + " --as-of 2024-01-01 --format json");
  CHECK(r.code == 0);
  CHECK(r.err.find(".clausecheck-suppressions.yaml:2:12: ") != std::string::npos);
  CHECK(r.err.find("accepted 1 findings") != std::string::npos);
  CHECK(r.out.find("\"rule\": \"config.discovered\"") != std::string::npos);
}
