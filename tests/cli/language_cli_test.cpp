// One language per run: every CLI, file and config message the binary gives
// for these mistakes comes in the language chosen (--lang, else the locale).
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "ingest/temp_dir.hpp"
#include "run_cli.hpp"
#include "text/han.hpp"

namespace {}  // namespace

TEST_CASE("CLI, file and config errors: all English with --lang en or an English locale, all Chinese with zh") {
  const TempDir dir;
  dir.write("empty.txt", "");
  dir.write("list.yaml", "- a\n");
  dir.write("docs/notes.bin", "x");  // no document: no extension of one
  const std::string d = dir.path().string();
  const std::vector<std::string> mistakes = {
      "chek",
      "",
      "rules lst",
      "check --fromat json x.txt",
      "check",
      "explain validity.expird",
      "check " + d + "/missing.txt",
      "check " + d + "/docs",
      "check - - < /dev/null",
      "check --as-of 2024-13-01 " + d + "/empty.txt",
      "check --config " + d + "/list.yaml " + d + "/empty.txt",
      "init -o " + d + "/empty.txt",
  };
  for (const std::string& args : mistakes) {
    CAPTURE(args);
    const CliRun en = run_shell("LANG=zh_CN.UTF-8 " CLAUSECHECK_BINARY " --lang en " + args);
    CAPTURE(en.err);
    CHECK(en.code == 2);
    CHECK(!en.err.empty());
    CHECK(!clausecheck::text::holds_cjk(en.err));
    const CliRun locale = run_shell("LC_ALL= LC_MESSAGES= LANG=C.UTF-8 " CLAUSECHECK_BINARY " " + args);
    CHECK(locale.err == en.err);
    const CliRun zh = run_shell("LC_ALL=zh_CN.UTF-8 " CLAUSECHECK_BINARY " " + args);
    CAPTURE(zh.err);
    CHECK(zh.code == 2);
    CHECK(clausecheck::text::holds_cjk(zh.err));
    CHECK(zh.err != en.err);
  }
}

TEST_CASE("did you mean: the nearest command and option, by edit distance") {
  CHECK(run_cli("--lang en chek").err.find("did you mean 'check'?") != std::string::npos);
  CHECK(run_cli("--lang en rules lst").err.find("did you mean 'list'?") != std::string::npos);
  CHECK(run_cli("--lang en check --fromat json x").err.find("did you mean '--format'?") != std::string::npos);
  CHECK(run_cli("--lang zh stauts x").err.find("是否应为 'status'") != std::string::npos);
}
