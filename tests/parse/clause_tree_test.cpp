#include <doctest/doctest.h>

#include "parse_text.hpp"

using namespace clausecheck;

TEST_CASE("numbering styles nest by style, not by position") {
  const auto file = parse_text(
      "某市人民政府关于做好某项工作的通知\n\n某政〔2024〕1号\n\n各县区人民政府：\n\n为做好工作，通知如下。\n\n"
      "一、总体要求\n\n（一）基本思路。坚持稳中求进。\n\n1.第一点。内容一。\n\n2.第二点\n\n（二）主要目标\n\n"
      "二、保障措施。加强领导。\n\n本通知自印发之日起施行。\n\n2024年1月2日\n");
  REQUIRE(file.documents.size() == 1);
  const Document& d = file.documents[0];
  CHECK(d.number->raw == "某政〔2024〕1号");
  CHECK(d.signed_date->iso() == "2024-01-02");
  CHECK(d.addressees == std::vector<std::string>{"各县区人民政府"});
  REQUIRE(d.preamble.size() == 1);
  REQUIRE(d.clauses.size() == 2);
  const Clause& one = d.clauses[0];
  CHECK(one.heading == "总体要求");
  REQUIRE(one.children.size() == 2);
  CHECK(one.children[0].heading == "基本思路");
  CHECK(one.children[0].text() == "坚持稳中求进。");
  REQUIRE(one.children[0].children.size() == 2);
  CHECK(one.children[0].children[1].heading == "第二点");
  CHECK(one.children[0].children[1].level == 3);
  CHECK(one.children[1].number.label == "（二）");
  CHECK(d.clauses[1].heading == "保障措施");
  CHECK(d.clauses[1].text() == "加强领导。");
  REQUIRE(d.closing.size() == 1);
  CHECK(d.closing[0].text == "本通知自印发之日起施行。");
}

TEST_CASE("a statute's 款 stay with their article and items nest below it") {
  const auto file = parse_text(
      "# 某某条例\n\n<!-- INFO END -->\n\n## 第一章 总 则\n\n第一条 为了规范管理，制定本条例。\n\n"
      "本条例所称管理，是指下列活动：\n\n（一）登记；\n\n（二）备案。\n\n第二条 本条例自2020年1月1日起施行。\n",
      "law.md");
  REQUIRE(file.documents.size() == 1);
  const Document& d = file.documents[0];
  CHECK(d.title == "某某条例");
  CHECK(d.type == "条例");
  REQUIRE(d.clauses.size() == 1);
  const Clause& chapter = d.clauses[0];
  CHECK(chapter.heading == "总则");
  REQUIRE(chapter.children.size() == 2);
  const Clause& art1 = chapter.children[0];
  CHECK(art1.number.label == "第一条");
  REQUIRE(art1.body.size() == 2);
  CHECK(art1.body[1].text == "本条例所称管理，是指下列活动：");
  CHECK(art1.children.size() == 2);
  CHECK(chapter.children[1].text() == "本条例自2020年1月1日起施行。");
  CHECK(d.closing.empty());
}

TEST_CASE("an article's own items under a section numbered in the same style are the article's") {
  // As 最高人民法院关于适用《民法典》有关担保制度的解释 is laid out: 三、 > （一） sections > 第N条 > （一） items.
  const auto file = parse_text(
      "# 某某解释\n\n<!-- INFO END -->\n\n## 三、关于担保物权\n\n（一）担保合同与担保物权的效力\n\n"
      "第四十四条 主债权诉讼时效期间届满后的处理。\n\n第四十五条 当事人申请拍卖、变卖担保财产的，分别处理：\n\n"
      "（一）无实质性争议的，裁定准许；\n\n（二）有部分实质性争议的，就无争议部分裁定准许；\n\n"
      "（三）有实质性争议的，裁定驳回。\n\n（二）不动产抵押\n\n第四十六条 "
      "不动产抵押合同生效后未办理抵押登记手续的处理。\n",
      "law.md");
  REQUIRE(file.documents.size() == 1);
  REQUIRE(file.documents[0].clauses.size() == 1);
  const Clause& three = file.documents[0].clauses[0];
  REQUIRE(three.children.size() == 2);  // the sections （一） and （二）, nothing else
  const Clause& first = three.children[0];
  CHECK(first.heading == "担保合同与担保物权的效力");
  REQUIRE(first.children.size() == 2);
  const Clause& art45 = first.children[1];
  CHECK(art45.number.label == "第四十五条");
  REQUIRE(art45.children.size() == 3);
  CHECK(art45.children[2].number.label == "（三）");
  CHECK(three.children[1].heading == "不动产抵押");
  REQUIRE(three.children[1].children.size() == 1);
  CHECK(three.children[1].children[0].number.label == "第四十六条");
}

