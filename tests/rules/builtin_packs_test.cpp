// The built-in packs end to end: their own examples, the seed gazette and the broken drafts.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <regex>

#include "rules/change_rules.hpp"
#include "parse/parse_file.hpp"
#include "rules/engine.hpp"
#include "rules_testing/example_runner.hpp"
#include "rules/pack_loader.hpp"
#include "grammar/iso_date.hpp"
#include "rules/message.hpp"
#include "model/in_language.hpp"
#include "text/han.hpp"

using namespace clausecheck;
using namespace clausecheck::rules;

namespace {
std::vector<Finding> check_file(const std::string& relative, const char* as_of = "2024-01-01") {
  RunSettings settings;
  settings.as_of = *grammar::parse_iso_date(as_of);
  std::vector<ParsedFile> files;
  files.push_back(parse::parse_path(std::string(CLAUSECHECK_SOURCE_DIR) + "/" + relative));
  return run_rules(all_rules(builtin_packs()), files, settings);
}

std::vector<const Finding*> of_rule(const std::vector<Finding>& findings, const std::string& rule) {
  std::vector<const Finding*> out;
  for (const auto& f : findings)
    if (f.rule == rule) out.push_back(&f);
  return out;
}

}  // namespace

TEST_CASE("every built-in rule, change rules too, has examples, and each fires or passes as it says") {
  std::vector<Pack> packs = builtin_packs();
  packs.push_back(diff::builtin_changes_pack());
  std::size_t rules = 0, change_examples = 0;
  for (const auto& pack : packs) {
    for (const auto& rule : pack.rules) {
      ++rules;
      CHECK_MESSAGE(!rule.fires.empty(), rule.meta.id);
      CHECK_MESSAGE(!rule.passes.empty(), rule.meta.id);
      CHECK_MESSAGE(!rule.meta.docs.empty(), rule.meta.id);
    }
    for (const auto& r : rules_testing::run_examples(pack)) {
      CHECK_MESSAGE(r.ok, r.rule, (r.should_fire ? " fires[" : " passes["), r.index, "] ", r.first_message);
      change_examples += pack.name == "changes";
    }
  }
  CHECK(rules == 25 + 11);
  CHECK(change_examples == 31);  // run through the diff, two versions each
}

TEST_CASE("on the seed gazette: the two typos, RECP/RCEP and the mixed brackets; no false alarms") {
  const auto findings = check_file("examples/zhumadian-gazette-2023-02.txt");
  const auto typos = of_rule(findings, "typos.repeated-char");
  const auto at = [](const std::vector<const Finding*>& list, const std::string& evidence) -> const Finding* {
    for (const auto* f : list)
      if (f->evidence == evidence) return f;
    return nullptr;
  };
  REQUIRE(at(typos, "筹筹"));
  CHECK(at(typos, "筹筹")->location == Location{125, 11});
  REQUIRE(at(typos, "驻驻"));
  CHECK(at(typos, "驻驻")->location.line == 143);
  for (const char* real : {"人人", "县县", "乡乡", "村村", "常常", "市市"}) CHECK_MESSAGE(!at(typos, real), real);

  const auto abbreviations = of_rule(findings, "consistency.abbreviation");
  REQUIRE(abbreviations.size() == 1);
  CHECK(abbreviations[0]->evidence == "RECP");
  CHECK(abbreviations[0]->location.line == 403);

  const auto mixed = of_rule(findings, "format.numbering-mixed-width");
  const bool report_list =
      std::any_of(mixed.begin(), mixed.end(), [](const Finding* f) { return f->location.line == 189; });
  CHECK(report_list);  // （二） among (一) (三)…(七) in the work report's 三、

  CHECK(of_rule(findings, "consistency.complement").empty());  // the 30 % / 70 % pair of clause 二十七
  CHECK(of_rule(findings, "format.doc-number-brackets").empty());
  CHECK(of_rule(findings, "format.doc-number-year").empty());
  CHECK(of_rule(findings, "format.doc-number-sequence").empty());
}

