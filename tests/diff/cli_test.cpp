// `clausecheck diff` end to end: exit codes, formats, output file.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

const std::string kSeedFromRoot = "examples/zhumadian-gazette-2023-02.txt";
const std::string kOld = "examples/revisions/measures/old.txt";
const std::string kNew = "examples/revisions/measures/new.txt";

struct Run {
  int code = -1;
  std::string out;
};

// Runs `clausecheck diff ARGS` from the source tree, stdout to a file.
Run run_diff(const std::string& args) {
  const fs::path out = fs::temp_directory_path() / ("clausecheck-diff-cli-test-" + std::to_string(::getpid()) + ".out");
  const std::string command = std::string("cd '") + CLAUSECHECK_SOURCE_DIR + "' && '" + CLAUSECHECK_BINARY +
                              "' -q diff " + args + " > '" + out.string() + "' 2>/dev/null";
  const int status = std::system(command.c_str());
  Run r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(out);
  std::stringstream s;
  s << in.rdbuf();
  r.out = s.str();
  fs::remove(out);
  return r;
}

}  // namespace

TEST_CASE("identical files: no change, exit 0 even with --fail-on info") {
  const Run r = run_diff("--fail-on info " + kSeedFromRoot + " " + kSeedFromRoot);
  CHECK(r.code == 0);
  CHECK(r.out.find("两个版本没有差别") != std::string::npos);
}

TEST_CASE("the revision: exit 0 at the default fail level (error), 1 with --fail-on warning") {
  CHECK(run_diff(kOld + " " + kNew).code == 0);
  CHECK(run_diff("--fail-on warning " + kOld + " " + kNew).code == 1);
  CHECK(run_diff("--fail-on never " + kOld + " " + kNew).code == 0);
}

TEST_CASE("text: kinds, labels, redline and fact changes") {
  const Run r = run_diff(kOld + " " + kNew);
  CHECK(r.out.find("新增 — → 四") != std::string::npos);
  CHECK(r.out.find("移动 二十 → 十八") != std::string::npos);
  CHECK(r.out.find("[-2-]{+3+}%") != std::string::npos);
  CHECK(r.out.find("期限：半年 → 一年（延长）") != std::string::npos);
}

TEST_CASE("json to a file with -o: the diff@1 form with the change rules' findings") {
  const fs::path out =
      fs::temp_directory_path() / ("clausecheck-diff-cli-test-" + std::to_string(::getpid()) + ".json");
  const Run r = run_diff("--format json -o '" + out.string() + "' " + kOld + " " + kNew);
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  std::ifstream in(out);
  REQUIRE(in.good());
  const nlohmann::json j = nlohmann::json::parse(in);
  fs::remove(out);
  CHECK(j["schema"] == "clausecheck/diff@1");
  CHECK(j["documents"].size() == 2);
  CHECK(j["documents"][0]["new"] == "驻政〔2024〕3号");
  CHECK(j["findings"].size() == 11);
}

TEST_CASE("markdown: the 新旧对照表 with struck and bold edits") {
  const Run r = run_diff("--format markdown " + kOld + " " + kNew);
  CHECK(r.out.find("| 原条款 | 修订后条款 | 变化说明 |") != std::string::npos);
  CHECK(r.out.find("不超过~~2~~%") != std::string::npos);
  CHECK(r.out.find("不超过**3**%") != std::string::npos);
  CHECK(r.out.find("| 删除") != std::string::npos);
}

TEST_CASE("sarif: one result per change-rule finding") {
  const Run r = run_diff("--format sarif " + kOld + " " + kNew);
  const nlohmann::json j = nlohmann::json::parse(r.out);
  const auto& results = j["runs"][0]["results"];
  CHECK(results.size() == 11);
  for (const auto& result : results) CHECK(result["ruleId"].get<std::string>().rfind("change.", 0) == 0);
}

TEST_CASE("a missing file: exit 2") { CHECK(run_diff(kOld + " examples/revisions/no-such-file.txt").code == 2); }

TEST_CASE("an article merged into another (国务院组织法 1982 → 2024): its own kind in text, markdown and json") {
  const std::string pair = "tests/data/diff-pairs/guowuyuan-zuzhi/old.md tests/data/diff-pairs/guowuyuan-zuzhi/new.md";
  CHECK(run_diff(pair).out.find("合并 第六条 → 第五条") != std::string::npos);
  CHECK(run_diff("--format markdown " + pair).out.find("合并（并入第五条）") != std::string::npos);
  const nlohmann::json j = nlohmann::json::parse(run_diff("--format json " + pair).out);
  int merged = 0;
  for (const auto& c : j["documents"][0]["clauses"])
    if (c["kind"] == "merged") {
      ++merged;
      CHECK(c["old"] == "第六条");
      CHECK(c["new"] == "第五条");
    }
  CHECK(merged == 1);
}

TEST_CASE("an empty file is a version: every document removed or added, exit by --fail-on, never 2") {
  const fs::path empty = fs::temp_directory_path() / ("clausecheck-diff-empty-" + std::to_string(::getpid()) + ".txt");
  std::ofstream(empty).close();
  const std::string e = "'" + empty.string() + "'";
  const Run removed = run_diff("--format json " + kNew + " " + e);
  CHECK(removed.code == 0);  // a warning, under the default --fail-on error
  const nlohmann::json j = nlohmann::json::parse(removed.out);
  CHECK(j["changed"] == true);
  REQUIRE(j["documents"].size() == 1);
  CHECK(j["documents"][0]["status"] == "removed");
  CHECK(j["findings"][0]["rule"] == "change.document-removed");
  CHECK(run_diff("--fail-on warning " + kNew + " " + e).code == 1);
  const Run added = run_diff(e + " " + kNew);
  CHECK(added.code == 0);
  CHECK(added.out.find("（无） → 驻政〔2024〕3号") != std::string::npos);
  CHECK(run_diff(e + " " + e).code == 0);
  fs::remove(empty);
}

TEST_CASE("a gazette's documents compared on several threads: the same report for every --jobs") {
  // The seed with its 若干措施 and 实施意见 revised, as bench/run makes the pair.
  const auto read = [](const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  };
  const fs::path source = CLAUSECHECK_SOURCE_DIR;
  std::string revised = read(source / kSeedFromRoot);
  for (const char* name : {"measures", "opinions"}) {
    const std::string old_text = read(source / "examples/revisions" / name / "old.txt");
    const std::size_t at = revised.find(old_text);
    REQUIRE(at != std::string::npos);
    revised.replace(at, old_text.size(), read(source / "examples/revisions" / name / "new.txt"));
  }
  const fs::path path = fs::temp_directory_path() / ("clausecheck-diff-jobs-" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path, std::ios::binary) << revised;
  const Run one = run_diff("--format json --jobs 1 " + kSeedFromRoot + " '" + path.string() + "'");
  REQUIRE(one.code == 0);
  const auto changed = nlohmann::json::parse(one.out);
  std::size_t documents_changed = 0;
  for (const auto& d : changed["documents"]) documents_changed += d["status"] == "changed";
  CHECK(documents_changed == 3);  // 驻政〔2023〕9号 and its 若干措施 (listed after it), 驻政〔2023〕10号
  for (const int jobs : {2, 3, 8}) {
    CAPTURE(jobs);
    CHECK(run_diff("--format json --jobs " + std::to_string(jobs) + " " + kSeedFromRoot + " '" + path.string() + "'")
              .out == one.out);
  }
  fs::remove(path);
}
