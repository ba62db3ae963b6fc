#include "reports/html_diff.hpp"

#include <fmt/format.h>

#include "reports/diff_describe.hpp"
#include "model/messages.hpp"
#include "reports/html_diff_assets.hpp"
#include "reports/html_page.hpp"

namespace clausecheck::reports {

namespace {

// One side of the redline: the old text with its deletions in <del>, or the
// new one with its insertions in <ins>.
std::string html_side(const diff::Redline& redline, diff::RedlineOp shown) {
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

// The script's words in the run's language, as the toolbar's data attributes (each {} a number it fills).
std::string toolbar_words() {
  std::string out;
  for (const auto& [name, id] :
       {std::pair{"changes", Msg::html_js_changes}, std::pair{"at", Msg::html_js_change_at},
        std::pair{"none", Msg::html_js_no_changes}, std::pair{"renumbered", Msg::html_js_renumbered},
        std::pair{"only", Msg::html_js_only_changes}, std::pair{"previous", Msg::html_js_previous},
        std::pair{"next", Msg::html_js_next}})
    out += fmt::format(" data-{}=\"{}\"", name, html_escape(msg(id)));
  return out;
}

std::string none() { return "<span class=\"none\">" + msg(Msg::html_none) + "</span>"; }
std::string deleted() { return "<span class=\"none\">" + msg(Msg::html_deleted) + "</span>"; }

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
    old_cell =
        "<b>" + html_escape(c.old_clause->number.printed) + "</b>" + html_side(c.redline, diff::RedlineOp::deleted);
    new_cell =
        "<b>" + html_escape(c.new_clause->number.printed) + "</b>" + html_side(c.redline, diff::RedlineOp::inserted);
  } else {
    if (c.old_clause) old_cell = html_escape(clause_text(*c.old_clause));
    if (c.new_clause) new_cell = html_escape(clause_text(*c.new_clause));
  }
  if (!c.old_clause) old_cell = none();
  if (!c.new_clause) new_cell = deleted();
  std::string note;
  if (c.kind != diff::ClauseChangeKind::unchanged) note = tag(c.kind, change_label(c.kind, c.redline));
  std::string where;
  if (c.kind == diff::ClauseChangeKind::moved) where = msg(Msg::html_moved, {c.old_path, c.new_path});
  else if (c.kind == diff::ClauseChangeKind::merged) where = msg(Msg::html_merged, {c.new_path});
  else if (c.kind == diff::ClauseChangeKind::split) where = msg(Msg::html_split, {c.old_path});
  else if (c.old_clause && c.new_clause && c.old_path != c.new_path) where = c.old_path + " → " + c.new_path;
  if (!where.empty()) note += "<div>" + html_escape(where) + "</div>";
  for (const diff::FactChange& f : c.facts) note += "<div class=\"fact\">" + html_escape(describe(f)) + "</div>";
  rows.html += "<td class=\"old\">" + old_cell + "</td><td class=\"new\">" + new_cell + "</td><td class=\"note\">" +
               note + "</td></tr>\n";
}

void passage_rows(const std::vector<diff::PassageChange>& passages, Rows& rows) {
  for (const diff::PassageChange& p : passages) {
    open_row(p.kind, rows);
    std::string old_cell = none(), new_cell = deleted();
    if (!p.redline.empty()) {
      old_cell = html_side(p.redline, diff::RedlineOp::deleted);
      new_cell = html_side(p.redline, diff::RedlineOp::inserted);
    } else {
      if (!p.old_text.empty()) old_cell = html_escape(p.old_text);
      if (!p.new_text.empty()) new_cell = html_escape(p.new_text);
    }
    rows.html += "<td class=\"old\">" + old_cell + "</td><td class=\"new\">" + new_cell + "</td><td class=\"note\">" +
                 tag(p.kind, std::string(part_label(p.part)) + kind_label(p.kind)) + "</td></tr>\n";
  }
}

// The heads of the cells of one table, in the run's language.
std::string heads(std::initializer_list<Msg> columns) {
  std::string out = "<thead><tr>";
  for (const Msg column : columns) out += "<th>" + msg(column) + "</th>";
  return out + "</tr></thead><tbody>\n";
}

std::string compare_head() {
  return "<table class=\"compare\"><colgroup><col class=\"side\"><col class=\"side\"><col "
         "class=\"what\"></colgroup>" +
         heads({Msg::html_col_old, Msg::html_col_new, Msg::html_col_change});
}

// Field changes and every fact change of the document, its clauses' too, in one table.
void fact_table(const diff::DocumentChange& d, std::string& out) {
  std::string rows;
  for (const diff::FieldChange& f : d.fields)
    if (!shown_as_fact(f))
      rows +=
          fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td></td></tr>\n", msg(Msg::html_document_row),
                      field_label(f.field), html_escape(field_value(f.field, f.old_value)),
                      html_escape(field_value(f.field, f.new_value)));
  const auto fact_row = [&rows](const std::string& where, const diff::FactChange& f) {
    rows += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", html_escape(where),
                        fact_kind_label(f.kind), f.old_fact ? html_escape(f.old_fact->text) : msg(Msg::html_none),
                        f.new_fact ? html_escape(f.new_fact->text) : msg(Msg::html_none), html_escape(describe(f)));
  };
  for (const diff::FactChange& f : d.facts) fact_row(msg(Msg::html_document_row), f);
  for (const diff::ClauseChange& c : d.clauses)
    for (const diff::FactChange& f : c.facts) fact_row(c.new_path.empty() ? c.old_path : c.new_path, f);
  if (rows.empty()) return;
  out +=
      "<h3>" + msg(Msg::html_facts_heading) + "</h3>\n<table class=\"facts\">" +
      heads({Msg::html_col_location, Msg::html_col_item, Msg::html_col_old, Msg::html_col_new, Msg::html_col_message}) +
      rows + "</tbody></table>\n";
}