TEST_CASE("the rules of one file spread over several threads find what one thread finds, in the same order") {
  RunSettings settings;
  settings.as_of = *grammar::parse_iso_date("2024-01-01");
  const ParsedFile file =
      parse::parse_path(std::string(CLAUSECHECK_SOURCE_DIR) + "/examples/zhumadian-gazette-2023-02.txt");
  const auto rules = all_rules(builtin_packs());
  const auto found = [&](unsigned lanes) {
    RuleRun run(rules, settings,
                [&file](const TextCount& count, const TextMerge& merge) { merge(count(file.source->text())); });
    run.add(run.check(file, lanes));
    std::vector<std::string> out;
    for (const Finding& f : run.finish())
      out.push_back(f.rule + ":" + std::to_string(f.location.line) + ":" + std::to_string(f.location.column) + " " +
                    f.message);
    return out;
  };
  const auto one = found(1);
  REQUIRE(one.size() > 10);  // typos, consistency, format and validity findings
  for (unsigned lanes : {2U, 3U, 8U}) CHECK(found(lanes) == one);
}

TEST_CASE("on the seed as of 2026-11-28: 驻政〔2023〕9号 has expired, reported once for the notice and its 措施") {
  const auto findings = check_file("examples/zhumadian-gazette-2023-02.txt", "2026-11-28");
  std::size_t document_expired = 0;
  for (const auto* f : of_rule(findings, "validity.expired"))
    if (f->evidence == "有效期一年") {
      ++document_expired;
      CHECK(f->location == Location{641, 13});
      CHECK(f->message.find("2024-03-03") != std::string::npos);
    }
  CHECK(document_expired == 1);
  const auto document_findings = [&](const char* as_of) {
    const auto all = check_file("examples/zhumadian-gazette-2023-02.txt", as_of);
    const auto expired = of_rule(all, "validity.expired");
    return std::count_if(expired.begin(), expired.end(), [](const Finding* f) { return f->evidence == "有效期一年"; });
  };
  CHECK(document_findings("2024-03-03") == 0);  // its last day in force
  CHECK(document_findings("2024-03-04") == 1);
  CHECK(of_rule(check_file("examples/zhumadian-gazette-2023-02.txt", "2024-01-01"), "validity.expiring").size() >= 1);
}

TEST_CASE("each broken draft fires exactly the rule it was made for, at the right place") {
  struct Case {
    const char* file;
    const char* rule;
    Location where;
  };
  const Case cases[] = {
      {"examples/drafts/wrong-brackets.txt", "format.doc-number-brackets", {3, 1}},
      {"examples/drafts/two-digit-year.txt", "format.doc-number-year", {3, 1}},
      {"examples/drafts/numbering-gap.txt", "format.numbering-gap", {11, 1}},
      {"examples/drafts/trial-three-years.txt", "validity.trial-over-cap", {15, 18}},
      {"examples/drafts/complement-30-60.txt", "consistency.complement", {7, 63}},
      {"examples/drafts/effective-before-signing.txt", "validity.effective-before-signed", {11, 4}},
  };
  for (const auto& c : cases) {
    const auto findings = check_file(c.file);
    CAPTURE(c.file);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule == c.rule);
    CHECK(findings[0].location == c.where);
  }
}

TEST_CASE("a finding's end is where its evidence ends, so SARIF regions and annotations have an end column") {
  const auto findings = check_file("examples/drafts/wrong-brackets.txt");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].evidence == "驻政[2023]9号");
  REQUIRE(findings[0].end);
  CHECK(*findings[0].end == Location{3, 11});  // 10 code points from column 1
}

TEST_CASE("a finding carries the line around its evidence, cut to a few characters, for text output") {
  const auto findings = check_file("examples/zhumadian-gazette-2023-02.txt");
  const auto typos = of_rule(findings, "typos.repeated-char");
  REQUIRE(typos.size() == 2);
  const Finding& zhu = *typos[1];  // 驻驻 at 143:290, deep in a long line
  CHECK(zhu.evidence == "驻驻");
  CHECK(zhu.before == "…业者，向离退休老领导、老同志，向");
  CHECK(zhu.after == "部队指战员、武警官兵，向所有关心…");
  const auto brackets = check_file("examples/drafts/wrong-brackets.txt");
  REQUIRE(brackets.size() == 1);
  CHECK(brackets[0].before.empty());  // the number is a line of its own
  CHECK(brackets[0].after.empty());
}

