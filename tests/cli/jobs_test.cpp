// --jobs N on parse, check, status and diff: whatever N, the same bytes on
// stdout and stderr and the same exit code as --jobs 1.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/run_cli.hpp"
#include "ingest/temp_dir.hpp"
#include "source_paths.hpp"

using nlohmann::json;
namespace fs = std::filesystem;

using namespace clausecheck::test;

namespace {

// Runs `command` with --jobs 1 and with each other N; every run must give what --jobs 1 gave.
CliRun same_for_any_jobs(const std::string& command) {
  const CliRun one = run_cli(command + " --jobs 1");
  for (const char* jobs : {"2", "4", "32"}) {
    CAPTURE(jobs);
    const CliRun many = run_cli(command + " --jobs " + jobs);
    CHECK(many.code == one.code);
    CHECK(many.out == one.out);
    CHECK(many.err == one.err);
  }
  return one;
}

// Three good drafts with an empty file and a Latin-1 one among them.
void write_mixed(const TempDir& dir) {
  fs::copy_file(kExamples + "/drafts/numbering-gap.txt", dir.path() / "a.txt");
  dir.write("b-empty.txt", "");
  fs::copy_file(kExamples + "/drafts/trial-three-years.txt", dir.path() / "c.txt");
  dir.write("d-latin1.txt", "caf\xe9 \xff\xfe\xfd abc\n");
  fs::copy_file(kExamples + "/drafts/wrong-brackets.txt", dir.path() / "e.txt");
}

std::size_t lines(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

TEST_CASE("parse: the same JSON, outline and -v log for any --jobs, files in input order") {
  const CliRun j = same_for_any_jobs("-v parse --format json " + kExampleInputs);
  REQUIRE(j.code == 0);
  const json files = json::parse(j.out)["files"];
  REQUIRE(files.size() == 14);
  CHECK(files[0]["path"].get<std::string>().ends_with("zhumadian-gazette-2023-02.txt"));
  CHECK(files[1]["path"].get<std::string>().ends_with("drafts/complement-30-60.txt"));
  CHECK(files[13]["path"].get<std::string>().ends_with("revisions/opinions/old.txt"));
  CHECK(lines(j.err) == 14);  // one "N documents" line per file, in input order
  CHECK(j.err.starts_with("clausecheck: info: " + kExamples + "/zhumadian-gazette-2023-02.txt: 5 documents"));
  const CliRun outline = same_for_any_jobs("parse " + kExampleInputs);
  CHECK(outline.code == 0);
  CHECK(outline.out.find("document: 政府工作报告") != std::string::npos);
}

TEST_CASE("status and check: the same register and findings for any --jobs") {
  const CliRun status = same_for_any_jobs("status --format json --as-of 2026-11-28 " + kExampleInputs);
  REQUIRE(status.code == 0);
  CHECK(json::parse(status.out)["entries"].size() > 14);
  const CliRun check = same_for_any_jobs("check --format json --as-of 2024-01-01 " + kExampleInputs);
  CHECK(check.code == 1);  // the drafts hold errors
  CHECK(json::parse(check.out)["findings"].size() > 10);
  same_for_any_jobs("check --as-of 2024-01-01 " + kExampleInputs);  // text, with its evidence lines
}

TEST_CASE(
    "bad files among good ones: the same error lines in the same order and exit code for any --jobs; the good "
    "ones decide the exit code") {
  const TempDir dir;
  write_mixed(dir);
  const std::string folder = dir.path().string();
  const CliRun parse = same_for_any_jobs("parse --format json " + folder);
  CHECK(parse.code == 0);
  REQUIRE(lines(parse.err) == 2);
  CHECK(parse.err.find("b-empty.txt") < parse.err.find("d-latin1.txt"));
  CHECK(json::parse(parse.out)["files"].size() == 3);
  const CliRun status = same_for_any_jobs("status --as-of 2026-11-28 " + folder);
  CHECK(status.code == 0);
  CHECK(status.err == parse.err);  // the register is still made of the three good files
  const CliRun check = same_for_any_jobs("check --as-of 2024-01-01 --format json " + folder);
  CHECK(check.code == 1);                              // the findings of the good files
  CHECK(check.err == parse.err);                       // every bad file named, in input order
  CHECK(!json::parse(check.out)["findings"].empty());  // and the good ones still checked
}

TEST_CASE("diff: the same changes for --jobs 1 and 2; a bad OLD is the error reported when both are bad") {
  const std::string measures = kExamples + "/revisions/measures/";
  const CliRun diff = same_for_any_jobs("diff --format json " + measures + "old.txt " + measures + "new.txt");
  CHECK(diff.code == 0);
  const json documents = json::parse(diff.out)["documents"];
  REQUIRE(documents.size() == 2);  // the notice and the measures it carries
  CHECK(documents[0]["old"] == "驻政〔2023〕9号");
  CHECK(documents[1]["clauses"].size() == 28);
  const TempDir dir;
  write_mixed(dir);
  const CliRun bad =
      same_for_any_jobs("diff " + (dir.path() / "d-latin1.txt").string() + " " + (dir.path() / "b-empty.txt").string());
  CHECK(bad.code == 2);
  REQUIRE(lines(bad.err) == 1);
  CHECK(bad.err.find("d-latin1.txt") != std::string::npos);
}

TEST_CASE("--jobs 0, negative or not a number is a usage error (exit 2) for every command") {
  const std::string seed = kExamples + "/zhumadian-gazette-2023-02.txt";
  for (const std::string& command : {"parse " + seed, "check " + seed, "status " + seed, "diff " + seed + " " + seed}) {
    for (const char* jobs : {"0", "-1", "two"}) {
      CAPTURE(command);
      CAPTURE(jobs);
      const CliRun r = run_cli(command + " --jobs " + jobs);
      CHECK(r.code == 2);
      CHECK(r.out.empty());
      CHECK(r.err.find("--jobs") != std::string::npos);
    }
  }
}
