// Whose a validity or effect statement is, what each date means, and the
// effect forms (issue 10 items 1–3; docs/facts.md). The sentences are real:
// the laws are cited by article, the notices are in the form of the seed's.
#include <doctest/doctest.h>

#include "facts_helpers.hpp"

using namespace clausecheck;
using namespace clausecheck::test;

TEST_CASE("a licence's period stays with its clause and its subject; the document's own goes to the document") {
  using enum facts::Scope;
  struct Case {
    std::string text;
    facts::Scope scope;
    std::string subject;
  };
  const std::vector<Case> cases = {
      {"本措施自2023年1月1日起施行，有效期五年。", document, "本措施"},
      {"本办法有效期至2025年12月31日。", document, "本办法"},
      {"本实施细则自印发之日起施行，有效期3年。", document, "本实施细则"},
      {"上述政策措施自2023年1月1日起执行，有效期至2025年12月31日。", document, "上述政策措施"},
      {"自2023年1月1日起施行，有效期至2025年12月31日。", document, ""},  // the effect statement heads the sentence
      {"证书有效期为三年。", clause, "证书"},
      {"注册商标的有效期为十年，自核准注册之日起计算。", clause, "注册商标"},  // 商标法 第三十九条
      {"十六周岁以上公民的居民身份证的有效期为十年、二十年、长期。", clause,
       "十六周岁以上公民的居民身份证"},  // 居民身份证法 第五条
      {"机动车驾驶证的有效期为6年，本条例另有规定的除外。", clause,
       "机动车驾驶证"},  // 道路交通安全法实施条例 第二十二条
      {"食品生产许可证、食品流通许可证和餐饮服务许可证的有效期为3年。", clause,
       "食品生产许可证、食品流通许可证和餐饮服务许可证"},                        // 北京市食品安全条例
      {"进口种畜禽的批准文件有效期为六个月。", clause, "进口种畜禽的批准文件"},  // 畜牧法
      {"经认定的企业，资格有效期三年。", clause, "资格"},
      {"有效期三年。", clause, ""},  // in the middle of the text, with no subject: not the document's
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    // In a middle clause, so that only the words decide.
    const ParsedFile file = extract_clauses({c.text, kMiddle});
    const Document& doc = file.documents.at(0);
    const auto& where = c.scope == document ? doc.facts : doc.clauses.at(0).facts;
    const auto& other = c.scope == document ? doc.clauses.at(0).facts : doc.facts;
    const auto v = of<facts::Validity>(where);
    REQUIRE(v.size() == 1);
    CHECK(v[0].scope == c.scope);
    CHECK(v[0].subject == c.subject);
    CHECK(of<facts::Validity>(other).empty());
  }
}

TEST_CASE("a validity without a subject is the document's where the document closes: its last clause or 附则") {
  const ParsedFile file = extract_clauses({"证书有效期为三年。", "有效期五年。"});
  const Document& doc = file.documents.at(0);
  REQUIRE(of<facts::Validity>(doc.facts).size() == 1);
  CHECK(of<facts::Validity>(doc.facts)[0].duration == DurationValue{5, 0, 0, 0});
  CHECK(of<facts::Validity>(doc.clauses.at(0).facts)[0].subject == "证书");
}

TEST_CASE("a clause's validity restates no duration nor deadline of its own") {
  const ParsedFile file = extract_clauses({"许可证有效期至2025年12月31日。", kMiddle});
  const auto& facts = file.documents.at(0).clauses.at(0).facts;
  CHECK(of<facts::Validity>(facts).size() == 1);
  CHECK(of<facts::Deadline>(facts).empty());
  CHECK(of<facts::Duration>(facts).empty());
}