TEST_CASE("one defect, one finding: a validity a notice and its attachment both read is reported once") {
  // The 办法 a notice carries states 有效期6年; the notice and the 办法 both read it.
  const auto findings = check_file("tests/data/precision/written-02.txt", "2024-06-01");
  const auto over = of_rule(findings, "validity.over-cap");
  REQUIRE(over.size() == 1);
  CHECK(over[0]->location.line == 35);
}

TEST_CASE("one defect, one finding: a subject given differing figures in three clauses is one finding naming all") {
  std::vector<ParsedFile> files;
  files.push_back(parse::parse_source(std::make_shared<const SourceText>(
      "figures.txt",
      "驻马店市人民政府关于测试工作的通知\n\n驻政〔2024〕3号\n\n各县区人民政府：\n\n"
      "一、城市生活垃圾回收利用率不低于30%。\n\n二、城市生活垃圾回收利用率不低于35%。\n\n"
      "三、城市生活垃圾回收利用率不低于40%。\n\n2024年3月1日\n")));
  RunSettings settings;
  settings.as_of = *grammar::parse_iso_date("2024-06-01");
  const auto findings = run_rules(all_rules(builtin_packs()), files, settings);
  const auto figure = of_rule(findings, "consistency.figure");
  REQUIRE(figure.size() == 1);
  CHECK(figure[0]->location.line == 9);  // the first figure that differs
  REQUIRE(figure[0]->related.size() == 2);
  CHECK(figure[0]->related[0].location.line == 7);  // the first figure
  CHECK(figure[0]->related[1].location.line == 11);
}

// Every built-in rule speaks both languages (docs/rules.md, "Languages"): its
// English message is its own (no Chinese of its own: what Chinese an English
// finding shows is the document's, through a placeholder) and names the same
// placeholders as the Chinese one, so both show the same figures.
TEST_CASE("every built-in rule has its message in both languages, with the same placeholders") {
  std::vector<RuleMeta> zh;
  std::vector<RuleMeta> en;
  {
    const InLanguage chinese(Lang::zh);
    for (const Rule& rule : diff::builtin_changes_pack().rules) zh.push_back(rule.meta);
    for (const Pack& pack : builtin_packs())
      for (const Rule& rule : pack.rules) zh.push_back(rule.meta);
  }
  {
    const InLanguage english(Lang::en);
    for (const Rule& rule : diff::builtin_changes_pack().rules) en.push_back(rule.meta);
    for (const Pack& pack : builtin_packs())
      for (const Rule& rule : pack.rules) en.push_back(rule.meta);
  }
  REQUIRE(zh.size() == en.size());
  CHECK(zh.size() >= 36);
  for (std::size_t i = 0; i < zh.size(); ++i) {
    CAPTURE(en[i].id);
    CHECK(zh[i].id == en[i].id);
    CHECK(text::holds_cjk(zh[i].message));
    CHECK(!text::holds_cjk(en[i].message));
    auto zh_names = placeholders(zh[i].message);
    auto en_names = placeholders(en[i].message);
    std::sort(zh_names.begin(), zh_names.end());
    std::sort(en_names.begin(), en_names.end());
    CHECK(zh_names == en_names);
  }
}

namespace {
// A message template as a regular expression: each {placeholder} any text.
std::regex filled(const std::string& message) {
  static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
  static const std::regex hole(R"(\\\{[a-z_.\\]+\\\})");
  return std::regex(std::regex_replace(std::regex_replace(message, special, R"(\$&)"), hole, ".*"));
}
}  // namespace

TEST_CASE("an English run's findings are the rules' English messages, filled; the placeholders it fills are English") {
  const InLanguage english(Lang::en);
  std::map<std::string, std::string> message_of;
  for (const Rule& rule : all_rules(builtin_packs())) message_of[rule.meta.id] = rule.meta.message;
  const std::vector<Finding> findings = check_file("examples/zhumadian-gazette-2023-02.txt", "2026-11-28");
  REQUIRE(!of_rule(findings, "validity.expired").empty());
  for (const Finding& f : findings) {
    CAPTURE(f.message);
    REQUIRE(message_of.count(f.rule) == 1);
    CHECK(std::regex_match(f.message, filled(message_of[f.rule])));
  }
  for (const Finding* f : of_rule(findings, "validity.expired")) {
    CAPTURE(f->message);
    CHECK((f->message.find(": the document lapsed on ") != std::string::npos ||
           f->message.find("” reached the end of its term on ") != std::string::npos));
  }
}
