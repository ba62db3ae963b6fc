// The kind of legal document (parse/document_kind.hpp) from the lines real
// documents print: the laws corpus's adoption lines, a 令's number, a 文号.
#include <doctest/doctest.h>

#include <string>

#include "parse/document_kind.hpp"
#include "parse_text.hpp"

using namespace clausecheck;

namespace {

// The kind of the first document of a law file in the laws corpus's Markdown form.
std::string law_kind(const std::string& title, const std::string& adoption_lines) {
  const ParsedFile file = parse_text("# " + title + "\n\n" + adoption_lines +
                                         "\n\n<!-- INFO END -->\n\n"
                                         "第一条 为了规范管理，制定本规定。\n\n第二条 本规定自公布之日起施行。\n",
                                     "law.md");
  REQUIRE_FALSE(file.documents.empty());
  return file.documents.front().kind;
}

}  // namespace

TEST_CASE("a statute's adoption lines say its kind") {
  CHECK(law_kind("中华人民共和国行政复议法", "1999年4月29日 第九届全国人民代表大会常务委员会第九次会议通过") == "法律");
  CHECK(law_kind("上海市会展业条例", "2020年3月19日 上海市第十五届人民代表大会常务委员会第十八次会议通过") ==
        "地方性法规");
  CHECK(law_kind("最高人民法院关于审理银行卡民事纠纷案件若干问题的规定",
                 "2019年12月2日 最高人民法院审判委员会第1785次会议通过\n\n2021年5月25日 施行") == "司法解释");
  CHECK(law_kind("海关关衔标志式样和佩带办法",
                 "2003年7月8日 国务院第14次常务会议通过\n\n2003年7月15日 中华人民共和国国务院令第384号公布") ==
        "行政法规");
  // The State Council approves, a ministry publishes: a 行政法规 in the national database.
  CHECK(law_kind("中国公民收养子女登记办法", "1999年5月12日 国务院批准\n\n1999年5月25日 民政部令第14号发布") ==
        "行政法规");
  CHECK(law_kind("公安机关办理刑事案件程序规定", "2012年12月13日 公安部令第127号修订发布") == "规章");
  CHECK(law_kind("企业职工带薪年休假实施办法", "2008年7月17日 经人力资源和社会保障部第6次部务会议通过") == "规章");
}

TEST_CASE("without adoption lines: the title, the number, the 令") {
  CHECK(law_kind("城市公共交通条例", "") == "行政法规");  // 城市 names no place
  CHECK(law_kind("洛阳市历史文化名城保护条例", "") == "地方性法规");
  CHECK(law_kind("上海市人民代表大会关于代表议案的规定", "") == "地方性法规");
  CHECK(law_kind("中华人民共和国宪法", "") == "宪法");
  CHECK(law_kind("国务院关于科学技术拨款管理的暂行规定", "") == "行政法规");  // no 文号: the State Council's own
  const ParsedFile decree =
      parse::parse_path(CLAUSECHECK_SOURCE_DIR "/tests/data/documents/changsha-decree-publication.txt");
  REQUIRE_FALSE(decree.documents.empty());
  CHECK(decree.documents.front().kind == "规章");  // 长沙市人民政府令第158号
  CHECK(law_kind("药品进口管理办法", "2003年8月18日 食品药品监管局、海关总署第4号令公布") == "规章");
}

TEST_CASE("articles without a 文号, a 主送机关 or a signing date: a statute printed without its adoption lines") {
  // The laws corpus prints some statutes so (上海市企业名称登记管理规定, 公安机关适用继续盘问规定).
  CHECK(law_kind("公安机关适用继续盘问规定", "") == "规章");
  CHECK(law_kind("上海市授予荣誉市民称号规定", "") == "地方性法规");
  // Items, not articles, and a lead-in that announces them (作如下规定：, no 主送机关): the level is not written.
  const ParsedFile old_rules = parse_text(
      "# 高等教育管理职责暂行规定\n\n<!-- INFO END -->\n\n为了加强宏观管理，现就管理职责作如下规定：\n\n"
      "一、国家教育委员会主管全国高等教育工作。\n\n二、本规定自发布之日起施行。\n",
      "law.md");
  REQUIRE_FALSE(old_rules.documents.empty());
  CHECK(old_rules.documents.front().addressees.empty());
  CHECK(old_rules.documents.front().kind == "其他");
  // A numbered or signed one is an administrative organ's.
  const ParsedFile signed_measure = parse_text(
      "测试管理办法\n\n第一条 为了规范管理，制定本办法。\n\n第二条 本办法自印发之日起施行。\n\n2023年3月4日\n");
  REQUIRE_FALSE(signed_measure.documents.empty());
  CHECK(signed_measure.documents.front().kind == "行政规范性文件");
}

TEST_CASE("a notice with its 文号, and the measure it carries, are 行政规范性文件; so is a draft not yet numbered") {
  const ParsedFile notice = parse_text(
      "驻马店市人民政府关于印发驻马店市测试管理办法的通知\n\n驻政〔2023〕9号\n\n各县区人民政府：\n\n"
      "现将《驻马店市测试管理办法》印发给你们，请认真贯彻执行。\n\n2023年3月4日\n\n"
      "驻马店市测试管理办法\n\n第一条 为了规范管理，制定本办法。\n\n第二条 本办法自印发之日起施行，有效期五年。\n");
  REQUIRE_FALSE(notice.documents.empty());
  CHECK(notice.documents.front().kind == "行政规范性文件");
  for (const Document& a : notice.documents.front().attachments) CHECK(a.kind == "行政规范性文件");
  const ParsedFile draft = parse_text(
      "驻马店市测试管理办法（征求意见稿）\n\n第一条 为了规范管理，制定本办法。\n\n第二条 本办法自印发之日起施行。\n");
  REQUIRE_FALSE(draft.documents.empty());
  CHECK(draft.documents.front().kind == "行政规范性文件");
}

TEST_CASE("a statute's adoption date is its earliest adoption line's, and ends no term it sets") {
  const ParsedFile file = parse_text(
      "# 测试市确定土地权属条例\n\n"
      "2010年8月27日 测试市第十三届人民代表大会常务委员会第十三次会议通过修正\n\n"
      "1994年9月2日 测试市第十届人民代表大会常务委员会第四次会议通过\n\n<!-- INFO END -->\n\n"
      "第一条 农民宅基地按下列规定确认土地使用权：\n\n"
      "（一）1982年7月底前划定宅基地，按规定的标准调整后的面积确认土地使用权；\n\n"
      "（二）1995年底前划定宅基地，按规定的标准调整后的面积确认土地使用权。\n",
      "law.md");
  REQUIRE_FALSE(file.documents.empty());
  const Document& doc = file.documents.front();
  const auto adopted = parse::adoption_date(doc);
  REQUIRE(adopted);
  CHECK(*adopted == *make_date(1994, 9, 2));
  // 1982 ended before the adoption: it says which plots qualify; 1995 could be a term the 条例 sets.
  REQUIRE(doc.clauses.size() == 1);
  REQUIRE(doc.clauses[0].children.size() == 2);
  const auto role = [](const Clause& c) {
    for (const Fact& f : c.facts)
      if (const auto* d = std::get_if<facts::Deadline>(&f.value)) return std::string(role_name(d->role));
    return std::string("none");
  };
  CHECK(role(doc.clauses[0].children[0]) == "history");
  CHECK(role(doc.clauses[0].children[1]) == "term");
  // A notice has no adoption lines.
  CHECK_FALSE(parse::adoption_date(parse_text("测试通知\n\n驻政〔2023〕1号\n\n一、加强管理。\n").documents.front()));
}
