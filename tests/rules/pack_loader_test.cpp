#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rules/change_rules.hpp"
#include "model/input_error.hpp"
#include "model/in_language.hpp"
#include "rules/pack_loader.hpp"
#include "rules_testing/example_runner.hpp"

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
  const std::string yaml =
      "rules:\n  - id: t.c\n    severity: info\n    kind: compare\n    when: doc.trial and\n    message: m\n";
  CHECK(error_of(yaml).find("p.yaml:5:24:") == 0);
  const std::string unknown =
      "rules:\n  - id: t.c\n    severity: info\n    kind: compare\n    when: doc.trail\n    message: m\n";
  const std::string e = error_of(unknown);
  CHECK(e.find("'doc.trail'") != std::string::npos);
  CHECK(e.find("'doc.trial'") != std::string::npos);
}

TEST_CASE("YAML syntax errors and duplicate ids are input errors with a location") {
  CHECK(error_of("rules: [\n").find("p.yaml:") == 0);
  std::string twice = std::string(kGood) + std::string(kGood).substr(7);
  CHECK(error_of(twice).find("规则编号重复") != std::string::npos);
}

TEST_CASE("a change rule's examples are {old, new} pairs; a bare text or a missing version is an error") {
  const std::string head =
      "rules:\n  - id: t.d\n    severity: info\n    kind: change\n    when: 'change.kind == \"deleted\"'\n"
      "    message: m\n    examples:\n";
  const Pack pack = load_pack("p.yaml", head + "      fires: [{old: 旧, new: 新}]\n      passes: [{old: a, new: a}]\n");
  REQUIRE(pack.rules[0].fires.size() == 1);
  CHECK(pack.rules[0].fires[0].old == std::optional<std::string>("旧"));
  CHECK(pack.rules[0].fires[0].text == "新");
  CHECK(pack.rules[0].fires[0].where == Location{8, 15});

  CHECK(error_of(head + "      fires: [只有一个版本]\n")
            .find("p.yaml:8:15: 'fires': change 规则的示例应为 {old: 修订前, new: 修订后}") == 0);
  CHECK(error_of(head + "      fires: [{old: a}]\n").find("p.yaml:8:15: 'fires': 示例缺少文本 'new'") == 0);
  const std::string typo = error_of(head + "      passes: [{old: a, nwe: b}]\n");
  CHECK(typo.find("p.yaml:8:25: 示例中的未知字段 'nwe'") == 0);
  // Examples of other kinds stay plain texts.
  CHECK(load_pack("p.yaml", kGood).rules[0].fires[0].old == std::nullopt);
}

