#pragma once
#include <cstddef>
#include <string_view>

namespace clausecheck::grammar {

// The shapes a line of PDF-extracted text can have, as far as ingest's
// paragraph joining needs them (src/ingest/line_shape.hpp says what each
// decides). They are looser than the parse's grammars: a page break may cut a
// number the parse would refuse, and a wrong "yes" only starts a paragraph.

// Byte length of a clause number at the line's start, without the gap after
// it: 一、 （一） (一) ( 十一 ) 1. 1． 1、 （1） ① 第一条 第十七条之一 第三章 第二节 第一编
// 第一部分 — 0 if the line does not start with one.
std::size_t line_clause_number_length(std::string_view line);

// A lettered item of a standard at the line's start: a) b) A） (a) （b）.
bool starts_with_letter_item(std::string_view line);

// The whole line is a date: 2023年3月4日, 二〇二三年三月四日, 2023 年 4 月.
bool is_whole_date_line(std::string_view line);

// The line holds a year of four digits in brackets, as a document number has
// it: 〔2023〕, [2005], （ 2022 ）.
bool has_bracketed_year(std::string_view line);

// The whole line is digits, ASCII or full-width.
bool is_digits_only(std::string_view line);

// A contents page reference: /03 (one to four digits).
bool is_page_reference_line(std::string_view line);

// A page number as printed at a page foot: - 3 -, — 3 —, ·3·, 第3页, 第 3 页 共 12 页.
bool is_decorated_page_number_line(std::string_view line);

// One to three digits alone.
bool is_bare_page_number_line(std::string_view line);

// A line that heads an attachment: 附件, 附件1, 附件2：查处酒后驾驶操作规程 (not the list of a
// notice's attachments, 附件：1.…).
bool is_attachment_label_line(std::string_view line);

// A line that heads the notes under a table or a list: 说明：, 注：, 备注： alone on the line.
bool is_notes_label_line(std::string_view line);

}  // namespace clausecheck::grammar
