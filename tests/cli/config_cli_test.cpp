// `clausecheck init` and `check --print-config`, through the binary.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "cli/run_cli.hpp"
#include "ingest/temp_dir.hpp"
#include "source_paths.hpp"

using namespace clausecheck::test;

namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("init writes a commented config that loads and says the defaults; it never replaces a file") {
  TempDir dir;
  const auto path = dir.path() / ".clausecheck.yaml";
  const CliRun r = run_shell("cd '" + dir.path().string() + "' && " CLAUSECHECK_BINARY " init");
  REQUIRE(r.code == 0);
  const std::string written = read(path);
  CHECK(written.find("# Exit 1 on findings at or above") != std::string::npos);
  CHECK(written.find("\nwarning_days: 90\n") != std::string::npos);
  CHECK(written.find("\npacks: [\"validity\", \"format\", \"consistency\", \"typos\"]\n") != std::string::npos);
  // What it wrote is what the loader reads: print-config of it gives the same keys.
  const CliRun printed =
      run_cli("check --no-config-discovery --config '" + path.string() + "' --print-config '" + kSeed + "'");
  REQUIRE(printed.code == 0);
  for (const char* line : {"warning_days: 90", "day_count: administrative", "fail_on: error", "  trial_cap_years: 2"})
    CHECK(printed.out.find(std::string("\n") + line + "\n") != std::string::npos);
  // A second init leaves the file as it is.
  const CliRun again = run_shell("cd '" + dir.path().string() + "' && " CLAUSECHECK_BINARY " init");
  CHECK(again.code == 2);
  CHECK(again.err.find("已存在，未改动") != std::string::npos);
  CHECK(read(path) == written);
  CHECK(run_cli("init -o -").out == written.substr(0, written.size()));
}

TEST_CASE("check --print-config shows the config a run finds, with its overrides, and runs nothing") {
  const CliRun r = run_cli_in(CLAUSECHECK_SOURCE_DIR "/examples", "check --print-config '" + kSeed + "'");
  REQUIRE(r.code == 0);
  const std::string first = r.out.substr(0, r.out.find('\n'));
  CHECK(first.rfind("# ", 0) == 0);
  CHECK(first.ends_with(".clausecheck.yaml"));  // the file found in the working folder
  CHECK(r.out.find("\nseverity:\n  format.numbering-half-width: info\n") != std::string::npos);
  CHECK(r.out.find("[typos.repeated-char]") == std::string::npos);  // no findings
  const CliRun none = run_cli("check --no-config-discovery --print-config '" + kSeed + "'");
  CHECK(none.out.rfind("# no config file: the defaults\n", 0) == 0);
}

TEST_CASE("config discovery: from the working folder upward, then $XDG_CONFIG_HOME, whatever the inputs' order") {
  const TempDir dir;
  dir.write("work/sub/.keep", "");
  dir.write("work/.clausecheck.yaml", "fail_on: warning\n");
  dir.write("other/.clausecheck.yaml", "fail_on: info\n");
  dir.write("xdg/clausecheck/config.yaml", "fail_on: never\n");
  const std::string a = (dir.path() / "other/.clausecheck.yaml").string();  // any input will do: not checked
  const std::string inputs[] = {"'" + kSeed + "' '" + a + "'", "'" + a + "' '" + kSeed + "'"};
  for (const std::string& order : inputs) {
    CAPTURE(order);
    const CliRun r = run_cli_in(dir.path() / "work/sub", "check --print-config " + order);
    CHECK(r.out.find("fail_on: warning") != std::string::npos);
  }
  const std::string xdg = "XDG_CONFIG_HOME='" + (dir.path() / "xdg").string() + "' ";
  const CliRun user = run_shell("cd / && " + xdg + CLAUSECHECK_BINARY " check --print-config '" + kSeed + "'");
  CHECK(user.out.find("fail_on: never") != std::string::npos);
  const CliRun none =
      run_shell("cd / && " + xdg + CLAUSECHECK_BINARY " check --no-config-discovery --print-config '" + kSeed + "'");
  CHECK(none.out.rfind("# no config file: the defaults\n", 0) == 0);
}
