#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <utility>
#include <vector>

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
  return parse_suppressions(YAML::Load(yaml)["suppress"], file);
}
}  // namespace

TEST_CASE("a suppression matches on every key it gives") {
  const auto findings = sample_findings();
  const auto s = parse(
      "suppress:\n"
      "  - rule: typos.repeat\n"
      "    file: seed.txt\n"
      "    anchor: 政府工作报告\n"
      "    evidence: 统 筹筹\n"
      "    reason: 已核对\n");
  REQUIRE(s.size() == 1);
  CHECK(s[0].origin() == "s.yaml:2:5");
  CHECK(s[0].rule_at == Location{2, 11});
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
  const auto s =
      parse("suppress:\n  - {rule: 'validity.*', reason: 历史文件}\n  - {rule: typos.repeat, fingerprint: '" +
            fingerprint_of(findings[0]) + "', reason: x}\n");
  CHECK(suppresses(s[0], findings[2]));
  CHECK_FALSE(suppresses(s[0], findings[1]));
  CHECK(suppresses(s[1], findings[0]));
  Finding moved_elsewhere = findings[0];
  moved_elsewhere.anchor = "别处";
  CHECK_FALSE(suppresses(s[1], moved_elsewhere));
}

TEST_CASE("a line names where the finding starts") {
  const auto findings = sample_findings();  // 120:7, 3:1, 641:13
  const auto s = parse(
      "suppress:\n  - {rule: typos.repeat, line: 120, reason: x}\n  - {rule: typos.repeat, line: 121, reason: x}\n");
  CHECK(s[0].line == 120);
  CHECK(suppresses(s[0], findings[0]));
  CHECK_FALSE(suppresses(s[1], findings[0]));
  CHECK_THROWS_WITH_AS(parse("suppress:\n  - {rule: a.b, line: twelve, reason: x}\n"),
                       doctest::Contains("s.yaml:2:23: 'line': 应为 1 至 2147483647 的整数"), InputError);
}

TEST_CASE("apply_suppressions marks the accepted findings with the entry's reason and returns the unused entries") {
  auto findings = sample_findings();
  const auto s = parse(
      "suppress:\n  - {rule: typos.repeat, reason: 原文如此}\n  - {rule: validity.expired, file: other.txt, reason: "
      "x}\n");
  const auto unused = apply_suppressions(s, findings);
  REQUIRE(findings.size() == 3);
  REQUIRE(findings[0].suppressed);
  CHECK(findings[0].suppressed->reason == "原文如此");
  CHECK(findings[0].suppressed->origin == "s.yaml:2:5");
  CHECK_FALSE(is_active(findings[0]));
  CHECK_FALSE(findings[1].suppressed);
  CHECK_FALSE(findings[2].suppressed);
  REQUIRE(unused.size() == 1);
  CHECK(unused[0] == &s[1]);

  const Finding stale = unused_suppression(*unused[0]);
  CHECK(stale.rule == kUnusedSuppressionRule);
  CHECK(stale.severity == Severity::warning);
  CHECK(stale.file == "s.yaml");
  CHECK(stale.location == Location{3, 12});
  CHECK(stale.span.end - stale.span.begin == std::string("validity.expired").size());
  CHECK(stale.evidence == "validity.expired");
  CHECK(stale.message.find("validity.expired") != std::string::npos);
}

TEST_CASE("an entry must name a rule of the loaded packs; the nearest id is suggested") {
  const std::vector<std::string> ids = {"typos.repeat", "typos.repeated-word", "format.doc-number-brackets"};
  CHECK_NOTHROW(check_rule_ids(
      parse("suppress:\n  - {rule: typos.repeat, reason: x}\n  - {rule: 'format.*', reason: x}\n"), ids));
  CHECK_THROWS_WITH_AS(check_rule_ids(parse("suppress:\n  - {reason: x, rule: typos.repaet}\n"), ids),
                       doctest::Contains("s.yaml:2:23: 没有编号为 'typos.repaet' 的规则（是否应为 'typos.repeat'？）"),
                       InputError);
  CHECK_THROWS_WITH_AS(check_rule_ids(parse("suppress:\n  - {rule: 'typo.*', reason: x}\n"), ids),
                       doctest::Contains("s.yaml:2:12: 没有编号为 'typo.*' 的规则（是否应为 'typos.*'？）"),
                       InputError);
  CHECK(names_rule(parse("suppress:\n  - {rule: 'typos.*', reason: x}\n")[0], "typos.repeated-word"));
  CHECK_FALSE(names_rule(parse("suppress:\n  - {rule: 'typos.*', reason: x}\n")[0], "typosx.a"));
}

