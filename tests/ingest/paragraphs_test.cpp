#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/paragraphs.hpp"
#include "ingest/read_source.hpp"
#include "text/code_points.hpp"

using namespace clausecheck;

namespace {
std::vector<std::string> texts(const std::string& input) {
  const SourceText source("t.txt", input);
  std::vector<std::string> out;
  for (const Paragraph& p : ingest::split_paragraphs(source)) out.push_back(p.text);
  return out;
}
using Texts = std::vector<std::string>;
}  // namespace

TEST_CASE("blank lines delimit paragraphs; lines of one block stay joined by \\n; blanks trimmed") {
  CHECK(texts("\n\n  关于印发\u3000\n 实施方案的通知 \n\n\u00A0\n正文。\u200B\n") ==
        Texts{"关于印发\n实施方案的通知", "正文。"});
}

TEST_CASE("a paragraph cut by a page break is rejoined without separator, even mid-word") {
  CHECK(texts("才能推动各项事业始终沿着正确的方向不断前进。最关\n\n键的是坚持产业兴市。\n") ==
        Texts{"才能推动各项事业始终沿着正确的方向不断前进。最关键的是坚持产业兴市。"});
  CHECK(texts("城镇化水平低，城乡差距较大，优\n\n质教育、医疗等公共服务供给不足。\n") ==
        Texts{"城镇化水平低，城乡差距较大，优质教育、医疗等公共服务供给不足。"});
}

TEST_CASE("a joined paragraph maps each piece back to its own line and column") {
  const SourceText source("t.txt", "说明：\n\n前文，最关\n\n键的是坚持，产业兴市。\n");
  const auto ps = ingest::split_paragraphs(source);
  REQUIRE(ps.size() == 2);
  const Paragraph& p = ps[1];
  CHECK(p.text == "前文，最关键的是坚持，产业兴市。");
  CHECK(source.locate(p.source_span().begin) == Location{3, 1});
  const auto jian = static_cast<std::uint32_t>(p.text.find("键"));
  CHECK(source.locate(p.source_offset(jian)) == Location{5, 1});
  CHECK(source.locate(p.source_offset(jian - 3)) == Location{3, 5});
  CHECK(source.locate(p.source_span().end) == Location{5, 12});
}

TEST_CASE("numbered headings without final punctuation are complete; a heading ending in a comma continues") {
  CHECK(texts("一、过去五年工作回顾\n\n刚刚过去的2022年，面对复杂严峻的经济形势。\n") ==
        Texts{"一、过去五年工作回顾", "刚刚过去的2022年，面对复杂严峻的经济形势。"});
  CHECK(texts("(一) 突出转型提质，建设现代化产业体系\n\n推动制造业做大做强。\n") ==
        Texts{"(一) 突出转型提质，建设现代化产业体系", "推动制造业做大做强。"});
  CHECK(texts("四、统筹推进新型城镇化和乡村振兴，\n\n促进城乡协调发展\n\n(十一) 增强区域中心城市辐射带动作用。\n") ==
        Texts{"四、统筹推进新型城镇化和乡村振兴，促进城乡协调发展", "(十一) 增强区域中心城市辐射带动作用。"});
}

TEST_CASE("a numbered paragraph holding a sentence end is body text and joins") {
  CHECK(texts("3.强化人才支撑。绘制重点产业人才图\n\n谱，利用“中原英才计划”等引进高层次人才。\n") ==
        Texts{"3.强化人才支撑。绘制重点产业人才图谱，利用“中原英才计划”等引进高层次人才。"});
}

TEST_CASE("a long numbered measure cut before its full stop joins") {
  CHECK(texts("二十五、合理设定房地产开发企业开发贷款抵押物，对抵押物按市场价进行评估，在风险可控的前提下，对超值抵押部"
              "分，采取抵押物置换、分期分批释放等方\n\n"
              "式释放抵押物超值部分，帮助企业纾困。\n")
            .size() == 1);
}

TEST_CASE("real paragraph ends are kept") {
  // sentence ends, colon, closing bracket of a responsibility list
  CHECK(texts("第一句。\n\n第二句，\n\n接着说。\n\n各位代表：\n\n现在，我代表市人民政府，\n\n（责任单位：市科技局）\n\n"
              "正文继续，\n") == Texts{"第一句。", "第二句，接着说。", "各位代表：",
                                       "现在，我代表市人民政府，（责任单位：市科技局）", "正文继续，"});
  CHECK(texts("加快建设，各县区政府）\n\n建立水安全保障体系。\n").size() == 2);
}

