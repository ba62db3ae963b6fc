// The escaping every report shares: visible() for terminals, CI logs and XML,
// valid_utf8()/dump_json() for JSON, markdown_cell()/markdown_code() for Markdown.
#include <doctest/doctest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "text/utf8.hpp"
#include "text/escape_json.hpp"
#include "text/escape_visible.hpp"
#include "reports/markdown_cell.hpp"

using namespace clausecheck;
using namespace clausecheck::reports;

namespace {

struct EscapeCase {
  std::string input, shown;
};

}  // namespace

TEST_CASE("visible: controls, bidi controls, noncharacters and bad bytes as escapes; text and TAB as they are") {
  const std::vector<EscapeCase> cases = {
      {"驻政〔2023〕9号 plain\ttext", "驻政〔2023〕9号 plain\ttext"},
      {"\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"},
      {"bell\x07", "bell\\x07"},
      {"\x1b]8;;https://evil.example\x07link\x1b]8;;\x07", "\\x1b]8;;https://evil.example\\x07link\\x1b]8;;\\x07"},
      {"del\x7f", "del\\x7f"},
      {"a\nb\rc", "a\\x0ab\\x0dc"},
      {"\xc2\x9b"
       "31m \xc2\x85",
       "\\u009b31m \\u0085"},                       // C1: CSI and NEL
      {"abc\u202edcba.txt", "abc\\u202edcba.txt"},  // RLO
      {"\u202a\u202b\u202c\u202d \u2066\u2067\u2068\u2069",
       "\\u202a\\u202b\\u202c\\u202d \\u2066\\u2067\\u2068\\u2069"},
      {"\u200e\u200f\u061c \u2028\u2029", "\\u200e\\u200f\\u061c \\u2028\\u2029"},
      {"\uffff\ufffe\ufffd", "\\uffff\\ufffe\ufffd"},  // U+FFFD is a character
      // Runs of Chinese are copied whole: what stops them is still escaped, and the
      // three-byte forms of every other lead byte (E0, E1, ED, EE) are characters.
      {"中\u202e文\uffff字\x1b", "中\\u202e文\\uffff字\\x1b"},
      {"\u0800\u1000\ud7ff\ue000\u3000", "\u0800\u1000\ud7ff\ue000\u3000"},
      {"bad\xff\xfe", "bad\\xff\\xfe"},
      {"cut \xe4\xb8", "cut \\xe4\\xb8"},  // a sequence cut short
      {"\xed\xa0\x80 lone surrogate", "\\xed\\xa0\\x80 lone surrogate"},
      {"\xc0\xaf overlong", "\\xc0\\xaf overlong"},
      {"back\\slash", "back\\slash"},
  };
  for (const EscapeCase& c : cases) {
    CAPTURE(c.input);
    CHECK(text::visible(c.input) == c.shown);
  }
}

TEST_CASE("visible: the line breaks a format encodes itself are kept on request") {
  CHECK(text::visible("a\r\nb\x1b", text::Breaks::line_feeds_kept) == "a\\x0d\nb\\x1b");
  CHECK(text::visible("a\r\nb\x1b", text::Breaks::kept) == "a\r\nb\\x1b");
}

TEST_CASE("visible: whatever comes in, what comes out is valid UTF-8 with no control but TAB") {
  std::string every_byte;
  for (int b = 0; b < 256; ++b) every_byte += static_cast<char>(b);
  const std::string shown = text::visible(every_byte + "\u202e\u0085\uffff" + every_byte);
  CHECK(clausecheck::text::first_invalid_utf8(shown) == std::string::npos);
  for (char c : shown) CHECK((static_cast<unsigned char>(c) >= 0x20 || c == '\t'));
  CHECK(shown.find('\x7f') == std::string::npos);
  CHECK(shown.find("\u202e") == std::string::npos);
}