TEST_CASE("a sidecar's entries apply below its folder only") {
  TempDir dir;
  std::filesystem::create_directories(dir.path / "drafts");
  {
    std::ofstream out(dir.path / "drafts" / kSidecarName);
    out << "suppress:\n  - {rule: typos.repeat, reason: x}\n";
  }
  const auto s = load_suppressions(dir.path / "drafts" / kSidecarName);
  REQUIRE(s.size() == 1);
  Finding inside = sample_findings()[0];
  inside.file = (dir.path / "drafts" / "sub" / "a.txt").string();
  Finding outside = inside;
  outside.file = (dir.path / "a.txt").string();
  Finding sibling = inside;
  sibling.file = (dir.path / "drafts2" / "a.txt").string();
  CHECK(suppresses(s[0], inside));
  CHECK_FALSE(suppresses(s[0], outside));
  CHECK_FALSE(suppresses(s[0], sibling));
}

TEST_CASE("malformed suppressions are InputErrors at their place") {
  CHECK_THROWS_WITH_AS(parse("suppress:\n  - {rule: a.b}\n"), doctest::Contains("s.yaml:2:5: 缺少 'reason'"),
                       InputError);
  CHECK_THROWS_WITH_AS(parse("suppress:\n  - {reason: x}\n"), doctest::Contains("缺少 'rule'"), InputError);
  CHECK_THROWS_WITH_AS(parse("suppress:\n  - rule: a.b\n    reson: x\n"),
                       doctest::Contains("s.yaml:3:5: 抑制项中的未知字段 'reson'（是否应为 'reason'？"), InputError);
  CHECK_THROWS_WITH_AS(parse("suppress: {rule: a}\n"), doctest::Contains("应是列表"), InputError);
}

TEST_CASE("a sidecar file loads; a broken one names its line") {
  TempDir dir;
  {
    std::ofstream out(dir.path / "ok.yaml");
    out << "# accepted findings\nsuppress:\n  - rule: typos.repeat\n    reason: 原文如此\n";
  }
  const auto s = load_suppressions(dir.path / "ok.yaml");
  REQUIRE(s.size() == 1);
  CHECK(s[0].rule == "typos.repeat");
  {
    std::ofstream out(dir.path / "bad.yaml");
    out << "suppress:\n  - rule: [unclosed\n";
  }
  CHECK_THROWS_WITH_AS(load_suppressions(dir.path / "bad.yaml"), doctest::Contains("bad.yaml:3:"), InputError);
  { std::ofstream out(dir.path / "empty.yaml"); }
  CHECK(load_suppressions(dir.path / "empty.yaml").empty());
  {
    std::ofstream out(dir.path / "old-key.yaml");
    out << "suppressions:\n  - {rule: a.b, reason: x}\n";
  }
  CHECK_THROWS_WITH_AS(
      load_suppressions(dir.path / "old-key.yaml"),
      doctest::Contains("old-key.yaml:1:1: 抑制文件中的未知字段 'suppressions'（是否应为 'suppress'？"), InputError);
  CHECK_THROWS_AS(load_suppressions(dir.path / "none.yaml"), InputError);
}

TEST_CASE("a key, a rule, a reason or a line of the wrong type is an InputError at it naming the type") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"suppress: {rule: a}\n", "s.yaml:1:11: 'suppress': 应是列表"},
      {"suppress:\n  - [a]\n", "s.yaml:2:5: suppress 的每一项应是映射"},
      {"suppress:\n  - {rule: [a], reason: x}\n", "s.yaml:2:12: 'rule': 应为字符串"},
      {"suppress:\n  - {rule: a.b, reason: {x: y}}\n", "s.yaml:2:25: 'reason': 应为字符串"},
      {"suppress:\n  - {[a]: b, reason: x}\n", "s.yaml:2:6: 抑制项的键应为字符串"},
      {"suppress:\n  - {rule: a.b, reason: x, line: -1}\n", "s.yaml:2:34: 'line': 应为 1 至 2147483647 的整数"},
      {"suppress:\n  - {rule: a.b, reason: x, line: 0}\n", "s.yaml:2:34: 'line': 应为 1 至 2147483647 的整数"},
      {"suppress:\n  - {rule: a.b, reason: x, line: 99999999999}\n",
       "s.yaml:2:34: 'line': 应为 1 至 2147483647 的整数"},
      {"suppress:\n  - {rule: a.b, reason: x, line: 1.5}\n", "s.yaml:2:34: 'line': 应为 1 至 2147483647 的整数"},
      {"suppress:\n  - {rule: a.b, reason: x, line: [1]}\n", "s.yaml:2:34: 'line': 应为 1 至 2147483647 的整数"},
  };
  for (const auto& c : cases) {
    const std::string& yaml = c.first;
    CAPTURE(yaml);
    CHECK_THROWS_WITH_AS(parse(yaml), doctest::Contains(c.second.c_str()), InputError);
  }
  CHECK(parse("suppress:\n  - {rule: a.b, reason: x, line: 2147483647}\n")[0].line == 2147483647u);
}
