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
