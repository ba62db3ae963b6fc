// File selection through the binary: --include/--exclude, .clausecheckignore,
// `-` for standard input, the exit code when no file could be read, and malformed files among good ones.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "run_cli.hpp"
#include "ingest/temp_dir.hpp"
#include "source_paths.hpp"

namespace fs = std::filesystem;

using namespace clausecheck::test;

namespace {
const std::string kDrafts = std::string(CLAUSECHECK_SOURCE_DIR) + "/examples/drafts/";
}  // namespace

TEST_CASE("check: .clausecheckignore in the directory given, then --exclude and --include") {
  const TempDir dir;
  fs::copy_file(kDrafts + "numbering-gap.txt", dir.path() / "gap.txt");
  fs::create_directories(dir.path() / "old");
  fs::copy_file(kDrafts + "wrong-brackets.txt", dir.path() / "old" / "brackets.txt");
  dir.write("README.md", "# 说明\n");
  dir.write(".clausecheckignore", "README.md\nold/\n");
  const std::string folder = dir.path().string();
  const CliRun plain = run_cli("parse " + folder);
  CHECK(plain.code == 0);
  CHECK(plain.out.find("gap.txt") != std::string::npos);
  CHECK(plain.out.find("brackets.txt") == std::string::npos);
  CHECK(plain.out.find("README.md") == std::string::npos);

  const CliRun back = run_cli("parse " + folder + " --exclude '!old/' --exclude gap.txt");
  CHECK(back.out.find("brackets.txt") != std::string::npos);
  CHECK(back.out.find("gap.txt") == std::string::npos);

  const CliRun only = run_cli("check --format json " + folder + " --include 'README.*' --exclude '!README.md'");
  CHECK(only.code == 0);
  CHECK(only.out.find("gap.txt") == std::string::npos);
}

TEST_CASE("- reads standard input, shown as <stdin>, for parse, check, status and one side of diff") {
  const CliRun parse = run_shell("cat " + kSeed + " | " CLAUSECHECK_BINARY " parse -");
  CHECK(parse.code == 0);
  CHECK(parse.out.find("<stdin>") != std::string::npos);
  const CliRun check = run_shell(CLAUSECHECK_BINARY " check --as-of 2026-11-28 - < " + kDrafts + "numbering-gap.txt");
  CHECK(check.code == 1);
  CHECK(check.out.find("<stdin>:11:1: error:") != std::string::npos);
  const CliRun status = run_shell(CLAUSECHECK_BINARY " status --as-of 2026-11-28 - < " + kSeed);
  CHECK(status.code == 0);
  CHECK(!status.out.empty());
  const CliRun diff = run_shell(CLAUSECHECK_BINARY " diff " + kSeed + " - < " + kSeed);
  CHECK(diff.code == 0);
  const CliRun twice = run_shell(CLAUSECHECK_BINARY " parse - - < " + kSeed);
  CHECK(twice.err.find("<stdin>") != std::string::npos);
  const CliRun empty = run_shell(CLAUSECHECK_BINARY " check - < /dev/null");
  CHECK(empty.code == 2);
  CHECK(empty.err.find("<stdin>") != std::string::npos);
}

TEST_CASE("unreadable files: each an error line, exit 2 only when no file could be read") {
  const TempDir dir;
  dir.write("empty.txt", "");
  dir.write("binary.txt", std::string("\x00\x01\x02", 3));
  for (const std::string command : {"parse ", "status --as-of 2026-11-28 ", "check "}) {
    CAPTURE(command);
    const CliRun none = run_cli(command + dir.path().string());
    CHECK(none.code == 2);
    CHECK(none.err.find("empty.txt") != std::string::npos);
    CHECK(none.err.find("binary.txt") != std::string::npos);
    const CliRun some = run_cli(command + dir.path().string() + " " + kSeed);
    CHECK(some.code != 2);
    CHECK(some.err.find("empty.txt") != std::string::npos);
  }
}

TEST_CASE("-vv: which config, which packs and each file's time as debug lines; -v has none of them") {
  const CliRun debug = run_cli("-vv check --no-config-discovery " + kDrafts);
  CHECK(debug.err.find("debug: config: none (--no-config-discovery)") != std::string::npos);
  CHECK(debug.err.find("debug: pack: validity") != std::string::npos);
  CHECK(debug.err.find("numbering-gap.txt: read and parsed, ") != std::string::npos);
  const CliRun info = run_cli("-v check --no-config-discovery " + kDrafts);
  CHECK(info.err.find("debug:") == std::string::npos);
}

TEST_CASE("malformed packages and PDFs: exit 2 with one error line naming the file, the other files still read") {
  const std::string inputs = std::string(CLAUSECHECK_SOURCE_DIR) + "/tests/data/inputs/";
  // Each file with what its message must say: a zip cut off (no central directory), a part with a DTD
  // (an entity bomb), a PDF whose cross-reference table poppler cannot repair.
  const std::vector<std::pair<std::string, std::string>> bad = {
      {inputs + "bad-truncated.docx", "ZIP 包损坏或不完整"},
      {inputs + "bad-truncated.ofd", "ZIP 包损坏或不完整"},
      {inputs + "bad-xml-bomb.docx", "DOCTYPE"},
      {inputs + "pdf/broken-xref.pdf", "无法打开 PDF"},
  };
  std::string all_bad;
  for (const auto& entry : bad) {
    // Named references, not structured bindings: doctest's CAPTURE takes them into a lambda, which clang
    // (the asan preset) refuses for a binding.
    const std::string& file = entry.first;
    const std::string& says = entry.second;
    all_bad += file + " ";
    for (const std::string command : {"parse ", "check ", "status --as-of 2026-11-28 "}) {
      CAPTURE(command + file);
      const CliRun alone = run_cli(command + file);
      CHECK(alone.code == 2);  // not a signal (-1), not a model
      CHECK(alone.err.starts_with("error: " + file + ": "));
      CHECK(alone.err.find(says) != std::string::npos);
      CHECK(std::count(alone.err.begin(), alone.err.end(), '\n') == 1);
      CHECK(alone.out.find(file) == std::string::npos);
    }
  }
  // Among good files, whatever their order: the good ones read as when alone, the exit code theirs.
  const std::string good_ofd = inputs + "numbering-gap.ofd";
  const CliRun good_alone = run_cli("parse " + good_ofd + " " + kSeed);
  REQUIRE(good_alone.code == 0);
  const CliRun mixed = run_cli("parse " + all_bad + good_ofd + " " + kSeed);
  CHECK(mixed.code == 0);
  CHECK(mixed.out == good_alone.out);
  CHECK(std::count(mixed.err.begin(), mixed.err.end(), '\n') == 4);
  for (const auto& [file, says] : bad) CHECK(mixed.err.find("error: " + file + ": ") != std::string::npos);
  // check: the good OFD's numbering gap is an error finding, so 1, not 2.
  const CliRun checked = run_cli("check " + all_bad + good_ofd + " --as-of 2024-01-01");
  CHECK(checked.code == 1);
  CHECK(checked.out.find("numbering-gap.ofd:11:1: error: ") != std::string::npos);
}
