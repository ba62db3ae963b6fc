#include <doctest/doctest.h>

#include <string>

#include "grammar/line_shape.hpp"

using namespace clausecheck::grammar;

// The edges of the line shapes ingest joins paragraphs by (tests/ingest/line_shape_test.cpp has
// the common forms).
TEST_CASE("a line's clause number: its edges") {
  CHECK(line_clause_number_length("⑳完善") == std::string("⑳").size());
  CHECK(line_clause_number_length("⑴完善") == 0);  // U+2474, a parenthesised digit
  CHECK(line_clause_number_length("（\u00a0１２\u00a0）提升") == std::string("（\u00a0１２\u00a0）").size());
  CHECK(line_clause_number_length("（12345）提升") == 0);
  CHECK(line_clause_number_length("第一二三四五六七八九条") == 0);  // nine numerals: a number is at most eight
  CHECK(line_clause_number_length("第十七条之 规定") == std::string("第十七条").size());
  CHECK(line_clause_number_length("第 三条") == 0);
  CHECK(line_clause_number_length("两、") == 0);
  CHECK(line_clause_number_length("１２．强化") == std::string("１２．").size());
  CHECK(line_clause_number_length("1.２万") == 0);
}

TEST_CASE("a bracketed year and page numbers: their edges") {
  CHECK(has_bracketed_year("豫政〔\u3000２０２３ 〕1号"));
  CHECK_FALSE(has_bracketed_year("豫政〔20231〕1号"));
  CHECK_FALSE(has_bracketed_year("豫政〔202〕1号"));
  CHECK_FALSE(has_bracketed_year("豫政〈2023〉1号"));
  CHECK(is_digits_only("２０２３"));
  CHECK_FALSE(is_digits_only(""));
  CHECK(is_page_reference_line("/1234"));
  CHECK_FALSE(is_page_reference_line("/12345"));
  CHECK(is_decorated_page_number_line("--------3--------"));
  CHECK_FALSE(is_decorated_page_number_line("---------3-"));  // nine dashes before
  CHECK_FALSE(is_whole_date_line("2023年"));
  CHECK(is_whole_date_line("２０２３年　３月"));
}

TEST_CASE("an attachment's label line") {
  CHECK(is_attachment_label_line("附件"));
  CHECK(is_attachment_label_line("附件1"));
  CHECK(is_attachment_label_line("附件 2"));
  CHECK(is_attachment_label_line("附件2：查处违反装载规定违法行为操作规程"));
  CHECK(is_attachment_label_line("附件十二:"));
  // The list of a notice's attachments, and text that only starts so.
  CHECK_FALSE(is_attachment_label_line("附件：1.国土资源部关于测试情况的报告"));
  CHECK_FALSE(is_attachment_label_line("附件1.国土资源部关于测试情况的报告"));
  CHECK_FALSE(is_attachment_label_line("附件所列物品"));
}

TEST_CASE("a notes label line") {
  CHECK(is_notes_label_line("说明："));
  CHECK(is_notes_label_line("注:"));
  CHECK(is_notes_label_line("备注： "));
  CHECK_FALSE(is_notes_label_line("说明：本表所列物质可能存在的盐类，也纳入管制。"));
  CHECK_FALSE(is_notes_label_line("注意事项："));
}