namespace {
// One rule of `kind` with `extra` lines (4 spaces in) after its common keys, on line 6 on.
std::string rule(const std::string& kind, const std::string& extra) {
  return "rules:\n  - id: t.a\n    severity: error\n    kind: " + kind + "\n    message: m\n" + extra;
}

// A malformed pack, the place its error names ("p.yaml:line:column: ") and a part of its message.
struct Case {
  std::string yaml;
  const char* where;
  const char* expected;
};

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

// A value of the wrong type anywhere in a pack is an InputError at its
// file:line:column naming the expected type (exit 2), never a yaml-cpp exception (exit 3).
TEST_CASE("pack: every node of the wrong type is an error at its place naming the expected type") {
  const InLanguage english(clausecheck::Lang::en);
  const std::string seq = rule("sequence", "    check: gap\n");
  const std::string comp = rule("complement", "");
  check_cases(
      {
          {"pack: [a]\nrules: []\n", "p.yaml:1:7: 'pack': ", "expected a string"},
          {"[a]: 1\nrules: []\n", "p.yaml:1:1: ", "expected a string as key"},
          {"rules: {a: 1}\n", "p.yaml:1:8: 'rules': ", "expected a list of rules"},
          {"rules:\n  - id: [x]\n", "p.yaml:2:9: 'id': ", "expected a string"},
          {"rules:\n  - id: t.a\n    severity: {a: 1}\n    kind: sequence\n    check: gap\n    message: m\n",
           "p.yaml:3:15: 'severity': ", "expected a string"},
          {seq + "    examples: {fires: [[a]]}\n", "p.yaml:7:24: 'fires': ", "expected a string"},
          {seq + "    examples: {[a]: 1}\n", "p.yaml:7:16: ", "expected a string as key"},
          {seq + "    examples: [a]\n", "p.yaml:7:15: 'examples': ", "expected a mapping"},
          {seq + "    [a]: 1\n", "p.yaml:7:5: ", "expected a string as key"},
          {comp + "    total: .nan\n", "p.yaml:6:12: 'total': ", "expected a finite number"},
          {comp + "    total: .inf\n", "p.yaml:6:12: 'total': ", "expected a finite number"},
          {comp + "    total: -.inf\n", "p.yaml:6:12: 'total': ", "expected a finite number"},
          {comp + "    total: [100]\n", "p.yaml:6:12: 'total': ", "expected a finite number"},
          {comp + "    base_chars: 0\n", "p.yaml:6:17: 'base_chars': ", "expected an integer from 1 to 64"},
          {comp + "    base_chars: 99999999999999999999\n",
           "p.yaml:6:17: 'base_chars': ", "expected an integer from 1 to 64"},
          {comp + "    base_chars: 1.5\n", "p.yaml:6:17: 'base_chars': ", "expected an integer from 1 to 64"},
          {rule("pattern", "    pattern: a\n    group: x\n"), "p.yaml:7:12: 'group': ", "expected an integer"},
          {rule("expiry", "    clauses: maybe\n"), "p.yaml:6:14: 'clauses': ", "expected true or false"},
          {rule("substitution", "    swap: {a: [b]}\n"), "p.yaml:6:15: 'swap': ", "expected a string"},
          {rule("require", "    fact: validty\n"), "p.yaml:6:11: 'fact': ", "unknown fact kind 'validty'"},
          {rule("compare", "    when: doc.trial\n    scope: fact\n    facts: [validity, thresold]\n"),
           "p.yaml:8:23: 'facts': ", "unknown fact kind 'thresold'"},
          {rule("compare", "    when: 1e999 > 1\n"), "p.yaml:6:11: 'when': ", "not an expression"},
          {rule("compare", "    when: nan > 1\n"), "p.yaml:6:11: 'when': ", "unknown field 'nan'"},
          {rule("compare", "    when: doc.trial and 2147483648y > 1y\n"), "p.yaml:6:25: 'when': ", "expected"},
      },
      error_of);
}

TEST_CASE("a change rule whose expression clashes on the values it meets is exit 2 at that part of the pack") {
  const Pack pack = load_pack("p.yaml", rule("change", "    when: change.kind + 1 > 0\n"));
  CHECK_THROWS_WITH_AS(rules_testing::run_change_example(pack.rules[0], "测试通知\n一、比例不超过2%。\n",
                                                         "测试通知\n一、比例不超过3%。\n", {}),
                       doctest::Contains("p.yaml:6:11: 规则 t.a 'when': 运算 '+' 不适用于"), InputError);
}

TEST_CASE("pack: YAML nested past yaml-cpp's depth limit is a syntax error, not a crash") {
  const std::string deep = "rules: " + std::string(100000, '[') + std::string(100000, ']') + "\n";
  const std::string e = error_of(deep);
  CHECK(e.find("p.yaml:1:") == 0);
  CHECK(e.find("YAML") != std::string::npos);
}

TEST_CASE("a rule's summary is the first sentence of its docs, its wrapped lines joined") {
  const std::string head =
      "rules:\n  - id: t.s\n    severity: warning\n    kind: pattern\n    pattern: 截止目前\n    message: m\n";
  const std::string examples = "    examples:\n      fires: [截止目前]\n      passes: [截至目前]\n";
  const auto summary = [&](const std::string& docs) {
    return load_pack("p.yaml", head + "    docs: |\n" + docs + examples).rules.at(0).meta.summary;
  };
  CHECK(summary("      A long sentence (not in a 报告,\n      whose targets are plans). Second one.\n") ==
        "A long sentence (not in a 报告, whose targets are plans).");
  CHECK(summary("      年份、发文顺序号用阿拉伯数字标注；\n      年份应标全称。其后。\n") ==
        "年份、发文顺序号用阿拉伯数字标注；年份应标全称。");
  CHECK(summary("      GB/T 9704-2012 §7.2.4: 不编虚位.\n") == "GB/T 9704-2012 §7.2.4: 不编虚位.");
  CHECK(summary("      Only the first paragraph\n\n      counts.\n") == "Only the first paragraph");
  // Without docs, the message stands in.
  CHECK(load_pack("p.yaml", head + examples).rules.at(0).meta.summary == "m");
}

TEST_CASE("every built-in rule's summary is a whole sentence on one line") {
  for (const Pack& pack : builtin_packs()) {
    for (const Rule& rule : pack.rules) {
      CAPTURE(rule.meta.id);
      const std::string& s = rule.meta.summary;
      CHECK(s.find('\n') == std::string::npos);
      CHECK((s.ends_with(".") || s.ends_with("。")));
    }
  }
}

TEST_CASE("the built-in packs are named without loading them, and load one by one by that name") {
  // A run looks a pack up by name before loading it, so each name must be the one its YAML gives.
  const std::vector<std::string> names = builtin_pack_names();
  REQUIRE(names.size() == builtin_packs().size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    CAPTURE(names[i]);
    CHECK(builtin_pack(i).name == names[i]);
    CHECK(builtin_packs()[i].name == names[i]);
    const std::vector<Pack> named = load_packs(names[i]);
    REQUIRE(named.size() == 1);
    CHECK(named[0].origin == builtin_pack(i).origin);
    CHECK(named[0].rules.size() == builtin_pack(i).rules.size());
  }
  CHECK(diff::builtin_changes_pack().name == diff::builtin_changes_pack_name());
}

TEST_CASE(
    "a built-in pack loaded to run or report is the pack loaded to show, without its examples, at the same places") {
  for (const Use use : {Use::report, Use::run}) {
    CAPTURE(static_cast<int>(use));
    std::vector<std::pair<const Pack*, const Pack*>> forms;
    for (std::size_t i = 0; i < builtin_pack_names().size(); ++i)
      forms.emplace_back(&builtin_pack(i), &builtin_pack(i, use));
    forms.emplace_back(&diff::builtin_changes_pack(), &diff::builtin_changes_pack(use));
    for (const auto& form : forms) {
      const Pack* shown = form.first;  // not a structured binding: CAPTURE's lambda cannot take one in clang 14
      const Pack* run = form.second;
      CAPTURE(shown->name);
      CHECK(run->name == shown->name);
      CHECK(run->origin == shown->origin);
      REQUIRE(run->rules.size() == shown->rules.size());
      std::size_t examples = 0;
      for (std::size_t r = 0; r < shown->rules.size(); ++r) {
        const Rule& a = shown->rules[r];
        const Rule& b = run->rules[r];
        CAPTURE(a.meta.id);
        CHECK(b.meta.id == a.meta.id);
        CHECK(b.meta.source == a.meta.source);
        CHECK(b.meta.message == a.meta.message);
        CHECK(!a.meta.docs.empty());
        // A run whose report shows no rule's docs goes without them: its summary is the message.
        CHECK(b.meta.docs == (use == Use::report ? a.meta.docs : ""));
        CHECK(b.meta.summary == (use == Use::report ? a.meta.summary : a.meta.message));
        CHECK(b.meta.docs_url == a.meta.docs_url);
        CHECK(b.meta.severity == a.meta.severity);
        CHECK(b.scope == a.scope);
        CHECK(b.fires.empty());
        CHECK(b.passes.empty());
        examples += a.fires.size() + a.passes.size();
      }
      CHECK(examples > 0);
    }
  }
}

TEST_CASE("text_for: the examples block, and to run the docs block, as empty lines, every other line as it was") {
  const std::string yaml =
      "rules:\n  - id: a\n    examples:\n      fires:\n        - x\n\n      passes: [y]\n    docs: |\n"
      "      examples:\n  - id: b\n    examples: {fires: [z]}\n    docs:\n      zh: 中\n      en: |\n        E\n"
      "    docs_url: https://example.org\n  - id: c\n    docs: one line\n";
  CHECK(text_for(yaml, Use::examples) == yaml);
  CHECK(text_for(yaml, Use::report) ==
        "rules:\n  - id: a\n\n\n\n\n\n    docs: |\n      examples:\n  - id: b\n    examples: {fires: [z]}\n"
        "    docs:\n      zh: 中\n      en: |\n        E\n    docs_url: https://example.org\n  - id: c\n    docs: one "
        "line\n");
  CHECK(text_for(yaml, Use::run) ==
        "rules:\n  - id: a\n\n\n\n\n\n\n\n  - id: b\n    examples: {fires: [z]}\n\n\n\n\n"
        "    docs_url: https://example.org\n  - id: c\n    docs: one line\n");
}

// A rule's texts in one language or both: a string is the same in every run, a
// map {zh: …, en: …} gives the run's language.
TEST_CASE("pack: a message or docs as {zh, en} gives the run's language; a string gives itself in both") {
  const std::string yaml = R"(rules:
  - id: t.gap
    severity: error
    kind: sequence
    check: gap
    message: {zh: "序号 {value} 应为 {expected}", en: "number {value}, expected {expected}"}
    docs:
      zh: 序号应连续。
      en: Numbers run without gaps.
)";
  for (const Lang lang : {Lang::zh, Lang::en}) {
    const InLanguage scope(lang);
    const RuleMeta meta = load_pack("p.yaml", yaml).rules.at(0).meta;
    const RuleMeta plain = load_pack("p.yaml", kGood).rules.at(0).meta;
    CHECK(meta.message == (lang == Lang::zh ? "序号 {value} 应为 {expected}" : "number {value}, expected {expected}"));
    CHECK(meta.summary == (lang == Lang::zh ? "序号应连续。" : "Numbers run without gaps."));
    CHECK(plain.message == "序号 {value} 应为 {expected}");
  }
}

