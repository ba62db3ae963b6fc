// `clausecheck check` and `clausecheck rules` as a user runs them: exit codes, config, packs.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

namespace {
struct Run {
  int code = -1;
  std::string out;  // stdout and stderr
};

Run run(const std::string& args) {
  const std::string command = std::string(CLAUSECHECK_BINARY) + " " + args + " 2>&1";
  Run r;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) r.out.append(buf, n);
  const int status = pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// A scratch folder holding one draft and the given config.
fs::path scratch(const std::string& name, const std::string& config) {
  const fs::path dir = fs::temp_directory_path() / ("clausecheck-cli-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy_file(fs::path(CLAUSECHECK_SOURCE_DIR) / "examples/drafts/wrong-brackets.txt", dir / "draft.txt");
  if (!config.empty()) std::ofstream(dir / ".clausecheck.yaml") << config;
  return dir;
}

const std::string kDraft = std::string(CLAUSECHECK_SOURCE_DIR) + "/examples/drafts/wrong-brackets.txt";
}  // namespace

TEST_CASE("check exits 1 on a finding at or above --fail-on, 0 below it, and reports file:line:column") {
  const Run json = run("check " + kDraft + " --as-of 2024-01-01 --format json");
  CHECK(json.code == 1);
  CHECK(json.out.find("\"rule\": \"format.doc-number-brackets\"") != std::string::npos);
  CHECK(json.out.find("\"line\": 3") != std::string::npos);
  CHECK(run("check " + kDraft + " --as-of 2024-01-01 --fail-on never").code == 0);
  const Run text = run("check " + kDraft + " --as-of 2024-01-01");
  CHECK(text.out.find("wrong-brackets.txt:3:1") != std::string::npos);
}

TEST_CASE("the nearest .clausecheck.yaml disables rules; a bad key in it is exit 2 with a suggestion") {
  const fs::path off = scratch("off", "disable: [format.doc-number-brackets]\n");
  CHECK(run("check " + (off / "draft.txt").string() + " --as-of 2024-01-01").code == 0);

  const fs::path bad = scratch("bad", "disabel: [format.doc-number-brackets]\n");
  const Run r = run("check " + (bad / "draft.txt").string() + " --as-of 2024-01-01");
  CHECK(r.code == 2);
  CHECK(r.out.find(".clausecheck.yaml:1:1:") != std::string::npos);
  CHECK(r.out.find("'disable'") != std::string::npos);

  const fs::path unknown = scratch("unknown", "disable: [format.doc-number-bracket]\n");
  const Run u = run("check " + (unknown / "draft.txt").string());
  CHECK(u.code == 2);
  CHECK(u.out.find("'format.doc-number-brackets'") != std::string::npos);
  fs::remove_all(off);
  fs::remove_all(bad);
  fs::remove_all(unknown);
}

TEST_CASE("a malformed --rules pack is exit 2 with its line and column") {
  const fs::path dir = scratch("pack", "");
  std::ofstream(dir / "p.yaml") << "rules:\n  - id: x\n    severity: error\n    kind: patern\n    message: m\n";
  const Run r = run("check " + (dir / "draft.txt").string() + " --rules " + (dir / "p.yaml").string());
  CHECK(r.code == 2);
  CHECK(r.out.find("p.yaml:4:11:") != std::string::npos);
  CHECK(r.out.find("'pattern'") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("rules test passes over the built-in packs and rules list names every rule") {
  const Run r = run("rules test");
  CHECK(r.code == 0);
  CHECK(r.out.find(" 0 failed") != std::string::npos);
  const Run list = run("rules list");
  CHECK(list.code == 0);
  CHECK(list.out.find("validity.expired\terror\texpiry") != std::string::npos);
  CHECK(list.out.find("typos.repeated-char") != std::string::npos);
}
