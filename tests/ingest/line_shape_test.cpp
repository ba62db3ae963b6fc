#include <doctest/doctest.h>

#include <string>

#include "ingest/line_shape.hpp"

using namespace clausecheck::ingest;

TEST_CASE("clause numbers at the start of a line, as printed") {
  CHECK(clause_number_length("一、过去五年工作回顾") == std::string("一、").size());
  CHECK(clause_number_length("二十七、鼓励采取银行保函") == std::string("二十七、").size());
  CHECK(clause_number_length("（二十三）强化组织实施") == std::string("（二十三）").size());
  CHECK(clause_number_length("(一) 基本思路") == std::string("(一)").size());
  CHECK(clause_number_length("( 十一 ) 增强") == std::string("( 十一 )").size());
  CHECK(clause_number_length("1. 创新赋能") == 2);
  CHECK(clause_number_length("2．龙头突破") == std::string("2．").size());
  CHECK(clause_number_length("3、开放牵引") == std::string("3、").size());
  CHECK(clause_number_length("（1）提升") == std::string("（1）").size());
  CHECK(clause_number_length("第十七条之一 规定") == std::string("第十七条之一").size());
  CHECK(clause_number_length("第三章 附则") == std::string("第三章").size());
  CHECK(clause_number_length("第一部分 总体要求") == std::string("第一部分").size());
  CHECK(clause_number_length("①加强") == std::string("①").size());
  // not clause numbers
  CHECK(clause_number_length("6221.5公里") == 0);
  CHECK(clause_number_length("2023年重点工作") == 0);
  CHECK(clause_number_length("(河南)自由贸易试验区") == 0);
  CHECK(clause_number_length("第一期缴纳不得少于50%") == 0);
  CHECK(clause_number_length("一是加强") == 0);
}

TEST_CASE("page numbers, page references, dates and document numbers") {
  for (const char* p : {"- 3 -", "— 12 —", "·3·", "· 3 ·", "第3页", "第 3 页 共 20 页", "－5－"}) {
    CAPTURE(p);
    CHECK(is_decorated_page_number(p));
  }
  for (const char* p : {"3", "2023", "/03", "3.", "第2号", "- -"}) {
    CAPTURE(p);
    CHECK_FALSE(is_decorated_page_number(p));
  }
  CHECK(is_bare_page_number("3"));
  CHECK(is_bare_page_number("123"));
  CHECK_FALSE(is_bare_page_number("2023"));
  CHECK(is_page_reference("/03"));
  CHECK_FALSE(is_page_reference("/"));
  CHECK(is_date_line("2023年3月4日"));
  CHECK(is_date_line("2023 年 3 月 4 日"));
  CHECK(is_date_line("二〇二三年三月十八日"));
  CHECK(is_date_line("二○○八年五月"));
  CHECK_FALSE(is_date_line("2023年3月4日前完成"));
  CHECK(is_doc_number_line("驻政〔2023〕9号"));
  CHECK(is_doc_number_line("武政〔2005〕32 号"));
  CHECK(is_doc_number_line("豫政办[2021] 7号"));
  CHECK(is_doc_number_line("汕府〔2022〕45號"));
  CHECK(is_doc_number_line("珠府〔2023〕31号 签发人：黄志豪"));
  CHECK(ends_paragraph("珠府〔2023〕31号 签发人：黄志豪"));
  CHECK_FALSE(is_doc_number_line("第2号（总第124号）"));
}

TEST_CASE("how a line ends") {
  CHECK(ends_sentence("请予审议。"));
  CHECK(ends_sentence("各位代表："));
  CHECK(ends_sentence("“见义勇为事业是高尚的。”"));
  CHECK_FALSE(ends_sentence("最关"));
  CHECK(ends_sentence("推进重大科技成果产业化。\uE5F9\uE5F9"));
  CHECK(ends_with_closing_bracket("（责任单位：市科技局）"));
  CHECK(ends_with_closing_bracket("(责任单位：市科技局)"));
  CHECK(leaves_bracket_open("实现台账清零。（责任单位："));
  CHECK(leaves_bracket_open("（一）（责任单位：市科技局、"));
  CHECK(leaves_bracket_open("(责任单位：【市科技局】"));
  CHECK_FALSE(leaves_bracket_open("（责任单位：市科技局)"));
  CHECK_FALSE(leaves_bracket_open("市科技局）。（试行）"));
  // A stray closer before does not close the opener after it.
  CHECK(leaves_bracket_open("）成员国等，（责任单位："));
  CHECK(is_complete_heading("三、2023年重点工作安排"));
  CHECK_FALSE(is_complete_heading("四、统筹推进新型城镇化和乡村振兴，"));
  CHECK_FALSE(is_complete_heading("3.强化人才支撑。绘制重点产业人才图"));
  CHECK(is_field_line("主编：毕俊德"));
  CHECK(is_field_line("通讯地址：河南省驻马店市开源大道56号"));
  CHECK_FALSE(is_field_line("（责任单位：市市场监管局、市政务服务"));
  CHECK(ends_paragraph("驻马店市人民政府公报"));
  CHECK_FALSE(ends_paragraph("积极申建中国，推进"));
  CHECK(starts_paragraph("附件2"));
  CHECK(starts_paragraph("a)植物生存状态。"));
  CHECK(starts_paragraph("（b）容貌毁损。"));
  CHECK_FALSE(starts_paragraph("B型)建设"));
  CHECK_FALSE(starts_paragraph("(河南)自由贸易试验区"));
  CHECK_FALSE(starts_paragraph("《驻马店市国民经济和社会发展第十四个五年规划》，描绘了"));
}
