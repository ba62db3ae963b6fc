#pragma once
#include <string>
#include <string_view>

namespace clausecheck::ingest {

// The 正文 of a government web page as plain text. The body is the first
// element, in this order, whose id or class is one the gov.cn sites give it
// (UCAP-CONTENT, zoom, pages_content, TRS_Editor, article), else the first
// <article>, else the element holding the most text of its own (a div, td,
// section or main). Inside it, scripts, styles, navigation, forms and page
// chrome (nav, header, footer, aside) are dropped; <br> ends a line, a block
// (p, div, li, tr, h1–h6…) a paragraph (a blank line after it); table cells are
// apart by a tab; entities are decoded. A page title in <h1> outside the body
// that the body does not repeat comes first, as a document's title does.
// `markup` is UTF-8 (html_to_utf8 decodes the page's own charset).
std::string html_text(std::string_view markup);

// The charset a page declares in its first kilobytes (<meta charset="gbk">,
// content="text/html; charset=gb2312"), lower case; empty if none.
std::string declared_charset(std::string_view markup);

}  // namespace clausecheck::ingest