TEST_CASE("never join into a clause number, a document number, a date line or a title") {
  for (const char* next :
       {"一、总体要求", "（一）基本思路", "(二) 发展路径", "1.提升能级。", "2．提升能级。", "3、提升能级。",
        "（1）提升。", "第十条 本办法自发布之日起施行。", "第二章 附则", "驻政〔2023〕9号", "武政〔2005〕32 号",
        "2023年3月4日", "二〇二三年三月四日", "——2023年1月4日在大会上", "【市政府文件】"}) {
    CAPTURE(next);
    CHECK(texts(std::string("正文写到一半，没有写") + "\n\n" + next + "\n").size() == 2);
  }
  // A number that is part of the sentence is no clause number.
  CHECK(texts("推动通关，新建农村公路\n\n6221.5公里，改造户厕10万户。\n") ==
        Texts{"推动通关，新建农村公路6221.5公里，改造户厕10万户。"});
  CHECK(texts("积极申建中国，积极申建中国\n\n(河南)自由贸易试验区。\n").size() == 1);
}

TEST_CASE("title, name and masthead lines (no sentence punctuation) never join") {
  CHECK(texts("驻马店市加快推动现代服务业发展实施方案\n\n为深入落实决策部署，制定本实施方案。\n").size() == 2);
  CHECK(texts("通讯地址：河南省驻马店市开源大道56号\n\n邮政编码：463000\n").size() == 2);
}

TEST_CASE("three blank lines separate sections: no join across them") {
  CHECK(texts("正文写到一半，没有写\n\n\n\n完的内容。\n").size() == 2);
  CHECK(texts("正文写到一半，没有写\n\n完的内容。\n").size() == 1);
}

TEST_CASE("a fragment repeated across the page break is joined once") {
  // The doubled 区 is the artefact; 高新区管委会 occurs elsewhere in the file.
  CHECK(texts("（市城乡一体化示范区、高新区管委会）\n\n工作，市城乡一体化示范区、经济开发区、高新区\n\n区管委会)\n") ==
        Texts{"（市城乡一体化示范区、高新区管委会）", "工作，市城乡一体化示范区、经济开发区、高新区管委会)"});
  // Without evidence elsewhere in the file the text is left as extracted.
  CHECK(texts("工作，市城乡一体化示范区、经济开发区、高新区\n\n区管委会)\n") ==
        Texts{"工作，市城乡一体化示范区、经济开发区、高新区区管委会)"});
}

TEST_CASE("genuine reduplication is kept") {
  CHECK(texts("高质量推进“人人持证、技能河南”建设。建设人人\n\n人持证。\n\n人人持证。\n") ==
        Texts{"高质量推进“人人持证、技能河南”建设。建设人人人持证。", "人人持证。"});
}

TEST_CASE("page numbers inside running text and repeated running heads are dropped, the masthead kept") {
  const std::string input =
      "某市人民政府公报\n\n一、总体要求\n\n这是第一段正文，内容很长，写到页底没有写\n\n- 2 -\n\n某市人民政府公报\n\n"
      "完，接着在下一页继续。\n\n二、主要任务\n\n第二段正文，也在页底断开，继续写到\n\n3\n\n某市人民政府公报\n\n"
      "下一页，这是结尾。\n\n· 4 ·\n\n三、保障措施\n";
  CHECK(texts(input) == Texts{"某市人民政府公报", "一、总体要求",
                              "这是第一段正文，内容很长，写到页底没有写完，接着在下一页继续。", "二、主要任务",
                              "第二段正文，也在页底断开，继续写到下一页，这是结尾。", "三、保障措施"});
}

TEST_CASE("numbers that are not page numbers stay: masthead year, TOC page, a number between complete paragraphs") {
  CHECK(texts("驻马店市人民政府公报\n\n2023\n\n第2号（总第124号）\n\n政府工作报告\n\n/03\n") ==
        Texts{"驻马店市人民政府公报", "2023", "第2号（总第124号）", "政府工作报告", "/03"});
  CHECK(texts("第一句。\n\n12\n\n第二句。\n") == Texts{"第一句。", "12", "第二句。"});
  // A title repeated twice is no running head.
  CHECK(texts("政府工作报告\n\n正文。\n\n政府工作报告\n").size() == 3);
}

