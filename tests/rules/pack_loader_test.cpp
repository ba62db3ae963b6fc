#include <doctest/doctest.h>

#include <string>

#include "model/input_error.hpp"
#include "rules/pack_loader.hpp"

using namespace clausecheck;
using namespace clausecheck::rules;

namespace {
std::string error_of(const std::string& yaml) {
  try {
    load_pack("p.yaml", yaml);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

const char* kGood = R"(rules:
  - id: t.gap
    severity: error
    kind: sequence
    check: gap
    message: "序号 {value} 应为 {expected}"
    examples: {fires: ["a"], passes: ["b"]}
)";
}  // namespace

TEST_CASE("a well-formed pack loads with its metadata and examples") {
  const Pack pack = load_pack("rules/p.yaml", kGood);
  REQUIRE(pack.rules.size() == 1);
  CHECK(pack.name == "p");
  CHECK(pack.rules[0].meta.id == "t.gap");
  CHECK(pack.rules[0].meta.severity == Severity::error);
  CHECK(pack.rules[0].meta.kind == "sequence");
  CHECK(pack.rules[0].meta.scope == "document");
  CHECK(pack.rules[0].fires.size() == 1);
  CHECK(pack.rules[0].passes.size() == 1);
}

TEST_CASE("an unknown key is an error at its line and column, with the nearest valid key") {
  std::string yaml = kGood;
  yaml.replace(yaml.find("    check: gap"), 14, "    chek: gap");
  const std::string e = error_of(yaml);
  CHECK(e.find("p.yaml:5:5:") == 0);
  CHECK(e.find("'chek'") != std::string::npos);
  CHECK(e.find("'check'") != std::string::npos);
}

TEST_CASE("a bad severity, kind or placeholder names the key") {
  std::string bad_severity = kGood;
  bad_severity.replace(bad_severity.find("error"), 5, "fatal");
  CHECK(error_of(bad_severity).find("p.yaml:3:15: 'severity'") == 0);

  std::string bad_kind = kGood;
  bad_kind.replace(bad_kind.find("sequence"), 8, "sequense");
  const std::string e = error_of(bad_kind);
  CHECK(e.find("p.yaml:4:11: 'kind'") == 0);
  CHECK(e.find("'sequence'") != std::string::npos);

  std::string bad_placeholder = kGood;
  bad_placeholder.replace(bad_placeholder.find("{value}"), 7, "{valeu}");
  CHECK(error_of(bad_placeholder).find("'{valeu}'") != std::string::npos);
}

TEST_CASE("an expression error points at the column inside the expression") {
  const std::string yaml = "rules:\n  - id: t.c\n    severity: info\n    kind: compare\n    when: doc.trial and\n    message: m\n";
  CHECK(error_of(yaml).find("p.yaml:5:24:") == 0);
  const std::string unknown = "rules:\n  - id: t.c\n    severity: info\n    kind: compare\n    when: doc.trail\n    message: m\n";
  const std::string e = error_of(unknown);
  CHECK(e.find("'doc.trail'") != std::string::npos);
  CHECK(e.find("'doc.trial'") != std::string::npos);
}

TEST_CASE("YAML syntax errors and duplicate ids are input errors with a location") {
  CHECK(error_of("rules: [\n").find("p.yaml:") == 0);
  std::string twice = std::string(kGood) + std::string(kGood).substr(7);
  CHECK(error_of(twice).find("duplicate rule id") != std::string::npos);
}

TEST_CASE("a change rule's examples are {old, new} pairs; a bare text or a missing version is an error") {
  const std::string head = "rules:\n  - id: t.d\n    severity: info\n    kind: change\n    when: 'change.kind == \"deleted\"'\n"
                           "    message: m\n    examples:\n";
  const Pack pack = load_pack("p.yaml", head + "      fires: [{old: 旧, new: 新}]\n      passes: [{old: a, new: a}]\n");
  REQUIRE(pack.rules[0].fires.size() == 1);
  CHECK(pack.rules[0].fires[0].old == std::optional<std::string>("旧"));
  CHECK(pack.rules[0].fires[0].text == "新");
  CHECK(pack.rules[0].fires[0].where == Location{8, 15});

  CHECK(error_of(head + "      fires: [只有一个版本]\n").find("p.yaml:8:15: 'fires': change 规则的示例应为 {old: 修订前, new: 修订后}") == 0);
  CHECK(error_of(head + "      fires: [{old: a}]\n").find("p.yaml:8:15: 'fires': 示例缺少文本 'new'") == 0);
  const std::string typo = error_of(head + "      passes: [{old: a, nwe: b}]\n");
  CHECK(typo.find("p.yaml:8:25: 示例中的未知字段 (unknown key) 'nwe'") == 0);
  // Examples of other kinds stay plain texts.
  CHECK(load_pack("p.yaml", kGood).rules[0].fires[0].old == std::nullopt);
}
