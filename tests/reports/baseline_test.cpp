#include <doctest/doctest.h>

#include <fstream>

#include "model/input_error.hpp"
#include "reports/sample_findings.hpp"
#include "reports/baseline_writer.hpp"
#include "rules/baseline.hpp"
#include "rules/fingerprint.hpp"

using namespace clausecheck;
using clausecheck::testing::sample_findings;
using clausecheck::testing::TempDir;

TEST_CASE("a written baseline reads back with every field") {
  TempDir dir;
  std::vector<Finding> findings = sample_findings();
  write_baseline(dir.path / "baseline.json", findings);
  CHECK(!findings[0].fingerprint.empty());  // filled on the way
  const std::vector<BaselineEntry> entries = read_baseline(dir.path / "baseline.json");
  REQUIRE(entries.size() == 3);
  CHECK(entries[1].fingerprint == findings[1].fingerprint);
  CHECK(entries[1].rule == "format.doc-number-brackets");
  CHECK(entries[1].severity == Severity::error);
  CHECK(entries[1].file == "drafts/wrong brackets.txt");
  CHECK(entries[1].location == Location{3, 1});
  CHECK(entries[1].evidence == "驻政[2023]9号");
  CHECK(entries[1].anchor == "驻政[2023]9号");
  // Nothing but the file itself is left in the directory: the temporary was renamed.
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path), std::filesystem::directory_iterator{}) == 1);
}

TEST_CASE("findings that moved are unchanged; new ones are new; gone ones are absent") {
  std::vector<Finding> before = sample_findings();
  ensure_fingerprints(before);
  std::vector<BaselineEntry> baseline;
  for (const Finding& f : before)
    baseline.push_back({f.fingerprint, f.rule, f.severity, f.message, f.file, f.location, f.evidence, f.anchor});

  std::vector<Finding> after = clausecheck::testing::sample_findings();
  after[0].location = {150, 7};         // text inserted above it
  after[1].evidence = "驻政[2024]9号";  // a different finding now
  after.erase(after.begin() + 2);       // fixed
  const BaselineComparison result = compare_with_baseline(baseline, after);
  CHECK(after[0].in_baseline);
  CHECK_FALSE(after[1].in_baseline);
  CHECK(result.unchanged == 1);
  CHECK(result.added == 1);
  REQUIRE(result.absent.size() == 2);
  CHECK(result.absent[0].rule == "format.doc-number-brackets");
  CHECK(result.absent[1].rule == "validity.expired");
}

TEST_CASE("matching is a multiset: two equal findings need two entries") {
  std::vector<Finding> once = {sample_findings()[0]};
  ensure_fingerprints(once);
  const Finding& f = once[0];
  const std::vector<BaselineEntry> baseline = {
      {f.fingerprint, f.rule, f.severity, f.message, f.file, f.location, f.evidence, f.anchor}};
  std::vector<Finding> twice = {sample_findings()[0], sample_findings()[0]};
  twice[1].location = {200, 3};
  const BaselineComparison result = compare_with_baseline(baseline, twice);
  CHECK(twice[0].in_baseline);
  CHECK_FALSE(twice[1].in_baseline);
  CHECK(result.unchanged == 1);
  CHECK(result.added == 1);
  CHECK(result.absent.empty());
}

TEST_CASE("entries of one fingerprint are taken in the baseline's order; the rest are absent in that order") {
  std::vector<Finding> one = {sample_findings()[0]};
  ensure_fingerprints(one);
  const Finding& f = one[0];
  std::vector<BaselineEntry> baseline;
  for (unsigned i = 1; i <= 5; ++i)  // five entries of one fingerprint, told apart by their line
    baseline.push_back({f.fingerprint, f.rule, f.severity, f.message, f.file, Location{i, 1}, f.evidence, f.anchor});
  baseline.insert(baseline.begin() + 2, BaselineEntry{"other", "typos.common", Severity::info, "", "", {9, 9}, "", ""});
  std::vector<Finding> three = {f, f, f};
  const BaselineComparison result = compare_with_baseline(baseline, three);
  CHECK(three[2].in_baseline);
  CHECK(result.unchanged == 3);
  REQUIRE(result.absent.size() == 3);
  CHECK(result.absent[0].fingerprint == "other");
  CHECK(result.absent[1].location == Location{4, 1});
  CHECK(result.absent[2].location == Location{5, 1});
}

TEST_CASE("apply_baseline reads the file and marks the findings") {
  TempDir dir;
  std::vector<Finding> findings = sample_findings();
  write_baseline(dir.path / "b.json", findings);
  std::vector<Finding> again = sample_findings();
  const BaselineComparison result = apply_baseline(dir.path / "b.json", again);
  CHECK(result.unchanged == 3);
  CHECK(result.added == 0);
  CHECK(again[2].in_baseline);
}

TEST_CASE("a broken baseline is an InputError at its line and column") {
  TempDir dir;
  {
    std::ofstream out(dir.path / "bad.json");
    out << "{\n  \"schema\": \"clausecheck/baseline@1\",\n  \"findings\": [,]\n}\n";
  }
  try {
    read_baseline(dir.path / "bad.json");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) == (dir.path / "bad.json").string() + ":3:16: 基线文件不是有效的 JSON");
  }
  {
    std::ofstream out(dir.path / "other.json");
    out << "{\"schema\": \"clausecheck/findings@1\", \"findings\": []}";
  }
  CHECK_THROWS_AS(read_baseline(dir.path / "other.json"), InputError);
  {
    std::ofstream out(dir.path / "entry.json");
    out << "{\"schema\": \"clausecheck/baseline@1\", \"findings\": [{\"rule\": \"x\"}]}";
  }
  CHECK_THROWS_WITH_AS(read_baseline(dir.path / "entry.json"), doctest::Contains("findings[0]"), InputError);
  CHECK_THROWS_AS(read_baseline(dir.path / "missing.json"), InputError);
}