TEST_CASE("effect forms: 施行, 执行, 实行, 试行, 生效; 之日起; on publication, issue or a date") {
  using Rule = facts::Effective::Rule;
  struct Case {
    std::string text;
    Rule rule;
    std::optional<Date> date;
    bool trial;
  };
  const std::vector<Case> cases = {
      {"本办法自2023年5月1日起施行。", Rule::on_date, d(2023, 5, 1), false},
      {"本通知自2023年5月1日起执行。", Rule::on_date, d(2023, 5, 1), false},
      {"本规定自2024年1月1日起实行。", Rule::on_date, d(2024, 1, 1), false},
      {"本办法自2024年1月1日起试行，试行期两年。", Rule::on_date, d(2024, 1, 1), true},
      {"本规定自公布之日起试行。", Rule::on_publication, std::nullopt, true},  // a 北京 regulation's last article
      {"本措施自2023年6月1日之日起施行。", Rule::on_date, d(2023, 6, 1), false},
      {"本规定自公布之日起生效。", Rule::on_publication, std::nullopt, false},
      {"本通知自印发之日起施行。", Rule::on_issue, std::nullopt, false},
      {"本办法自发布之日起实施。", Rule::on_publication, std::nullopt, false},
      // Normative forms that are no 公文 type name their document too (国家粮食应急预案 7.3; 人体损伤程度鉴定标准).
      {"本预案自印发之日起实施。", Rule::on_issue, std::nullopt, false},
      {"本标准自2014年1月1日起施行。", Rule::on_date, d(2014, 1, 1), false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const ParsedFile file = extract_clauses({kMiddle, c.text});
    const auto e = of<facts::Effective>(file.documents.at(0).facts);
    REQUIRE(e.size() == 1);
    CHECK(e[0].rule == c.rule);
    CHECK(e[0].date == c.date);
    CHECK(e[0].trial == c.trial);
    CHECK(e[0].scope == facts::Scope::document);
    // 试行 in the effect statement makes the document a trial whatever its title says.
    CHECK(file.documents.at(0).trial == c.trial);
  }
}

TEST_CASE("an effective date that does not exist is kept without a day, and reported") {
  const ParsedFile file = extract_clauses({kMiddle, "本办法自2023年2月30日起施行。"});
  const auto e = of<facts::Effective>(file.documents.at(0).facts);
  REQUIRE(e.size() == 1);
  CHECK(e[0].rule == facts::Effective::Rule::on_date);
  CHECK_FALSE(e[0].date);
  REQUIRE(file.diagnostics.size() == 1);
  CHECK(file.diagnostics[0].code == "invalid-date");
  CHECK(file.diagnostics[0].message.find("2023年2月30日") != std::string::npos);
}

TEST_CASE("the roles of dates") {
  using enum facts::DateRole;
  struct Case {
    std::string text;
    std::string date_text;
    facts::DateRole role;
  };
  const std::vector<Case> cases = {
      {"2023年12月31日前，房地产企业可申请分期缴纳。", "2023年12月31日前", term},
      {"自2023年1月1日至2023年12月31日，对出售自有住房的纳税人予以退税优惠。", "自2023年1月1日至2023年12月31日", term},
      {"本办法自2023年5月1日起施行。", "自2023年5月1日起", effective},
      {"到2025年，服务业增加值年均增长9%左右。", "到2025年", goal},
      {"1937年7月6日以前参加革命工作的，", "1937年7月6日以前", condition},  // who may retire as 离休
      {"2011年4月30日以前犯罪的，", "2011年4月30日以前",
       condition},  // 最高人民法院关于《刑法修正案(八)》时间效力问题的解释
      {"对2022年12月31日前登记注册的企业，", "2022年12月31日前", condition},
      {"2022年12月31日前登记注册的企业可以申请。", "2022年12月31日前", condition},
      {"曾于2015年获得省级表彰。", "2015年", history},
      {"自2015年以来，全市累计投入资金。", "2015年", history},
      {"每年1月31日前报送上一年度实施情况。", "每年1月31日前", reporting},
      {"各县区于2023年6月30日前将工作总结报送市发改委。", "2023年6月30日前", reporting},
      {"各地于每年3月31日前上报。", "每年3月31日前", reporting},
      // A statute's case, closed by 的，: the date bounds whom the norm covers (最高人民法院 解释 and 规定).
      {"2011年4月30日以前一人犯数罪，应当数罪并罚的，适用修正前刑法第六十九条的规定。", "2011年4月30日以前", condition},
      {"2013年1月1日前，利害关系人向人民法院申请诉前保全措施的，适用修改前的民事诉讼法。", "2013年1月1日前", condition},
      {"2023年6月30日前，企业应当提交申请，逾期未提交的，不予受理。", "2023年6月30日前", term},  // the task comes first
      {"被诉侵犯专利权行为发生在2009年10月1日以前且持续到2009年10月1日以后的，依据修改前的专利法。",
       "2009年10月1日以前", condition},
      {"借贷合同成立于2020年8月20日之前，当事人请求适用当时的司法解释的，人民法院应予支持。", "2020年8月20日之前",
       condition},
      {"前款规定的案件，2013年1月1日前依照修改前的民事诉讼法已经完成的程序事项，仍然有效。", "2013年1月1日前",
       condition},
      {"一九八三年三月一日以前，已经在管辖海域从事石油勘探开发的平台，应当申请检验。", "一九八三年三月一日以前",
       condition},
      {"摄影作品的保护期在2021年6月1日前已经届满的，不再保护。", "2021年6月1日前", condition},  // 著作权法 第六十五条
      {"1986年至1992年土地详查时期，土地权利人之间签订的界线核定书有效。", "1986年至1992年", history},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const ParsedFile file = extract_clauses({c.text, kMiddle});
    std::optional<facts::DateRole> found;
    for (const auto* list : {&file.documents.at(0).clauses.at(0).facts, &file.documents.at(0).facts})
      for (const Fact& f : *list) {
        if (f.text != c.date_text) continue;
        std::visit(
            [&](const auto& v) {
              if constexpr (requires { v.role; }) found = v.role;
            },
            f.value);
      }
    REQUIRE(found);
    CHECK(role_name(*found) == std::string(role_name(c.role)));
  }
}

TEST_CASE("a deadline to the month or the year names no last day: 2023年6月前 leaves 05-31") {
  const facts::Deadline month{d(2023, 6), false};
  CHECK(last_day(month) == std::chrono::year_month_day{std::chrono::year{2023} / 5 / 31});
  const facts::Deadline year{d(2023), false};
  CHECK(last_day(year) == std::chrono::year_month_day{std::chrono::year{2022} / 12 / 31});
  const facts::Deadline day{d(2023, 12, 31), true};
  CHECK(last_day(day) == std::chrono::year_month_day{std::chrono::year{2023} / 12 / 31});
  // As the facts read it: 前 after a month is not inclusive.
  const auto dl = of<facts::Deadline>(extract("2023年6月前完成").clause_facts());
  REQUIRE(dl.size() == 1);
  CHECK_FALSE(dl[0].inclusive);
}
