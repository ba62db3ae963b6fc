// The HTML reports as text: the escapes, the data block, the Content-Security-Policy hashes,
// and that each page holds one row per finding, entry or change. tests/html/browser_test.mjs
// opens the same pages in Chromium.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "diff/diff_files.hpp"
#include "parse/parse_file.hpp"
#include "reports/html_csp.hpp"
#include "reports/html_diff.hpp"
#include "reports/html_page.hpp"
#include "reports/html_status.hpp"
#include "reports/report.hpp"
#include "reports/sample_findings.hpp"
#include "text/escape_markup.hpp"

using namespace clausecheck;

namespace {

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

// The text between the first `open` after `from` and the next `close`.
std::string between(const std::string& text, const std::string& open, const std::string& close) {
  const std::size_t begin = text.find(open);
  REQUIRE(begin != std::string::npos);
  const std::size_t end = text.find(close, begin + open.size());
  REQUIRE(end != std::string::npos);
  return text.substr(begin + open.size(), end - begin - open.size());
}

ParsedFile parse_path(const std::string& relative) {
  return parse::parse_path(std::string(CLAUSECHECK_SOURCE_DIR) + "/" + relative);
}

}  // namespace

TEST_CASE("sha256_base64 gives the FIPS 180-4 digests, across block and padding boundaries") {
  CHECK(reports::sha256_base64("") == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  CHECK(reports::sha256_base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  // 56 bytes: the padding needs a second block.
  CHECK(reports::sha256_base64("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE=");
  CHECK(reports::sha256_base64(std::string(1000000, 'a')) == "zcduXJkU+5KBocfihNc+Z/GAmkiklyAOBG05zMcRLNA=");
}

TEST_CASE("html_escape: markup, quotes and & as references, controls and bidi made visible, line feeds kept") {
  CHECK(reports::html_escape("<script>alert(\"x\")</script>") == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  CHECK(reports::html_escape("<img src=x onerror='a'>&amp;") == "&lt;img src=x onerror=&#39;a&#39;&gt;&amp;amp;");
  CHECK(reports::html_escape("甲\x1b[31m乙") == "甲\\x1b[31m乙");
  CHECK(reports::html_escape("\u202e反\u2066") == "\\u202e反\\u2066");
  CHECK(reports::html_escape("甲\n乙\r") == "甲\n乙\\x0d");
  CHECK(reports::html_escape("a\nb.txt", text::Breaks::escaped) == "a\\x0ab.txt");
}

TEST_CASE("json_data_block: no string can close the script element, and the JSON reads back the same") {
  const nlohmann::json value = {{"a", "</script><!-- & >"}};
  const std::string block = reports::json_data_block(value.dump());
  CHECK(block.find('<') == std::string::npos);
  CHECK(block.find('>') == std::string::npos);
  CHECK(block.find('&') == std::string::npos);
  CHECK(nlohmann::json::parse(block) == value);
}

TEST_CASE("render_page: the policy names the hashes of the page's own style and script, and nothing else") {
  reports::HtmlPage page;
  page.title = "t";
  page.css = "p{color:red}";
  page.body = "<p>正文</p>";
  page.script = "document.body.dataset.ok = 1;";
  const std::string html = reports::render_page(page);
  const std::string policy = between(html, "Content-Security-Policy\" content=\"", "\"");
  const std::string style = between(html, "<style>", "</style>");
  CHECK(style.ends_with(page.css));
  CHECK(policy.find("default-src 'none'") != std::string::npos);
  CHECK(policy.find("style-src 'sha256-" + reports::sha256_base64(style) + "'") != std::string::npos);
  CHECK(policy.find("script-src 'sha256-" + reports::sha256_base64(page.script) + "'") != std::string::npos);
  CHECK(count(policy, "sha256-") == 2);
  CHECK(policy.find("unsafe") == std::string::npos);
  CHECK(html.find("Noto Sans CJK SC") != std::string::npos);
}

TEST_CASE("check html: one data row and one static row per finding shown, every text escaped") {
  std::vector<Finding> findings = testing::sample_findings();
  findings.back().evidence = "</script><script>alert(1)</script>";
  findings.back().before = "<img onerror=x>";
  findings.push_back(findings.front());
  findings.back().in_baseline = true;  // not shown, as in every other format
  reports::ReportContext context;
  std::ostringstream out;
  reports::write_html(findings, context, out);
  const std::string html = out.str();
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("<img onerror") == std::string::npos);
  CHECK(html.find("&lt;img onerror=x&gt;<mark>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</mark>") !=
        std::string::npos);
  const nlohmann::json data =
      nlohmann::json::parse(between(html, "<script type=\"application/json\" id=\"data\">", "</script>"));
  std::size_t rows = 0;
  for (const auto& group : data["findings"]) rows += group.size();
  CHECK(rows == 3);
  CHECK(data["files"].size() == 2);
  CHECK(count(between(html, "<noscript>", "</noscript>"), "<tr><td class=\"sev-") == 3);
}

TEST_CASE("status html: a row per entry labelled with label_zh, a bar per dated entry, the as-of line") {
  const std::vector<ParsedFile> files = {parse_path("examples/zhumadian-gazette-2023-02.txt")};
  const status::Register reg = status::build_register(files, std::chrono::year{2024} / 1 / 1, {});
  const std::string html = reports::register_html(reg);
  REQUIRE(!reg.entries.empty());
  CHECK(count(between(html, "<table id=\"entries\">", "</table>"), "<tr data-status=") == reg.entries.size());
  std::size_t dated = 0;
  for (const status::Entry& e : reg.entries) {
    dated += (e.effective_from || e.expires_on) ? 1 : 0;
    CHECK(html.find(std::string(">") + status::label_zh(e.status) + "</td>") != std::string::npos);
  }
  CHECK(count(html, "<g class=\"bar ") == dated);
  CHECK(count(html, "<line class=\"as-of\"") == 1);
  CHECK(html.find("截至 2024-01-01") != std::string::npos);
}

TEST_CASE("diff html: a row per change, the redline in <del> and <ins>, n/p targets numbered") {
  const ParsedFile a = parse_path("examples/revisions/measures/old.txt");
  const ParsedFile b = parse_path("examples/revisions/measures/new.txt");
  const diff::ChangeSet changes = diff::diff_files(a, b);
  const std::string html = reports::diff_html(changes, {});
  std::size_t want = 0, redlined = 0;
  // A document's changes and its attachments'.
  const auto tally = [&want, &redlined](const diff::DocumentChange& d, const auto& self) -> void {
    want += d.passages.size();
    for (const diff::ClauseChange& c : d.clauses) {
      want += c.kind != diff::ClauseChangeKind::unchanged ? 1 : 0;
      redlined += c.redline.empty() ? 0 : 1;
    }
    for (const diff::DocumentChange& attachment : d.attachments) self(attachment, self);
  };
  for (const diff::DocumentChange& d : changes.documents) tally(d, tally);
  REQUIRE(want > 1);
  CHECK(count(html, "<tr class=\"change ") == want);
  CHECK(html.find("id=\"change-" + std::to_string(want) + "\"") != std::string::npos);
  CHECK(html.find("id=\"change-" + std::to_string(want + 1) + "\"") == std::string::npos);
  CHECK(redlined > 0);
  CHECK(count(html, "<del>") >= 1);
  CHECK(count(html, "<ins>") >= 1);
  CHECK(html.find("修改前") != std::string::npos);
  CHECK(html.find("@page{size:A4") != std::string::npos);
}

TEST_CASE("status html: a repealed or suspended document's bar stops where its repeal took effect, closed") {
  std::vector<ParsedFile> files;
  for (const char* name : {"d01-road-excavation-2018.txt", "d02-road-excavation-2021.txt", "d19-flood-season-2024.txt"})
    files.push_back(parse_path(std::string("tests/data/lineage/") + name));
  const status::Register reg = status::build_register(files, std::chrono::year{2026} / 12 / 1, {});
  const std::string html = reports::register_html(reg);
  // 宁政〔2018〕5号, in force from 2018-05-01, repealed from 2021-07-01 by 宁政〔2021〕7号: the hover says so and
  // the bar is not drawn open to the edge.
  const std::size_t bar = html.find("<g class=\"bar s-repealed");
  REQUIRE(bar != std::string::npos);
  const std::string group = html.substr(bar, html.find("</g>", bar) - bar);
  CHECK(group.find("s-repealed\">") != std::string::npos);
  CHECK(group.find("2018-05-01 → 2021-07-01") != std::string::npos);
  // The document in force after it keeps an open bar.
  CHECK(html.find("<g class=\"bar s-no_validity open\">") != std::string::npos);
}

TEST_CASE("escape_markup: the five specials as references; line breaks and tabs too where an attribute keeps them") {
  CHECK(text::escape_markup("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;");
  CHECK(text::escape_markup("一\n二\t三\r") == "一\n二\t三\r");
  CHECK(text::escape_markup("一\n二\t三\r", true) == "一&#10;二&#9;三&#13;");
}