TEST_CASE("a list restarting at （一） outside an article stays a sibling, a duplicate to report") {
  const auto file = parse_text(
      "某市人民政府关于做好某项工作的通知\n\n某政〔2024〕1号\n\n各县区人民政府：\n\n"
      "一、总体要求\n\n（一）基本思路\n\n1.第一点\n\n（一）主要目标\n\n二、保障措施\n\n2024年1月2日\n");
  REQUIRE(file.documents.size() == 1);
  const Clause& one = file.documents[0].clauses.at(0);
  REQUIRE(one.children.size() == 2);
  CHECK(one.children[1].number.label == "（一）");
  CHECK(one.children[0].children.size() == 1);
}

TEST_CASE("a notice that carries a document: attachment after the signing date, closing back to the notice") {
  const auto file = parse_text(
      "某市人民政府关于印发某市若干措施的通知\n\n某政〔2024〕2号\n\n各县区人民政府：\n\n"
      "《某市若干措施》已经研究通过，现印发给你们。\n\n2024年3月4日\n\n某市若干措施\n\n为了发展，制定如下措施。\n\n"
      "一、降低比例。比例不超过2%。\n\n二、提高效率。\n\n本通知自发布之日起实施，有效期一年。\n");
  REQUIRE(file.documents.size() == 1);
  const Document& notice = file.documents[0];
  CHECK(notice.clauses.empty());
  REQUIRE(notice.attachments.size() == 1);
  const Document& measures = notice.attachments[0];
  CHECK(measures.title == "某市若干措施");
  CHECK(measures.type == "措施");
  CHECK(measures.issuer == "某市人民政府");
  CHECK(measures.clauses.size() == 2);
  CHECK(measures.closing.empty());
  REQUIRE(notice.closing.size() == 1);
  CHECK(notice.closing[0].text == "本通知自发布之日起实施，有效期一年。");
}

TEST_CASE("clause spans point at the clause number in the file") {
  const std::string text = "标题的通知\n\n某政〔2024〕3号\n\n一、第一项。\n\n二、第二项。\n";
  const auto file = parse_text(text);
  REQUIRE(file.documents.at(0).clauses.size() == 2);
  const Clause& two = file.documents[0].clauses[1];
  CHECK(file.source->locate(two.span.begin) == Location{7, 1});
  CHECK(text.substr(two.span.begin, two.span.end - two.span.begin) == "二、第二项。");
}

TEST_CASE(
    "a short numbered closing statement is no heading; a bracketed article heading is; the record closes articles") {
  const auto file = parse_text(
      "某市人民政府关于做好某项工作的通知\n\n某政〔2024〕1号\n\n各县区人民政府：\n\n一、加强领导。\n\n"
      "二、本通知自2024年2月1日起执行。\n\n某市人民政府\n\n2024年1月2日\n\n某市措施\n\n第一条（目的和依据）为了规范管理"
      "，制定本措施。\n\n"
      "第二条（附则）本措施自2024年3月1日起施行。\n\n抄送：市委办公室。\n\n某市人民政府办公室秘书处 "
      "2024年1月3日印发\n");
  REQUIRE(file.documents.size() == 1);
  const Document& d = file.documents[0];
  REQUIRE(d.clauses.size() == 2);
  CHECK(d.clauses[0].heading == "加强领导");
  CHECK(d.clauses[1].heading.empty());
  CHECK(d.clauses[1].text().starts_with("本通知自2024年2月1日起执行。"));
  REQUIRE(d.attachments.size() == 1);
  const Document& a = d.attachments[0];
  REQUIRE(a.clauses.size() == 2);
  CHECK(a.clauses[0].heading == "目的和依据");
  CHECK(a.clauses[0].text() == "为了规范管理，制定本措施。");
  CHECK(a.clauses[1].heading == "附则");
  CHECK(a.clauses[1].text() == "本措施自2024年3月1日起施行。");
  REQUIRE(a.closing.size() == 2);
  CHECK(a.closing[1].text == "某市人民政府办公室秘书处 2024年1月3日印发");
}