void write_document(const diff::DocumentChange& d, int depth, Rows& rows) {
  std::string& out = rows.html;
  if (d.status == diff::DocumentStatus::added || d.status == diff::DocumentStatus::removed) {
    const bool added = d.status == diff::DocumentStatus::added;
    const Document* doc = added ? d.new_doc : d.old_doc;
    const std::string name = html_escape(added ? d.new_name : d.old_name);
    out += fmt::format("<section class=\"doc\"><h{0}>{1}</h{0}><p>{2}</p></section>\n", depth,
                       msg(added ? Msg::html_document_added : Msg::html_document_removed, {name}),
                       msg(Msg::html_title, {html_escape(doc->title)}));
    return;
  }
  out += fmt::format("<section class=\"doc\"><h{0}>{1}</h{0}>\n", depth,
                     html_escape(d.old_name == d.new_name ? d.new_name : d.old_name + " → " + d.new_name));
  fact_table(d, out);
  out += compare_head();
  passage_rows(d.passages, rows);
  for (const diff::ClauseChange& c : d.clauses) clause_row(c, rows);
  out += "</tbody></table>\n</section>\n";
  for (const diff::DocumentChange& a : d.attachments)
    if (diff::has_changes(a)) write_document(a, std::min(depth + 1, 4), rows);
}

}  // namespace

std::string diff_html(const diff::ChangeSet& changes, const std::vector<Finding>& findings) {
  HtmlPage page;
  page.title = msg(Msg::html_diff_title);
  page.css = kDiffCss;
  page.script = kDiffScript;
  Rows rows;
  rows.html = "<header><h1>" + page.title + "</h1>";
  if (changes.old_source && changes.new_source)
    rows.html +=
        "<p class=\"muted\">" +
        msg(Msg::html_diff_files,
            {"<span class=\"mono\">" + html_escape(changes.old_source->path(), text::Breaks::escaped) + "</span>",
             "<span class=\"mono\">" + html_escape(changes.new_source->path(), text::Breaks::escaped) + "</span>"}) +
        "</p>";
  rows.html += "</header>\n<div class=\"controls\" id=\"toolbar\"" + toolbar_words() + " hidden></div>\n";
  if (changes.empty()) rows.html += "<p>" + msg(Msg::diff_no_difference) + "</p>\n";
  for (const diff::DocumentChange& d : changes.documents)
    if (diff::has_changes(d)) write_document(d, 2, rows);
  if (!changes.text.empty()) {
    rows.html += "<section class=\"doc\"><h2>" + msg(Msg::html_whole_text) + "</h2>\n" + compare_head();
    passage_rows(changes.text, rows);
    rows.html += "</tbody></table>\n</section>\n";
  }
  std::string& out = rows.html;
  if (!changes.toc.empty()) {
    out += "<section><h2>" + msg(Msg::html_toc_heading) + "</h2><ul>\n";
    for (const diff::TocChange& t : changes.toc)
      out += "<li>" + msg(t.added ? Msg::html_toc_added : Msg::html_toc_removed, {html_escape(t.title)}) + "</li>\n";
    out += "</ul></section>\n";
  }
  if (!findings.empty()) {
    out += "<section><h2>" + msg(Msg::html_change_rules) + "</h2>\n<table class=\"rules\">" +
           heads({Msg::html_col_rule, Msg::html_col_severity, Msg::html_col_location, Msg::html_col_message});
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
