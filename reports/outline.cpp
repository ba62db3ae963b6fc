#include "reports/outline.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "text/escape_visible.hpp"
#include "model/page_suffix.hpp"
#include "text/utf8.hpp"

namespace clausecheck::reports {

namespace {

constexpr std::size_t kPreviewBytes = 60;

// The first characters of a text, cut on a UTF-8 boundary, its source lines
// joined by spaces: the outline gives each clause one line.
std::string preview(const std::string& text) {
  std::size_t cut = std::min(text.size(), kPreviewBytes);
  while (cut > 0 && cut < text.size() && text::is_continuation(text[cut])) --cut;
  std::string out = text.substr(0, cut);
  for (char& c : out)
    if (c == '\n') c = ' ';
  return cut < text.size() ? out + "…" : out;
}

// Every text from the document or its file name goes through text::visible:
// it stays on its line and sends no control to the terminal.
using text::visible;

void clause_lines(std::string& out, const Clause& c, const SourceText& src, int depth) {
  const std::string label = c.heading.empty() ? preview(c.text()) : c.heading;
  fmt::format_to(std::back_inserter(out), "{:{}}{} {}", "", depth * 2, visible(c.number.printed), visible(label));
  if (!c.facts.empty()) fmt::format_to(std::back_inserter(out), "  [{} facts]", c.facts.size());
  const Location at = src.locate(c.span.begin);
  fmt::format_to(std::back_inserter(out), "  (line {}){}\n", at.line, page_suffix(at));
  for (const Clause& child : c.children) clause_lines(out, child, src, depth + 1);
}

void document_lines(std::string& out, const Document& d, const SourceText& src, int depth, const char* what) {
  fmt::format_to(std::back_inserter(out), "{:{}}{}: {} [{}]", "", depth * 2, what, visible(d.title),
                 d.type.empty() ? "?" : visible(d.type));
  if (d.number) fmt::format_to(std::back_inserter(out), " {}", visible(d.number->raw));
  if (d.signed_date) fmt::format_to(std::back_inserter(out), " {}", d.signed_date->iso());
  if (d.trial) out += " 试行";
  const Location at = src.locate(d.span.begin);
  fmt::format_to(std::back_inserter(out), "  (line {}){}\n", at.line, page_suffix(at));
  for (const Fact& f : d.facts)
    fmt::format_to(std::back_inserter(out), "{:{}}{}: {}\n", "", depth * 2 + 2, kind_name(f.value), visible(f.text));
  for (const Clause& c : d.clauses) clause_lines(out, c, src, depth + 1);
  for (const Document& a : d.attachments) document_lines(out, a, src, depth + 1, "attachment");
}

}  // namespace

std::string outline(const ParsedFile& file) {
  const SourceText& src = *file.source;
  std::string out = fmt::format("{} ({})\n", visible(src.path()), src.encoding());
  if (const auto& g = file.gazette) {
    fmt::format_to(std::back_inserter(out), "gazette: {} {} 第{}号（总第{}号）", visible(g->name), g->year, g->issue,
                   g->running);
    if (g->published) fmt::format_to(std::back_inserter(out), " 出版日期 {}", g->published->iso());
    out += '\n';
    for (const TocEntry& e : g->toc) fmt::format_to(std::back_inserter(out), "  /{:02} {}\n", e.page, visible(e.title));
  }
  for (const Document& d : file.documents) document_lines(out, d, src, 0, "document");
  return out;
}

}  // namespace clausecheck::reports
