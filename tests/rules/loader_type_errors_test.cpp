// A value of the wrong type anywhere in a pack or a suppressions list is an
// InputError at its file:line:column naming the expected type (exit 2), never
// a yaml-cpp exception (exit 3, "internal error").
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "model/input_error.hpp"
#include "rules/pack_loader.hpp"
#include "rules/suppression.hpp"

using namespace clausecheck;
using namespace clausecheck::rules;

namespace {
struct Case {
  std::string yaml;
  const char* where;     // "p.yaml:line:column: "
  const char* expected;  // part of the message
};

std::string pack_error(const std::string& yaml) {
  try {
    load_pack("p.yaml", yaml);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(loaded)";
}

// One rule of `kind` with `extra` lines (4 spaces in) after its common keys, on line 6 on.
std::string rule(const std::string& kind, const std::string& extra) {
  return "rules:\n  - id: t.a\n    severity: error\n    kind: " + kind + "\n    message: m\n" + extra;
}

void check_cases(const std::vector<Case>& cases, std::string (*error_of)(const std::string&)) {
  for (const Case& c : cases) {
    CAPTURE(c.yaml);
    const std::string e = error_of(c.yaml);
    CAPTURE(e);
    CHECK(e.find(c.where) == 0);
    CHECK(e.find(c.expected) != std::string::npos);
  }
}
}  // namespace

TEST_CASE("pack: every node of the wrong type is an error at its place naming the expected type") {
  const std::string seq = rule("sequence", "    check: gap\n");
  const std::string comp = rule("complement", "");
  check_cases(
      {
          {"pack: [a]\nrules: []\n", "p.yaml:1:7: 'pack': ", "expected a string"},
          {"[a]: 1\nrules: []\n", "p.yaml:1:1: ", "expected a string as key"},
          {"rules: {a: 1}\n", "p.yaml:1:8: 'rules': ", "expected a list of rules"},
          {"rules:\n  - id: [x]\n", "p.yaml:2:9: 'id': ", "expected a string"},
          {"rules:\n  - id: t.a\n    severity: {a: 1}\n    kind: sequence\n    check: gap\n    message: m\n", "p.yaml:3:15: 'severity': ", "expected a string"},
          {seq + "    examples: {fires: [[a]]}\n", "p.yaml:7:24: 'fires': ", "expected a string"},
          {seq + "    examples: {[a]: 1}\n", "p.yaml:7:16: ", "expected a string as key"},
          {seq + "    examples: [a]\n", "p.yaml:7:15: 'examples': ", "expected a mapping"},
          {seq + "    [a]: 1\n", "p.yaml:7:5: ", "expected a string as key"},
          {comp + "    total: .nan\n", "p.yaml:6:12: 'total': ", "expected a finite number"},
          {comp + "    total: .inf\n", "p.yaml:6:12: 'total': ", "expected a finite number"},
          {comp + "    total: -.inf\n", "p.yaml:6:12: 'total': ", "expected a finite number"},
          {comp + "    total: [100]\n", "p.yaml:6:12: 'total': ", "expected a finite number"},
          {comp + "    base_chars: 0\n", "p.yaml:6:17: 'base_chars': ", "expected an integer from 1 to 64"},
          {comp + "    base_chars: 99999999999999999999\n", "p.yaml:6:17: 'base_chars': ", "expected an integer from 1 to 64"},
          {comp + "    base_chars: 1.5\n", "p.yaml:6:17: 'base_chars': ", "expected an integer from 1 to 64"},
          {rule("pattern", "    pattern: a\n    group: x\n"), "p.yaml:7:12: 'group': ", "expected an integer"},
          {rule("expiry", "    clauses: maybe\n"), "p.yaml:6:14: 'clauses': ", "expected true or false"},
          {rule("substitution", "    swap: {a: [b]}\n"), "p.yaml:6:15: 'swap': ", "expected a string"},
          {rule("require", "    fact: validty\n"), "p.yaml:6:11: 'fact': ", "unknown fact kind) 'validty'"},
          {rule("compare", "    when: doc.trial\n    scope: fact\n    facts: [validity, thresold]\n"), "p.yaml:8:23: 'facts': ", "unknown fact kind) 'thresold'"},
          {rule("compare", "    when: 1e999 > 1\n"), "p.yaml:6:11: 'when': ", "not an expression"},
          {rule("compare", "    when: nan > 1\n"), "p.yaml:6:11: 'when': ", "unknown field) 'nan'"},
          {rule("compare", "    when: doc.trial and 99999999y > 1y\n"), "p.yaml:6:25: 'when': ", "expected"},
      },
      pack_error);
}

TEST_CASE("pack: YAML nested past yaml-cpp's depth limit is a syntax error, not a crash") {
  const std::string deep = "rules: " + std::string(100000, '[') + std::string(100000, ']') + "\n";
  const std::string e = pack_error(deep);
  CHECK(e.find("p.yaml:1:") == 0);
  CHECK(e.find("YAML") != std::string::npos);
}

namespace {
std::string suppression_error(const std::string& yaml) {
  try {
    const SourceText file("s.yaml", yaml);
    parse_suppressions(YAML::Load(yaml)["suppress"], file);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(loaded)";
}
}  // namespace

TEST_CASE("suppressions: a key, a rule, a reason or a line of the wrong type is an error at it") {
  check_cases(
      {
          {"suppress: {rule: a}\n", "s.yaml:1:11: 'suppress': ", "expected a list"},
          {"suppress:\n  - [a]\n", "s.yaml:2:5: ", "expected a mapping"},
          {"suppress:\n  - {rule: [a], reason: x}\n", "s.yaml:2:12: 'rule': ", "expected a string"},
          {"suppress:\n  - {rule: a.b, reason: {x: y}}\n", "s.yaml:2:25: 'reason': ", "expected a string"},
          {"suppress:\n  - {[a]: b, reason: x}\n", "s.yaml:2:6: ", "expected a string as key"},
          {"suppress:\n  - {rule: a.b, reason: x, line: -1}\n", "s.yaml:2:34: 'line': ", "from 1 to 2147483647"},
          {"suppress:\n  - {rule: a.b, reason: x, line: 0}\n", "s.yaml:2:34: 'line': ", "from 1 to 2147483647"},
          {"suppress:\n  - {rule: a.b, reason: x, line: 99999999999}\n", "s.yaml:2:34: 'line': ", "from 1 to 2147483647"},
          {"suppress:\n  - {rule: a.b, reason: x, line: 1.5}\n", "s.yaml:2:34: 'line': ", "from 1 to 2147483647"},
          {"suppress:\n  - {rule: a.b, reason: x, line: [1]}\n", "s.yaml:2:34: 'line': ", "from 1 to 2147483647"},
      },
      suppression_error);
  CHECK(suppression_error("suppress:\n  - {rule: a.b, reason: x, line: 2147483647}\n") == "(loaded)");
}
