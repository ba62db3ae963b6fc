#include "reports/diff_markdown.hpp"

#include <fmt/format.h>

#include "model/messages.hpp"
#include "reports/diff_describe.hpp"
#include "reports/markdown_cell.hpp"
#include "text/code_points.hpp"
#include "model/page_suffix.hpp"

namespace clausecheck::reports {

namespace {

// Every text from the documents, packs or file names goes through
// markdown_cell or markdown_code: it renders as itself, never as HTML, a link,
// a mention or a new table cell, and stays on its line.

// One side of the redline: the old text with deletions struck, or the new one
// with insertions in bold. Markdown's ** and ~~ do not open before punctuation
// or a blank that follows a letter, nor close after one that precedes a letter
// (管理**，**落实 stays as typed): such a mark takes in the letter next to it
// (管**理，落**实), which keeps the output free of HTML.
std::string markdown_side(const diff::Redline& redline, diff::RedlineOp shown) {
  struct Segment {
    std::u32string text;
    bool marked = false;
  };
  std::vector<Segment> segments;
  for (const diff::RedlinePiece& p : redline) {
    if (p.op != diff::RedlineOp::equal && p.op != shown) continue;
    const bool marked = p.op == shown;
    if (segments.empty() || segments.back().marked != marked) segments.push_back({{}, marked});
    segments.back().text += text::to_code_points(p.text);
  }
  const auto odd = [](char32_t c) { return text::is_punctuation(c) || text::is_space(c); };
  for (std::size_t k = 0; k < segments.size(); ++k) {
    std::u32string& t = segments[k].text;
    if (!segments[k].marked || t.empty()) continue;
    if (k > 0) {
      std::u32string& before = segments[k - 1].text;
      if (odd(t.front()) && !before.empty() && !odd(before.back())) {
        t.insert(t.begin(), before.back());
        before.pop_back();
      }
    }
    if (k + 1 < segments.size()) {
      std::u32string& after = segments[k + 1].text;
      if (odd(t.back()) && !after.empty() && !odd(after.front())) {
        t.push_back(after.front());
        after.erase(after.begin());
      }
    }
  }
  const char* mark = shown == diff::RedlineOp::deleted ? "~~" : "**";
  std::string out;
  for (const Segment& s : segments) {
    if (s.text.empty()) continue;
    const std::string cell = markdown_cell(text::to_utf8(s.text));
    out += s.marked ? mark + cell + mark : cell;
  }
  return out;
}

std::string row(const diff::ClauseChange& c) {
  std::string old_cell = msg(Msg::value_none), new_cell = msg(Msg::md_clause_deleted);
  if (c.old_clause && c.new_clause && !c.redline.empty()) {
    old_cell = markdown_cell(c.old_clause->number.printed) + markdown_side(c.redline, diff::RedlineOp::deleted);
    new_cell = markdown_cell(c.new_clause->number.printed) + markdown_side(c.redline, diff::RedlineOp::inserted);
  } else {
    if (c.old_clause) old_cell = markdown_cell(clause_text(*c.old_clause));
    if (c.new_clause) new_cell = markdown_cell(clause_text(*c.new_clause));
  }
  std::string note = change_label(c.kind, c.redline);
  if (c.kind == diff::ClauseChangeKind::moved) note += markdown_cell(msg(Msg::md_moved, {c.old_path, c.new_path}));
  else if (c.kind == diff::ClauseChangeKind::merged) note += markdown_cell(msg(Msg::md_merged, {c.new_path}));
  else if (c.kind == diff::ClauseChangeKind::split) note += markdown_cell(msg(Msg::md_split, {c.old_path}));
  else if (c.old_clause && c.new_clause && c.old_path != c.new_path)
    note += markdown_cell(in_brackets(c.old_path + "→" + c.new_path));
  for (const diff::FactChange& f : c.facts) note += (language() == Lang::zh ? "；" : "; ") + markdown_cell(describe(f));
  return fmt::format("| {} | {} | {} |\n", old_cell, new_cell, note);
}

// Paragraphs outside the clauses, as rows of the same 对照表.
std::string passage_rows(const std::vector<diff::PassageChange>& passages) {
  std::string rows;
  for (const diff::PassageChange& p : passages) {
    std::string old_cell = msg(Msg::value_none), new_cell = msg(Msg::md_clause_deleted);
    if (!p.redline.empty()) {
      old_cell = markdown_side(p.redline, diff::RedlineOp::deleted);
      new_cell = markdown_side(p.redline, diff::RedlineOp::inserted);
    } else {
      if (!p.old_text.empty()) old_cell = markdown_cell(p.old_text);
      if (!p.new_text.empty()) new_cell = markdown_cell(p.new_text);
    }
    rows += fmt::format("| {} | {} | {}{} |\n", old_cell, new_cell, part_label(p.part), kind_label(p.kind));
  }
  return rows;
}

void write_document(const diff::DocumentChange& d, int depth, std::string& out) {
  const std::string hashes(static_cast<std::size_t>(depth), '#');
  if (d.status == diff::DocumentStatus::added) {
    out += fmt::format("{}\n\n《{}》\n\n", msg(Msg::md_document_added, {hashes, markdown_cell(d.new_name)}),
                       markdown_cell(d.new_doc->title));
    return;
  }
  if (d.status == diff::DocumentStatus::removed) {
    out += fmt::format("{}\n\n《{}》\n\n", msg(Msg::md_document_removed, {hashes, markdown_cell(d.old_name)}),
                       markdown_cell(d.old_doc->title));
    return;
  }
  out += fmt::format("{} {}\n\n", hashes,
                     markdown_cell(d.old_name == d.new_name ? d.new_name : d.old_name + " → " + d.new_name));
  if (!d.fields.empty() || !d.facts.empty()) {
    out += msg(Msg::md_field_columns) + "\n|---|---|---|\n";
    for (const diff::FieldChange& f : d.fields)
      if (!shown_as_fact(f))
        out += fmt::format("| {} | {} | {} |\n", field_label(f.field), markdown_cell(field_value(f.field, f.old_value)),
                           markdown_cell(field_value(f.field, f.new_value)));
    for (const diff::FactChange& f : d.facts)
      out += fmt::format("| {} | {} | {} |\n", fact_kind_label(f.kind),
                         f.old_fact ? markdown_cell(f.old_fact->text) : msg(Msg::value_none),
                         f.new_fact ? markdown_cell(f.new_fact->text) : msg(Msg::value_none));
    out += "\n";
  }
  std::string rows = passage_rows(d.passages);
  std::string renumbered;
  int renumbered_count = 0;
  for (const diff::ClauseChange& c : d.clauses) {
    if (c.kind == diff::ClauseChangeKind::renumbered) {
      renumbered += (renumbered_count++ ? list_separator() : "") + markdown_cell(c.old_path + "→" + c.new_path);
    } else if (c.kind != diff::ClauseChangeKind::unchanged || !c.facts.empty()) {
      rows += row(c);
    }
  }
  if (!rows.empty()) out += msg(Msg::md_clause_columns) + "\n|---|---|---|\n" + rows + "\n";
  if (renumbered_count) out += msg(Msg::md_renumbered, {std::to_string(renumbered_count), renumbered}) + "\n\n";
  for (const diff::DocumentChange& a : d.attachments)
    if (diff::has_changes(a)) write_document(a, depth + 1, out);
}

}  // namespace

std::string diff_markdown(const diff::ChangeSet& changes, const std::vector<Finding>& findings) {
  std::string out = msg(Msg::md_diff_title) + "\n\n";
  if (changes.old_source && changes.new_source)
    out += msg(Msg::md_diff_files,
               {markdown_code(changes.old_source->path()), markdown_code(changes.new_source->path())}) +
           "\n\n";
  if (changes.empty()) out += msg(Msg::diff_no_difference) + "\n";
  for (const diff::DocumentChange& d : changes.documents)
    if (diff::has_changes(d)) write_document(d, 2, out);
  if (!changes.text.empty()) out += msg(Msg::md_whole_text) + "\n|---|---|---|\n" + passage_rows(changes.text) + "\n";
  if (!changes.toc.empty()) {
    out += msg(Msg::md_toc_heading) + "\n\n";
    for (const diff::TocChange& t : changes.toc)
      out += msg(t.added ? Msg::md_toc_added : Msg::md_toc_removed, {markdown_cell(t.title)}) + "\n";
    out += "\n";
  }
  if (!findings.empty()) {
    out += msg(Msg::md_change_rules) + "\n|---|---|---|---|\n";
    for (const Finding& f : findings)
      out += fmt::format("| {} | {} | {} | {} |\n", markdown_code_cell(f.rule), to_string(f.severity),
                         markdown_cell(f.file + ":" + std::to_string(f.location.line) + page_suffix(f.location)),
                         markdown_cell(f.message));
  }
  return out;
}

}  // namespace clausecheck::reports
