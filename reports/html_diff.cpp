#include "reports/html_diff.hpp"

#include <fmt/format.h>

#include "reports/diff_describe.hpp"
#include "reports/html_diff_assets.hpp"
#include "reports/html_page.hpp"

namespace clausecheck::reports {

namespace {

// One side of the redline: the old text with its deletions in <del>, or the
// new one with its insertions in <ins>.
std::string side(const diff::Redline& redline, diff::RedlineOp shown) {
  const char* tag = shown == diff::RedlineOp::deleted ? "del" : "ins";
  std::string out;
  for (const diff::RedlinePiece& p : redline) {
    if (p.op == diff::RedlineOp::equal) out += html_escape(p.text);
    else if (p.op == shown) out += fmt::format("<{0}>{1}</{0}>", tag, html_escape(p.text));
  }
  return out;
}

// The rows of one table: changes numbered across the page for n and p.
struct Rows {
  std::string html;
  int changes = 0;  // on the whole page so far
};

void open_row(diff::ClauseChangeKind kind, Rows& rows) {
  if (kind == diff::ClauseChangeKind::unchanged) return void(rows.html += "<tr class=\"same\">");
  rows.html += fmt::format("<tr class=\"change k-{0}\" id=\"change-{1}\" data-kind=\"{0}\">", diff::to_string(kind),
                           ++rows.changes);
}

std::string tag(diff::ClauseChangeKind kind, const std::string& label) {
  return fmt::format("<span class=\"tag k-{}\">{}</span>", diff::to_string(kind), html_escape(label));
}

void clause_row(const diff::ClauseChange& c, Rows& rows) {
  open_row(c.kind, rows);
  std::string old_cell, new_cell;
  if (c.old_clause && c.new_clause && !c.redline.empty()) {
    old_cell = "<b>" + html_escape(c.old_clause->number.printed) + "</b>" + side(c.redline, diff::RedlineOp::deleted);
    new_cell = "<b>" + html_escape(c.new_clause->number.printed) + "</b>" + side(c.redline, diff::RedlineOp::inserted);
  } else {
    if (c.old_clause) old_cell = html_escape(clause_text(*c.old_clause));
    if (c.new_clause) new_cell = html_escape(clause_text(*c.new_clause));
  }
  if (!c.old_clause) old_cell = "<span class=\"none\">（无）</span>";
  if (!c.new_clause) new_cell = "<span class=\"none\">（删除）</span>";
  std::string note;
  if (c.kind != diff::ClauseChangeKind::unchanged) note = tag(c.kind, change_label(c.kind, c.redline));
  std::string where;
  if (c.kind == diff::ClauseChangeKind::moved) where = "原" + c.old_path + "，现" + c.new_path;
  else if (c.kind == diff::ClauseChangeKind::merged) where = "并入" + c.new_path;
  else if (c.kind == diff::ClauseChangeKind::split) where = "由" + c.old_path + "拆出";
  else if (c.old_clause && c.new_clause && c.old_path != c.new_path) where = c.old_path + " → " + c.new_path;
  if (!where.empty()) note += "<div>" + html_escape(where) + "</div>";
  for (const diff::FactChange& f : c.facts) note += "<div class=\"fact\">" + html_escape(describe(f)) + "</div>";
  rows.html += "<td class=\"old\">" + old_cell + "</td><td class=\"new\">" + new_cell + "</td><td class=\"note\">" +
               note + "</td></tr>\n";
}

void passage_rows(const std::vector<diff::PassageChange>& passages, Rows& rows) {
  for (const diff::PassageChange& p : passages) {
    open_row(p.kind, rows);
    std::string old_cell = "<span class=\"none\">（无）</span>", new_cell = "<span class=\"none\">（删除）</span>";
    if (!p.redline.empty()) {
      old_cell = side(p.redline, diff::RedlineOp::deleted);
      new_cell = side(p.redline, diff::RedlineOp::inserted);
    } else {
      if (!p.old_text.empty()) old_cell = html_escape(p.old_text);
      if (!p.new_text.empty()) new_cell = html_escape(p.new_text);
    }
    rows.html += "<td class=\"old\">" + old_cell + "</td><td class=\"new\">" + new_cell + "</td><td class=\"note\">" +
                 tag(p.kind, std::string(part_label(p.part)) + kind_label(p.kind)) + "</td></tr>\n";
  }
}

constexpr const char* kCompareHead =
    "<table class=\"compare\"><colgroup><col class=\"side\"><col class=\"side\"><col class=\"what\"></colgroup>"
    "<thead><tr><th>修改前</th><th>修改后</th><th>变化</th></tr></thead><tbody>\n";

// Field changes and every fact change of the document, its clauses' too, in one table.
void fact_table(const diff::DocumentChange& d, std::string& out) {
  std::string rows;
  for (const diff::FieldChange& f : d.fields)
    if (!shown_as_fact(f))
      rows +=
          fmt::format("<tr><td>文件</td><td>{}</td><td>{}</td><td>{}</td><td></td></tr>\n", field_label(f.field),
                      html_escape(field_value(f.field, f.old_value)), html_escape(field_value(f.field, f.new_value)));
  const auto fact_row = [&rows](const std::string& where, const diff::FactChange& f) {
    rows += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", html_escape(where),
                        fact_kind_label(f.kind), f.old_fact ? html_escape(f.old_fact->text) : "（无）",
                        f.new_fact ? html_escape(f.new_fact->text) : "（无）", html_escape(describe(f)));
  };
  for (const diff::FactChange& f : d.facts) fact_row("文件", f);
  for (const diff::ClauseChange& c : d.clauses)
    for (const diff::FactChange& f : c.facts) fact_row(c.new_path.empty() ? c.old_path : c.new_path, f);
  if (rows.empty()) return;
  out +=
      "<h3>要素变化</h3>\n<table class=\"facts\"><thead><tr><th>位置</th><th>项目</th><th>修改前</th><th>修改后</th>"
      "<th>说明</th></tr></thead><tbody>\n" +
      rows + "</tbody></table>\n";
}

void write_document(const diff::DocumentChange& d, int depth, Rows& rows) {
  std::string& out = rows.html;
  if (d.status == diff::DocumentStatus::added || d.status == diff::DocumentStatus::removed) {
    const bool added = d.status == diff::DocumentStatus::added;
    const Document* doc = added ? d.new_doc : d.old_doc;
    out += fmt::format("<section class=\"doc\"><h{0}>{1}：{2}</h{0}><p>《{3}》</p></section>\n", depth,
                       added ? "新增" : "删除", html_escape(added ? d.new_name : d.old_name), html_escape(doc->title));
    return;
  }
  out += fmt::format("<section class=\"doc\"><h{0}>{1}</h{0}>\n", depth,
                     html_escape(d.old_name == d.new_name ? d.new_name : d.old_name + " → " + d.new_name));
  fact_table(d, out);
  out += kCompareHead;
  passage_rows(d.passages, rows);
  for (const diff::ClauseChange& c : d.clauses) clause_row(c, rows);
  out += "</tbody></table>\n</section>\n";
  for (const diff::DocumentChange& a : d.attachments)
    if (diff::has_changes(a)) write_document(a, std::min(depth + 1, 4), rows);
}

}  // namespace