TEST_CASE("visible: every code point, alone and between Chinese characters, kept or escaped as its definition says") {
  for (char32_t c = 0x80; c < 0x110000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string s;
    text::append_utf8(s, c);
    const bool escaped = c <= 0x9F || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) ||
                         (c >= 0x2066 && c <= 0x2069) || c == 0xFFFE || c == 0xFFFF;
    char escape[8];
    std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
    CAPTURE(static_cast<unsigned>(c));
    REQUIRE(text::visible("一" + s + "一") == "一" + (escaped ? std::string(escape) : s) + "一");
  }
}

TEST_CASE("append_visible: what visible returns, after what the string held") {
  std::string every_byte;
  for (int b = 0; b < 256; ++b) every_byte += static_cast<char>(b);
  for (const std::string_view field :
       {std::string_view(every_byte), std::string_view("第三条\u202e"), std::string_view()}) {
    std::string line = "file:1:2: ";
    text::append_visible(line, field, text::Breaks::line_feeds_kept);
    CHECK(line == "file:1:2: " + text::visible(field, text::Breaks::line_feeds_kept));
  }
}

TEST_CASE("valid_utf8: only bad bytes escaped, controls left to the JSON serialiser") {
  CHECK(text::valid_utf8("a\x1b\u202e驻") == "a\x1b\u202e驻");
  CHECK(text::valid_utf8("name\xff.txt") == "name\\xff.txt");
}

TEST_CASE("dump_json: bad bytes in values and keys are escaped instead of throwing") {
  nlohmann::json j = {{"file", "draft\xff\xfe.txt"}, {"list", {"ok", "\xe4\xb8"}}, {"nested", {{"k\xff", 1}}}};
  std::string text;
  REQUIRE_NOTHROW(text = text::dump_json(j));
  const auto back = nlohmann::json::parse(text);
  CHECK(back["file"] == "draft\\xff\\xfe.txt");
  CHECK(back["list"][1] == "\\xe4\\xb8");
  CHECK(back["nested"]["k\\xff"] == 1);
  CHECK(text::dump_json({{"a", "\x1b"}}, -1) == "{\"a\":\"\\u001b\"}");  // controls: JSON's own escapes
}

TEST_CASE("json_position: at least 1, a wrapped negative back to 1") {
  CHECK(text::json_position(0) == 1);
  CHECK(text::json_position(7) == 7);
  CHECK(text::json_position(static_cast<std::uint32_t>(-5)) == 1);  // 4294967291 from a baseline's -5
  CHECK(text::json_position(2147483647u) == 2147483647u);
}

TEST_CASE("markdown_cell: HTML, links, emphasis, mentions, pipes and line breaks are inert") {
  const std::vector<EscapeCase> cases = {
      {"驻政〔2023〕9号", "驻政〔2023〕9号"},
      {"<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"},
      {"a & b", "a &amp; b"},
      {"[点此](https://evil.example)", "\\[点此\\](https://evil.example)"},
      {"![x](y)", "!\\[x\\](y)"},
      {"<https://evil.example>", "&lt;https://evil.example&gt;"},
      {"cc @octocat", "cc @&#8203;octocat"},
      {"see #12", "see #&#8203;12"},
      {"*b* _i_ ~~s~~ `c`", "\\*b\\* \\_i\\_ \\~\\~s\\~\\~ \\`c\\`"},
      {"a|b", "a\\|b"},
      {"a\\[b", "a\\\\\\[b"},
      {"line\r\nnext", "line<br>next"},
      {"\x1b[31m\u202e", "\\\\x1b\\[31m\\\\u202e"},
  };
  for (const EscapeCase& c : cases) {
    CAPTURE(c.input);
    CHECK(markdown_cell(c.input) == c.shown);
  }
}

TEST_CASE("markdown_code: a fence longer than any backtick run; pipes escaped in a table cell") {
  CHECK(markdown_code("typos.repeat") == "`typos.repeat`");
  CHECK(markdown_code("a`b") == "``a`b``");
  CHECK(markdown_code("`x``") == "``` `x`` ```");
  CHECK(markdown_code("a\nb\x1b") == "`a\\x0ab\\x1b`");
  CHECK(markdown_code("") == "");
  CHECK(markdown_code_cell("a|b") == "`a\\|b`");
}
