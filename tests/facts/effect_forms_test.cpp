// The effect and validity forms of issue 10 item 3 that real notices and 令
// print: 施行日期为…, 自…之日起30日后施行, a date before its verb without 起,
// 有效期限 and 试行期限, and a 令's text whose sentence begins with the
// measure's title.
#include <doctest/doctest.h>

#include "facts_helpers.hpp"

using namespace clausecheck;
using namespace clausecheck::test;

TEST_CASE("施行日期为 and a date right before its verb are effect statements") {
  for (const char* text :
       {"本办法施行日期为2024年3月1日。", "本条例自2024年3月1日施行。", "施行日期：2024年3月1日。"}) {
    CAPTURE(text);
    const ParsedFile file = extract_clauses({kMiddle, text});
    const auto e = of<facts::Effective>(file.documents.at(0).facts);
    REQUIRE(e.size() == 1);
    CHECK(e[0].rule == facts::Effective::Rule::on_date);
    CHECK(e[0].date == d(2024, 3, 1));
  }
  // A period is no effect statement.
  CHECK(of<facts::Effective>(
            extract_clauses({kMiddle, "自2024年3月1日至2024年12月31日，免收费用。"}).documents.at(0).facts)
            .empty());
}

TEST_CASE("自印发之日起30日后施行 keeps its delay") {
  const ParsedFile file = extract_clauses({kMiddle, "本意见自印发之日起30日后施行，有效期3年。"});
  const auto e = of<facts::Effective>(file.documents.at(0).facts);
  REQUIRE(e.size() == 1);
  CHECK(e[0].rule == facts::Effective::Rule::on_issue);
  REQUIRE(e[0].after);
  CHECK(*e[0].after == DurationValue{0, 0, 30, 0});
  CHECK(of<facts::Validity>(file.documents.at(0).facts).size() == 1);
  // The 30日 inside the statement is no duration of its own.
  CHECK(of<facts::Duration>(file.documents.at(0).facts).empty());
}

TEST_CASE("有效期限 and 试行期限 are validity statements; a licence's stays with its clause") {
  const ParsedFile file =
      extract_clauses({"从业登记证明的有效期限为三年。", "本办法自2024年6月1日起试行，试行期限为两年。"});
  const Document& doc = file.documents.at(0);
  const auto own = of<facts::Validity>(doc.facts);
  REQUIRE(own.size() == 1);
  CHECK(own[0].duration == DurationValue{2, 0, 0, 0});
  CHECK(own[0].trial);
  CHECK(own[0].subject == "本办法");
  const auto licence = of<facts::Validity>(doc.clauses.at(0).facts);
  REQUIRE(licence.size() == 1);
  CHECK(licence[0].scope == facts::Scope::clause);
  CHECK(licence[0].subject == "从业登记证明");
  CHECK(doc.trial);
}

TEST_CASE("a 令's sentence that begins with the measure's title speaks of the document") {
  const ParsedFile file =
      extract_clauses({"《天津市电动自行车管理规定》已于2023年12月20日经市人民政府常务会议通过，现予公布，施行日期为202"
                       "4年3月1日，有效期5年。",
                       kMiddle});
  const auto e = of<facts::Effective>(file.documents.at(0).facts);
  REQUIRE(e.size() == 1);
  CHECK(e[0].subject == "《天津市电动自行车管理规定》已于2023年12月20日经市人民政府常务会议通过");
  const auto v = of<facts::Validity>(file.documents.at(0).facts);
  REQUIRE(v.size() == 1);  // after the effect statement in its sentence: its owner
  CHECK(v[0].scope == facts::Scope::document);
  // A licence's title in 《》 names no document.
  const ParsedFile licence = extract_clauses({"《药品生产许可证》换发工作已经部署，自2024年1月1日起施行。", kMiddle});
  CHECK(of<facts::Effective>(licence.documents.at(0).facts).empty());
  CHECK(of<facts::Effective>(licence.documents.at(0).clauses.at(0).facts).size() == 1);
}

TEST_CASE("a validity without a subject after an effect statement in its sentence has its owner") {
  const ParsedFile file = extract_clauses({"新标准自2024年1月1日起执行，有效期三年。", kMiddle});
  const Document& doc = file.documents.at(0);
  CHECK(of<facts::Validity>(doc.facts).empty());
  const auto v = of<facts::Validity>(doc.clauses.at(0).facts);
  REQUIRE(v.size() == 1);
  CHECK(v[0].subject == "新标准");
}