std::string diff_html(const diff::ChangeSet& changes, const std::vector<Finding>& findings) {
  HtmlPage page;
  page.title = "新旧对照表";
  page.css = kDiffCss;
  page.script = kDiffScript;
  Rows rows;
  rows.html = "<header><h1>新旧对照表</h1>";
  if (changes.old_source && changes.new_source)
    rows.html += fmt::format(
        "<p class=\"muted\">修改前：<span class=\"mono\">{}</span>　修改后：<span class=\"mono\">{}</span></p>",
        html_escape(changes.old_source->path(), text::Breaks::escaped),
        html_escape(changes.new_source->path(), text::Breaks::escaped));
  rows.html += "</header>\n<div class=\"controls\" id=\"toolbar\" hidden></div>\n";
  if (changes.empty()) rows.html += "<p>两个版本没有差别。</p>\n";
  for (const diff::DocumentChange& d : changes.documents)
    if (diff::has_changes(d)) write_document(d, 2, rows);
  if (!changes.text.empty()) {
    rows.html += std::string("<section class=\"doc\"><h2>全文</h2>\n") + kCompareHead;
    passage_rows(changes.text, rows);
    rows.html += "</tbody></table>\n</section>\n";
  }
  std::string& out = rows.html;
  if (!changes.toc.empty()) {
    out += "<section><h2>目录变化</h2><ul>\n";
    for (const diff::TocChange& t : changes.toc)
      out += fmt::format("<li>{}：{}</li>\n", t.added ? "新增" : "删除", html_escape(t.title));
    out += "</ul></section>\n";
  }
  if (!findings.empty()) {
    out +=
        "<section><h2>变更规则</h2>\n<table class=\"rules\"><thead><tr><th>规则</th><th>级别</th><th>位置</th>"
        "<th>说明</th></tr></thead><tbody>\n";
    for (const Finding& f : findings)
      out += fmt::format(
          "<tr><td><code>{}</code></td><td class=\"sev-{}\">{}</td><td class=\"mono\">{}</td><td>{}</td></tr>\n",
          html_escape(f.rule), to_string(f.severity), to_string(f.severity),
          html_escape(f.file + ":" + std::to_string(f.location.line), text::Breaks::escaped), html_escape(f.message));
    out += "</tbody></table></section>\n";
  }
  page.body = std::move(rows.html);
  return render_page(page);
}

}  // namespace clausecheck::reports