TEST_CASE("Markdown: never rejoined, comments dropped, heading #s stripped with exact spans") {
  const SourceText source(
      "law.md",
      "# 专利代理条例\n\n1991年3月4日 发布\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了规范专利代理行为，\n\n"
      "<!-- FORCE BREAK -->\n\n第二条 本条例所称专利代理\n续行。\n");
  const auto ps = ingest::split_paragraphs(source);
  std::vector<std::string> got;
  got.reserve(ps.size());
  for (const auto& p : ps) got.push_back(p.text);
  CHECK(got == Texts{"专利代理条例", "1991年3月4日 发布", "第一章 总则", "第一条 为了规范专利代理行为，",
                     "第二条 本条例所称专利代理\n续行。"});
  CHECK(source.locate(ps[2].source_span().begin) == Location{7, 4});
  CHECK(source.text().substr(ps[4].source_span().begin, ps[4].text.size()) == ps[4].text);
}

TEST_CASE("Markdown: a block's lines are one piece of the source unless blanks were trimmed between them") {
  const std::string text = "# 条例\n\n第一条 内容，\n续行。\n\n第二条 内容，  \n\u3000续行。\n";
  const SourceText source("law.md", text);
  const auto ps = ingest::split_paragraphs(source);
  REQUIRE(ps.size() == 3);
  CHECK(ps[1].text == "第一条 内容，\n续行。");
  CHECK(ps[1].segments.size() == 1);
  CHECK(ps[1].source_span().begin == text.find("第一条"));
  CHECK(ps[2].text == "第二条 内容，\n续行。");
  CHECK(ps[2].segments.size() == 3);  // the line, its line feed, the next line
  const auto xu = static_cast<std::uint32_t>(ps[2].text.find("续行"));
  CHECK(ps[2].source_offset(xu) == text.rfind("续行"));
  CHECK(ps[2].source_offset(xu - 1) == text.rfind('\n', text.rfind("续行")));
}

TEST_CASE("fixture: running heads with an issue number and page numbers in a CRLF file") {
  const auto source = ingest::read_source(CLAUSECHECK_SOURCE_DIR "/tests/data/ingest/running_heads.txt");
  std::vector<std::string> got;
  for (const Paragraph& p : ingest::split_paragraphs(*source)) got.push_back(p.text);
  CHECK(got == Texts{"某市人民政府公报", "一、总体要求",
                     "这是第一段正文，内容很长，写到页底没有写完，接着在下一页继续。", "二、主要任务",
                     "第二段正文，也在页底断开，继续写到下一页，这是结尾。", "三、保障措施", "2023年3月4日"});
}

TEST_CASE("a line printed again at the top of the next page is kept once") {
  CHECK(
      texts("（市农业农村局，各县区人民政府，市城乡一体化示范区\n\n市城乡一体化示范区、经济开发区、高新区管委会）\n") ==
      Texts{"（市农业农村局，各县区人民政府，市城乡一体化示范区、经济开发区、高新区管委会）"});
  // Seven repeated characters without evidence are not enough.
  CHECK(texts("工作，各县区人民政府，城乡一体化示\n\n城乡一体化示范区、经济开发区管委会）\n") ==
        Texts{"工作，各县区人民政府，城乡一体化示城乡一体化示范区、经济开发区管委会）"});
}

TEST_CASE("a page's line that fills its column goes on while a bracket is open, and quotes fill it as ideographs") {
  CHECK(text::printed_width("开展“甲乙”——…·") == 20);
  CHECK(text::display_width("开展“甲乙”——…·") == 14);  // a terminal sets them narrow
  // One page of a PDF: a line per printed line, no blank lines; full lines are 20 ideographs wide.
  const std::string page =
      "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬。\n"
      "子丑寅卯辰巳午未申酉子丑寅卯辰巳午未申，\n"
      // Full, and ending in a colon, but inside （: the units follow on the next line.
      "甲乙丙丁戊己庚辛壬癸甲乙丙。（责任单位：\n"
      "市市场监管局，各县区政府）\n"
      // Full on paper (eight quotes, each as wide as an ideograph), not a heading of its own.
      "三、开展“甲乙”“丙丁”“戊己”“庚辛”\n"
      "志愿服务。甲乙丙。\n";
  const SourceText source("t.pdf", page, "PDF", {0});
  std::vector<std::string> out;
  for (const Paragraph& p : ingest::split_paragraphs(source)) out.push_back(p.text);
  CHECK(
      out ==
      Texts{
          "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬。",
          "子丑寅卯辰巳午未申酉子丑寅卯辰巳午未申，甲乙丙丁戊己庚辛壬癸甲乙丙。（责任单位：市市场监管局，各县区政府）",
          "三、开展“甲乙”“丙丁”“戊己”“庚辛”志愿服务。甲乙丙。"});
}
