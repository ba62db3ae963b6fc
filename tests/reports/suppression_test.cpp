#include <doctest/doctest.h>

#include <fstream>

#include "model/input_error.hpp"
#include "reports/sample_findings.hpp"
#include "rules/fingerprint.hpp"
#include "rules/suppression.hpp"

using namespace clausecheck;
using clausecheck::testing::sample_findings;
using clausecheck::testing::TempDir;

namespace {
std::vector<Suppression> parse(const std::string& yaml) {
  const SourceText file("s.yaml", yaml);
  return parse_suppressions(YAML::Load(yaml)["suppressions"], file);
}
}  // namespace

TEST_CASE("a suppression matches on every key it gives") {
  const auto findings = sample_findings();
  const auto s = parse(
      "suppressions:\n"
      "  - rule: typos.repeat\n"
      "    file: seed.txt\n"
      "    anchor: 政府工作报告\n"
      "    evidence: 统 筹筹\n"
      "    reason: 已核对\n");
  REQUIRE(s.size() == 1);
  CHECK(s[0].origin == "s.yaml:2:5");
  CHECK(s[0].reason == "已核对");
  CHECK(suppresses(s[0], findings[0]));
  CHECK_FALSE(suppresses(s[0], findings[2]));  // another rule

  Suppression other_file = s[0];
  other_file.file = "ed.txt";  // a suffix, but not a whole path component
  CHECK_FALSE(suppresses(other_file, findings[0]));
  Suppression other_anchor = s[0];
  other_anchor.anchor = "政府工作报告/三十";
  CHECK_FALSE(suppresses(other_anchor, findings[0]));
  Suppression inner_anchor = s[0];
  inner_anchor.anchor = "政府工作报告/三";
  CHECK(suppresses(inner_anchor, findings[0]));
  Suppression other_evidence = s[0];
  other_evidence.evidence = "驻驻";
  CHECK_FALSE(suppresses(other_evidence, findings[0]));
}

TEST_CASE("a rule pattern ending in .* names a pack; a fingerprint names one finding") {
  const auto findings = sample_findings();
  const auto s = parse("suppressions:\n  - {rule: 'validity.*', reason: 历史文件}\n  - {rule: typos.repeat, fingerprint: '" +
                       fingerprint_of(findings[0]) + "', reason: x}\n");
  CHECK(suppresses(s[0], findings[2]));
  CHECK_FALSE(suppresses(s[0], findings[1]));
  CHECK(suppresses(s[1], findings[0]));
  Finding moved_elsewhere = findings[0];
  moved_elsewhere.anchor = "别处";
  CHECK_FALSE(suppresses(s[1], moved_elsewhere));
}

TEST_CASE("apply_suppressions removes and returns the suppressed findings, order kept") {
  auto findings = sample_findings();
  const auto s = parse("suppressions:\n  - {rule: typos.repeat, reason: x}\n");
  const auto removed = apply_suppressions(s, findings);
  REQUIRE(removed.size() == 1);
  CHECK(removed[0].rule == "typos.repeat");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].rule == "format.doc-number-brackets");
  CHECK(findings[1].rule == "validity.expired");
}

TEST_CASE("malformed suppressions are InputErrors at their place") {
  CHECK_THROWS_WITH_AS(parse("suppressions:\n  - {rule: a.b}\n"), doctest::Contains("s.yaml:2:5: 缺少 'reason'"), InputError);
  CHECK_THROWS_WITH_AS(parse("suppressions:\n  - {reason: x}\n"), doctest::Contains("缺少 'rule'"), InputError);
  CHECK_THROWS_WITH_AS(parse("suppressions:\n  - rule: a.b\n    reson: x\n"),
                       doctest::Contains("s.yaml:3:5: 未知的键 'reson'"), InputError);
  CHECK_THROWS_WITH_AS(parse("suppressions: {rule: a}\n"), doctest::Contains("应是列表"), InputError);
}

TEST_CASE("a sidecar file loads; a broken one names its line") {
  TempDir dir;
  {
    std::ofstream out(dir.path / "ok.yaml");
    out << "# accepted findings\nsuppressions:\n  - rule: typos.repeat\n    reason: 原文如此\n";
  }
  const auto s = load_suppressions(dir.path / "ok.yaml");
  REQUIRE(s.size() == 1);
  CHECK(s[0].rule == "typos.repeat");
  {
    std::ofstream out(dir.path / "bad.yaml");
    out << "suppressions:\n  - rule: [unclosed\n";
  }
  CHECK_THROWS_WITH_AS(load_suppressions(dir.path / "bad.yaml"), doctest::Contains("bad.yaml:3:"), InputError);
  {
    std::ofstream out(dir.path / "empty.yaml");
  }
  CHECK(load_suppressions(dir.path / "empty.yaml").empty());
  CHECK_THROWS_AS(load_suppressions(dir.path / "none.yaml"), InputError);
}
