// The baseline reader checks every value's type where it stands: a wrong
// type, a negative, zero or huge line is exit 2 at file:line:column, never an
// internal error and never a SARIF startLine of 4294967291.
#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "model/input_error.hpp"
#include "reports/sample_findings.hpp"
#include "rules/baseline.hpp"

using namespace clausecheck;
using clausecheck::testing::TempDir;

namespace {
// A baseline whose one entry is {"fingerprint": "f", "rule": "r", <field>} on line 4;
// <field> starts at column 39.
std::string with_field(const std::string& field) {
  return std::string("{\n  \"schema\": \"clausecheck/baseline@1\",\n  \"findings\": [\n") +
         "    {\"fingerprint\": \"f\", \"rule\": \"r\", " + field + "}\n  ]\n}\n";
}

std::string error_of(const std::string& json) {
  TempDir dir;
  const auto path = dir.path / "b.json";
  std::ofstream(path) << json;
  try {
    read_baseline(path);
  } catch (const InputError& e) {
    const std::string what = e.what();
    return what.substr(what.find("b.json:") + 7);  // "line:column: message"
  }
  return "(loaded)";
}

struct BadBaseline {
  std::string json;
  const char* where;     // "line:column: "
  const char* expected;  // part of the message
};
}  // namespace

TEST_CASE("a baseline value of the wrong type is an error at its line and column") {
  const char* number = "应为 1 至 2147483647 的整数";
  const std::vector<BadBaseline> cases = {
      {with_field("\"line\": -5"), "4:47: findings[0].line: ", number},
      {with_field("\"line\": 0"), "4:47: findings[0].line: ", number},
      {with_field("\"line\": 4294967291"), "4:47: findings[0].line: ", number},
      {with_field("\"line\": 1e30"), "4:47: findings[0].line: ", number},
      {with_field("\"line\": \"3\""), "4:47: findings[0].line: ", number},
      {with_field("\"column\": [1]"), "4:49: findings[0].column: ", number},
      {with_field("\"severity\": 3"), "4:51: findings[0].severity: ", "应为字符串"},
      {with_field("\"severity\": \"fatal\""), "4:51: findings[0].severity: ", "error、warning 或 info"},
      {with_field("\"message\": {\"a\": 1}"), "4:50: findings[0].message: ", "应为字符串"},
      {with_field("\"rule\": null"), "4:47: findings[0].rule: ", "应为字符串"},
      {"{\"schema\": \"clausecheck/baseline@1\", \"findings\": [{\"fingerprint\": \"f\"}]}",
       "1:51: findings[0]: ", "缺少 'rule'"},
      {"{\"schema\": \"clausecheck/baseline@1\", \"findings\": [{\"rule\": \"r\"}]}",
       "1:51: findings[0]: ", "缺少 'fingerprint'"},
      {"{\"schema\": \"clausecheck/baseline@1\", \"findings\": [1]}", "1:51: findings[0]: ", "应为对象"},
      {"{\"schema\": \"clausecheck/baseline@1\", \"findings\": {}}", "1:50: 'findings': ", "应为列表"},
      {"{\"schema\": 1, \"findings\": []}", "1:12: 'schema': ", "应为字符串"},
      {"[]", "1:1: ", "不是 clausecheck/baseline@1 基线文件"},
      {"{\"schema\": \"clausecheck/baseline@1\", \"findings\": [}", "1:51: ", "基线文件不是有效的 JSON"},
  };
  for (const BadBaseline& c : cases) {
    CAPTURE(c.json);
    const std::string e = error_of(c.json);
    CHECK(e.find(c.where) == 0);
    CHECK(e.find(c.expected) != std::string::npos);
  }
}

TEST_CASE("a baseline's unknown fields are skipped whatever they hold; known ones are read") {
  TempDir dir;
  const auto path = dir.path / "b.json";
  std::ofstream(path) << with_field(
      "\"extra\": {\"a\": [1, {\"line\": \"x\"}]}, \"line\": 7, \"column\": 3, "
      "\"severity\": \"error\", \"anchor\": \"甲/一\"");
  const std::vector<BaselineEntry> entries = read_baseline(path);
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].fingerprint == "f");
  CHECK(entries[0].rule == "r");
  CHECK(entries[0].location == Location{7, 3});
  CHECK(entries[0].severity == Severity::error);
  CHECK(entries[0].anchor == "甲/一");
}

TEST_CASE("a baseline without its schema is not one, wherever the schema would stand") {
  CHECK(error_of("{\"findings\": []}").find("不是 clausecheck/baseline@1 基线文件") != std::string::npos);
  CHECK(error_of("{\"findings\": [], \"schema\": \"clausecheck/baseline@1\"}") == "(loaded)");
}
