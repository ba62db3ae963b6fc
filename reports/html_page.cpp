#include "reports/html_page.hpp"

#include "model/messages.hpp"
#include "reports/html_csp.hpp"
#include "text/escape_markup.hpp"

namespace clausecheck::reports {

namespace {

// What every report shares: a CJK font stack (Debian's fonts-noto-cjk first),
// readable tables, status and severity colours, and A4 printing.
constexpr const char* kPageCss = R"css(
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--head:#f6f8fa;--accent:#0969da}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1400px;padding:16px 24px;color:var(--fg);background:#fff;
font:14px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:20px 0 8px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:14px 0 6px}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--head);font-weight:600}
td{white-space:pre-wrap;overflow-wrap:anywhere}
code,.mono{font-family:"Noto Sans Mono CJK SC","DejaVu Sans Mono",monospace;font-size:12.5px}
.muted{color:var(--muted)}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.controls{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:8px 0;padding:8px;background:var(--head);border:1px solid var(--line)}
.controls label{white-space:nowrap}
mark{background:#ffd33d;padding:0 1px}
.sev-error{color:#cf222e;font-weight:600}.sev-warning{color:#9a6700;font-weight:600}.sev-info{color:#0969da}
@media print{.controls,.noprint{display:none!important}body{max-width:none;padding:0;font-size:10pt}
thead{display:table-header-group}tr{break-inside:avoid}table{width:99.5%}a{color:inherit;text-decoration:none}}
)css";

}  // namespace

std::string html_escape(std::string_view text, text::Breaks breaks) {
  return text::escape_markup(text::visible(text, breaks));
}

std::string json_data_block(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else out += c;
  }
  return out;
}

std::string render_page(const HtmlPage& page) {
  const std::string css = kPageCss + page.css;
  std::string policy = "default-src 'none'; img-src data:; style-src 'sha256-" + sha256_base64(css) + "'";
  policy += page.script.empty() ? "; script-src 'none'" : "; script-src 'sha256-" + sha256_base64(page.script) + "'";
  std::string out;
  out.reserve(css.size() + page.body.size() + page.data.size() + page.script.size() + 1024);
  // The page's own words are in the run's language (the documents' text is Chinese in either).
  out += std::string("<!DOCTYPE html>\n<html lang=\"") + (language() == Lang::zh ? "zh-CN" : "en") +
         "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"clausecheck\">\n";
  out += "<title>" + page.title + "</title>\n<style>" + css + "</style>\n</head>\n<body>\n";
  out += page.body;
  if (!page.data.empty()) out += "<script type=\"application/json\" id=\"data\">" + page.data + "</script>\n";
  if (!page.script.empty()) out += "<script>" + page.script + "</script>\n";
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace clausecheck::reports
