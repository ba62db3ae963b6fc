// `clausecheck check` and `clausecheck rules` as a user runs them: exit codes, config, packs.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/run_cli.hpp"

namespace fs = std::filesystem;

namespace {
// What a user sees of a run: stdout, then stderr.
struct Run {
  int code = -1;
  std::string out;
};
Run run(const std::string& args) {
  CliRun r = run_cli(args);
  return {r.code, r.out + r.err};
}

// run, in folder `dir`: where the config is found.
Run run_in(const fs::path& dir, const std::string& args) {
  CliRun r = run_cli_in(dir, args);
  return {r.code, r.out + r.err};
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
  CHECK(run_in(off, "check " + (off / "draft.txt").string() + " --as-of 2024-01-01").code == 0);

  const fs::path bad = scratch("bad", "disabel: [format.doc-number-brackets]\n");
  const Run r = run_in(bad, "check " + (bad / "draft.txt").string() + " --as-of 2024-01-01");
  CHECK(r.code == 2);
  CHECK(r.out.find(".clausecheck.yaml:1:1:") != std::string::npos);
  CHECK(r.out.find("'disable'") != std::string::npos);

  const fs::path unknown = scratch("unknown", "disable: [format.doc-number-bracket]\n");
  const Run u = run_in(unknown, "check " + (unknown / "draft.txt").string());
  CHECK(u.code == 2);
  CHECK(u.out.find(".clausecheck.yaml:1:11:") != std::string::npos);
  CHECK(u.out.find("'format.doc-number-brackets'") != std::string::npos);
  fs::remove_all(off);
  fs::remove_all(bad);
  fs::remove_all(unknown);
}

TEST_CASE("--rules may narrow the run below what the config names: its built-in ids stay known") {
  const fs::path dir =
      scratch("narrow", "severity:\n  format.doc-number-brackets: info\n  typos.repeated-chars: info\n");
  const std::string draft = (dir / "draft.txt").string();
  // A typo'd id is still an error, at its place, though its pack does not run.
  const Run typo = run_in(dir, "check " + draft + " --rules typos");
  CHECK(typo.code == 2);
  CHECK(typo.out.find(".clausecheck.yaml:3:3:") != std::string::npos);
  std::ofstream(dir / ".clausecheck.yaml") << "severity:\n  format.doc-number-brackets: info\n";
  const Run narrowed = run_in(dir, "check " + draft + " --rules typos --format json");
  CHECK(narrowed.code == 0);
  CHECK(narrowed.out.find("format.doc-number-brackets") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a malformed --rules pack is exit 2 with its line and column") {
  const fs::path dir = scratch("pack", "");
  std::ofstream(dir / "p.yaml") << "rules:\n  - id: x\n    severity: error\n    kind: patern\n    message: m\n";
  const Run r = run_in(dir, "check " + (dir / "draft.txt").string() + " --rules " + (dir / "p.yaml").string());
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

TEST_CASE("a suppression in the config or in a sidecar file accepts a finding: exit 0, shown in JSON with its reason") {
  const fs::path dir = scratch("suppress",
                               "suppress:\n  - rule: format.doc-number-brackets\n    evidence: 驻政[2023]9号\n"
                               "    reason: 原文如此\n");
  const std::string draft = (dir / "draft.txt").string();
  const Run text = run_in(dir, "check " + draft + " --as-of 2024-01-01");
  CHECK(text.code == 0);
  CHECK(text.out.find("驻政[2023]9号") == std::string::npos);
  // The config was found beside the draft, not given: its accepting a finding is a warning (docs/config.md, "In CI").
  CHECK(text.out.find("共 1 个结果（0 个错误，1 个警告，0 个提示）；1 个已抑制") != std::string::npos);
  CHECK(text.out.find("[config.discovered]") != std::string::npos);
  const Run json = run_in(dir, "check " + draft + " --as-of 2024-01-01 --format json");
  CHECK(json.code == 0);
  CHECK(json.out.find("\"reason\": \"原文如此\"") != std::string::npos);
  CHECK(json.out.find(".clausecheck.yaml:2:5") != std::string::npos);
  const Run shown = run_in(dir, "check " + draft + " --as-of 2024-01-01 --show-suppressed");
  CHECK(shown.out.find("    已抑制：原文如此") != std::string::npos);

  fs::remove(dir / ".clausecheck.yaml");
  std::ofstream(dir / ".clausecheck-suppressions.yaml")
      << "suppress:\n  - {rule: format.doc-number-brackets, file: draft.txt, line: 3, reason: 历史文件}\n";
  const Run sidecar = run_in(dir, "check " + draft + " --as-of 2024-01-01 --format sarif");
  CHECK(sidecar.code == 0);
  CHECK(sidecar.out.find("\"kind\": \"external\"") != std::string::npos);
  CHECK(sidecar.out.find("\"justification\": \"历史文件\"") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a suppression that accepts nothing is a stale-suppression warning at its place") {
  const fs::path dir = scratch("stale", "suppress:\n  - {rule: typos.repeated-char, reason: 旧条目}\n");
  const std::string draft = (dir / "draft.txt").string();
  const Run r = run_in(dir, "check " + draft + " --as-of 2024-01-01 --fail-on warning");
  CHECK(r.code == 1);
  CHECK(r.out.find(".clausecheck.yaml:2:12: warning: 未使用的抑制：没有 typos.repeated-char 的结果与之匹配") !=
        std::string::npos);
  CHECK(r.out.find("[suppression.unused]") != std::string::npos);
  // A rule that did not run leaves its entries alone.
  const Run other = run_in(dir, "check " + draft + " --as-of 2024-01-01 --rules format");
  CHECK(other.out.find("suppression.unused") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a bad suppression entry is exit 2 at file:line:column") {
  const fs::path dir = scratch("bad-suppress", "suppress:\n  - rule: format.doc-number-bracket\n    reason: x\n");
  const Run unknown = run_in(dir, "check " + (dir / "draft.txt").string());
  CHECK(unknown.code == 2);
  CHECK(unknown.out.find(".clausecheck.yaml:2:11: 没有编号为 'format.doc-number-bracket' 的规则") != std::string::npos);
  CHECK(unknown.out.find("'format.doc-number-brackets'") != std::string::npos);

  std::ofstream(dir / ".clausecheck.yaml") << "suppress:\n  - rule: format.doc-number-brackets\n";
  const Run no_reason = run_in(dir, "check " + (dir / "draft.txt").string());
  CHECK(no_reason.code == 2);
  CHECK(no_reason.out.find(".clausecheck.yaml:2:5: 缺少 'reason'") != std::string::npos);

  fs::remove(dir / ".clausecheck.yaml");
  std::ofstream(dir / ".clausecheck-suppressions.yaml")
      << "suppress:\n  - {rule: format.doc-number-brackets, reasn: x}\n";
  const Run typo = run_in(dir, "check " + (dir / "draft.txt").string());
  CHECK(typo.code == 2);
  CHECK(typo.out.find(".clausecheck-suppressions.yaml:2:40: 抑制项中的未知字段 'reasn'") != std::string::npos);
  CHECK(typo.out.find("'reason'") != std::string::npos);

  std::ofstream(dir / ".clausecheck-suppressions.yaml") << "suppress: [\n";
  CHECK(run_in(dir, "check " + (dir / "draft.txt").string()).code == 2);
  fs::remove_all(dir);
}

TEST_CASE("-o and --write-baseline never write into an input file") {
  const fs::path dir = scratch("output", "");
  const std::string draft = (dir / "draft.txt").string();
  const Run r = run_in(dir, "check " + draft + " -o " + draft);
  CHECK(r.code == 2);
  CHECK(r.out.find("不能是本次运行读取的文件") != std::string::npos);
  CHECK(run_in(dir, "check " + dir.string() + " --format json -o " + draft).code == 2);
  CHECK(run_in(dir, "check " + draft + " --write-baseline " + draft).code == 2);
  std::ifstream in(draft);
  std::string first;
  std::getline(in, first);
  CHECK(first.find("驻马店") != std::string::npos);  // still the draft
  fs::remove_all(dir);
}

TEST_CASE("--write-baseline then --baseline: the findings in it are not new") {
  const fs::path dir = scratch("baseline", "");
  const std::string draft = (dir / "draft.txt").string();
  const std::string baseline = (dir / "baseline.json").string();
  CHECK(run_in(dir, "check " + draft + " --as-of 2024-01-01 --write-baseline " + baseline).code == 1);
  const Run again = run_in(dir, "check " + draft + " --as-of 2024-01-01 --baseline " + baseline + " --format sarif");
  CHECK(again.code == 0);
  CHECK(again.out.find("\"baselineState\": \"unchanged\"") != std::string::npos);
  CHECK(again.out.find("\"baselineState\": \"new\"") == std::string::npos);
  // A new error in the draft is new and fails the run; the old one stays unchanged.
  std::ofstream(draft, std::ios::app) << "\n驻政[2024]1号\n";
  const Run changed = run_in(dir, "check " + draft + " --as-of 2024-01-01 --baseline " + baseline + " --format sarif");
  CHECK(changed.code == 1);
  CHECK(changed.out.find("\"baselineState\": \"new\"") != std::string::npos);
  CHECK(changed.out.find("\"baselineState\": \"unchanged\"") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("check on PDFs: findings with their page, a scan or a broken file one error line each") {
  const std::string pdfs = std::string(CLAUSECHECK_SOURCE_DIR) + "/tests/data/inputs/pdf/";
  const CliRun draft = run_cli("check " + pdfs + "wrong-brackets.pdf --as-of 2024-01-01");
  CHECK(draft.code == 1);
  // Column 3: the line is indented on the page, and the decoded text keeps its indent (docs/inputs.md).
  CHECK(draft.out.find("wrong-brackets.pdf:5:3: error: ") != std::string::npos);
  CHECK(draft.out.find("[format.doc-number-brackets] (page 1, line 5)\n") != std::string::npos);
  CHECK(draft.err.empty());
  const CliRun bad = run_cli("check " + pdfs + "scanned.pdf " + pdfs + "broken-xref.pdf " + pdfs +
                             "wrong-brackets.pdf --as-of 2024-01-01");
  CHECK(bad.code == 1);  // the good file's error finding decides: 2 only when no file could be read
  CHECK(bad.err.find("scanned.pdf: PDF 没有文字层") != std::string::npos);
  CHECK(bad.err.find("broken-xref.pdf: 无法打开 PDF") != std::string::npos);
  // One line for each, poppler's complaints inside ours, none of its own; the good file still checked.
  CHECK(std::count(bad.err.begin(), bad.err.end(), '\n') == 2);
  CHECK(bad.out.find("wrong-brackets.pdf:5:3: error: ") != std::string::npos);
}
