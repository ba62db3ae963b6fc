#pragma once
#include <cstddef>
#include <string_view>

namespace clausecheck::ingest {

// What one trimmed line of PDF-extracted text looks like, as far as deciding
// where its paragraph ends. All functions take the line without its '\n';
// private-use characters (symbol-font glyphs) at its end are ignored.

// Byte length of a clause number at the start: 一、 （一） (一) 1. 1． 1、 （1）
// ① 第一条 第三章 第二节 第一编 第一部分 — 0 if the line does not start with one.
std::size_t clause_number_length(std::string_view line);

// Ends a sentence: 。！？：；… (or ASCII !?;:), also followed by a closing quote.
bool ends_sentence(std::string_view line);
// Ends with a closing bracket: ） ) 】 〕 ] 」 』 — the end of a responsibility
// list (责任单位：…) or of a title such as …若干措施（试行）.
bool ends_with_closing_bracket(std::string_view line);
// Leaves a bracket open at its end: more of （ ( 【 〔 [ 「 『 opened than closed, as a paragraph of a PDF
// rebuilt up to a line that ends in its responsibility list (…清零。（责任单位：) does.
bool leaves_bracket_open(std::string_view line);
// Ends with a comma or enumeration comma: the sentence goes on.
bool ends_with_comma(std::string_view line);
// Contains sentence punctuation (，。；： and ASCII ,;:): running text rather
// than a title, a name or a masthead line (titles often hold 、: 关于办理强奸、猥亵…的解释).
bool has_sentence_punctuation(std::string_view line);
// Holds a sentence end 。！？； somewhere (a numbered line that is body text).
bool has_sentence_end(std::string_view line);
// A numbered heading: starts with a clause number, is at most 40 characters
// long, holds no sentence end and does not end in a comma (一、过去五年工作回顾, (一)
// 突出转型提质，建设现代化产业体系).
bool is_complete_heading(std::string_view line);
// A form field such as 主编：毕俊德 or 通讯地址：河南省…56号.
bool is_field_line(std::string_view line);
// The whole line is a date: 2023年3月4日, 二〇二三年三月四日, 2023年4月.
bool is_date_line(std::string_view line);
// The whole line is a document number: 驻政〔2023〕9号, 武政〔2005〕32 号,
// 汕府〔2022〕45號, or one with 签发人：××× beside it.
bool is_doc_number_line(std::string_view line);
// The whole line is digits (a year of a masthead, a page number).
bool is_number_only(std::string_view line);
// A table of contents page reference: /03.
bool is_page_reference(std::string_view line);
// A page number decorated as printed at a page foot: - 3 -, — 3 —, ·3·, 第3页.
bool is_decorated_page_number(std::string_view line);
// A bare page number: 1 to 3 digits alone.
bool is_bare_page_number(std::string_view line);

// The line cannot end mid-sentence: it ends a paragraph whatever follows.
bool ends_paragraph(std::string_view line);
// The line cannot continue the sentence of the line before it: it starts with
// a clause number or a lettered item (a) （b）), or is a date, a document
// number, a page number or reference, a 【section】, a ——subtitle, or 附件.
bool starts_paragraph(std::string_view line);

}  // namespace clausecheck::ingest