TEST_CASE("pack: a map of texts without the run's language, or with another key, is an error at its place") {
  const std::string head = "rules:\n  - id: t.a\n    severity: error\n    kind: sequence\n    check: gap\n";
  const InLanguage english(Lang::en);
  check_cases(
      {
          {head + "    message: {zh: 序号}\n", "p.yaml:6:14: 'message': ", "no 'en' text, the language of this run"},
          {head + "    message: {zh: a, en: b, fr: c}\n", "p.yaml:6:29: ", "'message': unknown key 'fr'"},
          {head + "    message: {zh: a, en: [b]}\n", "p.yaml:6:26: 'message.en': ", "expected a string"},
          {head + "    message: {zh: '{nosuch}', en: b}\n",
           "p.yaml:6:14: 'message': ", "unknown placeholder '{nosuch}'"},
          {head + "    message: m\n    docs: {zh: d}\n", "p.yaml:7:11: 'docs': ", "no 'en' text"},
          {"description: {zh: 说明}\n" + head + "    message: m\n", "p.yaml:1:14: 'description': ", "no 'en' text"},
      },
      error_of);
  const InLanguage chinese(Lang::zh);
  CHECK(error_of(head + "    message: {en: m}\n").find("p.yaml:6:14: 'message': ") == 0);
}
