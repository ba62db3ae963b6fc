#include <doctest/doctest.h>

#include "reports/sample_findings.hpp"
#include "rules/fingerprint.hpp"

using namespace clausecheck;
using clausecheck::testing::sample_findings;

TEST_CASE("normalized evidence drops ASCII and ideographic whitespace only") {
  CHECK(normalize_evidence("平稳健康发展 若干\u3000措施\n（试行）") == "平稳健康发展若干措施（试行）");
  CHECK(normalize_evidence("RCEP") == "RCEP");
}

TEST_CASE("a fingerprint survives a move but not a change of rule, anchor or wording") {
  const Finding original = sample_findings()[0];
  const std::string fp = fingerprint_of(original);
  CHECK(fp.size() == 16);
  CHECK(fp.find_first_not_of("0123456789abcdef") == std::string::npos);

  Finding moved = original;
  moved.location = {300, 1};
  moved.span = {9000, 9009};
  moved.message = "另一种说法";
  CHECK(fingerprint_of(moved) == fp);

  Finding respaced = original;
  respaced.evidence = "统 筹筹";
  CHECK(fingerprint_of(respaced) == fp);

  Finding other_rule = original;
  other_rule.rule = "typos.other";
  CHECK(fingerprint_of(other_rule) != fp);
  Finding other_anchor = original;
  other_anchor.anchor = "政府工作报告/四";
  CHECK(fingerprint_of(other_anchor) != fp);
  Finding other_text = original;
  other_text.evidence = "统筹筹划";
  CHECK(fingerprint_of(other_text) != fp);
}

TEST_CASE("the parts are kept apart: (a, bc) is not (ab, c)") {
  Finding a = sample_findings()[0];
  a.anchor = "ab";
  a.evidence = "c";
  Finding b = a;
  b.anchor = "a";
  b.evidence = "bc";
  CHECK(fingerprint_of(a) != fingerprint_of(b));
}

TEST_CASE("ensure_fingerprints fills only the missing ones") {
  std::vector<Finding> findings = sample_findings();
  findings[1].fingerprint = "given";
  ensure_fingerprints(findings);
  CHECK(findings[0].fingerprint == fingerprint_of(findings[0]));
  CHECK(findings[1].fingerprint == "given");
}
