#pragma once
#include <string>
#include <string_view>

#include "text/escape_visible.hpp"

namespace clausecheck::reports {

// Text from documents, packs and file names as HTML text or an attribute
// value: controls, bidi overrides and bytes that are not UTF-8 made visible
// first (text::visible, line breaks kept), then & < > " ' as references, so a
// document's `<script>`, `</style>` or `onerror=` shows as what it is. A file
// name stays on its line (Breaks::escaped): a line feed in it forges no row.
std::string html_escape(std::string_view text, text::Breaks breaks = text::Breaks::line_feeds_kept);

// Compact JSON (text::JsonWriter) made safe inside <script type="application/json">:
// < > & as \u003c \u003e \u0026, so no string in it can close the element.
std::string json_data_block(const std::string& json);

// The parts of one self-contained report page: no network, nothing but its own
// style and script allowed (page_css is prepended to `css`).
struct HtmlPage {
  std::string title;   // already escaped text
  std::string css;     // the report's own rules
  std::string body;    // the markup, all visible without script
  std::string data;    // a JSON data block (json_data_block), id "data"; may be empty
  std::string script;  // the report's script; may be empty
};

// <!doctype html> … with a Content-Security-Policy meta tag that allows the
// page's inline style and script by their SHA-256 (and data: images) only.
std::string render_page(const HtmlPage& page);

}  // namespace clausecheck::reports
