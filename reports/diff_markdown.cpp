#include "reports/diff_markdown.hpp"

#include <fmt/format.h>

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
std::string side(const diff::Redline& redline, diff::RedlineOp shown) {
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
  std::string old_cell = "（无）", new_cell = "（删除）";
  if (c.old_clause && c.new_clause && !c.redline.empty()) {
    old_cell = markdown_cell(c.old_clause->number.printed) + side(c.redline, diff::RedlineOp::deleted);
    new_cell = markdown_cell(c.new_clause->number.printed) + side(c.redline, diff::RedlineOp::inserted);
  } else {
    if (c.old_clause) old_cell = markdown_cell(clause_text(*c.old_clause));
    if (c.new_clause) new_cell = markdown_cell(clause_text(*c.new_clause));
  }
  std::string note = change_label(c.kind, c.redline);
  if (c.kind == diff::ClauseChangeKind::moved) note += markdown_cell("（原" + c.old_path + "，现" + c.new_path + "）");
  else if (c.kind == diff::ClauseChangeKind::merged) note += markdown_cell("（并入" + c.new_path + "）");
  else if (c.kind == diff::ClauseChangeKind::split) note += markdown_cell("（由" + c.old_path + "拆出）");
  else if (c.old_clause && c.new_clause && c.old_path != c.new_path)
    note += markdown_cell("（" + c.old_path + "→" + c.new_path + "）");
  for (const diff::FactChange& f : c.facts) note += "；" + markdown_cell(describe(f));
  return fmt::format("| {} | {} | {} |\n", old_cell, new_cell, note);
}

// Paragraphs outside the clauses, as rows of the same 对照表.
std::string passage_rows(const std::vector<diff::PassageChange>& passages) {
  std::string rows;
  for (const diff::PassageChange& p : passages) {
    std::string old_cell = "（无）", new_cell = "（删除）";
    if (!p.redline.empty()) {
      old_cell = side(p.redline, diff::RedlineOp::deleted);
      new_cell = side(p.redline, diff::RedlineOp::inserted);
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
    out += fmt::format("{} 新增：{}\n\n《{}》\n\n", hashes, markdown_cell(d.new_name), markdown_cell(d.new_doc->title));
    return;
  }
  if (d.status == diff::DocumentStatus::removed) {
    out += fmt::format("{} 删除：{}\n\n《{}》\n\n", hashes, markdown_cell(d.old_name), markdown_cell(d.old_doc->title));
    return;
  }
  out += fmt::format("{} {}\n\n", hashes,
                     markdown_cell(d.old_name == d.new_name ? d.new_name : d.old_name + " → " + d.new_name));
  if (!d.fields.empty() || !d.facts.empty()) {
    out += "| 项目 | 原文 | 修订后 |\n|---|---|---|\n";
    for (const diff::FieldChange& f : d.fields)
      if (!shown_as_fact(f))
        out += fmt::format("| {} | {} | {} |\n", field_label(f.field), markdown_cell(field_value(f.field, f.old_value)),
                           markdown_cell(field_value(f.field, f.new_value)));
    for (const diff::FactChange& f : d.facts)
      out += fmt::format("| {} | {} | {} |\n", fact_kind_label(f.kind),
                         f.old_fact ? markdown_cell(f.old_fact->text) : "（无）",
                         f.new_fact ? markdown_cell(f.new_fact->text) : "（无）");
    out += "\n";
  }
  std::string rows = passage_rows(d.passages);
  std::string renumbered;
  int renumbered_count = 0;
  for (const diff::ClauseChange& c : d.clauses) {
    if (c.kind == diff::ClauseChangeKind::renumbered) {
      renumbered += (renumbered_count++ ? "，" : "") + markdown_cell(c.old_path + "→" + c.new_path);
    } else if (c.kind != diff::ClauseChangeKind::unchanged || !c.facts.empty()) {
      rows += row(c);
    }
  }
  if (!rows.empty()) out += "| 原条款 | 修订后条款 | 变化说明 |\n|---|---|---|\n" + rows + "\n";
  if (renumbered_count) out += fmt::format("序号变化（{}条）：{}\n\n", renumbered_count, renumbered);
  for (const diff::DocumentChange& a : d.attachments)
    if (diff::has_changes(a)) write_document(a, depth + 1, out);
}

}  // namespace

std::string diff_markdown(const diff::ChangeSet& changes, const std::vector<Finding>& findings) {
  std::string out = "# 新旧对照表\n\n";
  if (changes.old_source && changes.new_source)
    out += fmt::format("原文件：{}　修订后：{}\n\n", markdown_code(changes.old_source->path()),
                       markdown_code(changes.new_source->path()));
  if (changes.empty()) out += "两个版本没有差别。\n";
  for (const diff::DocumentChange& d : changes.documents)
    if (diff::has_changes(d)) write_document(d, 2, out);
  if (!changes.text.empty())
    out += "## 全文\n\n| 原文 | 修订后 | 变化说明 |\n|---|---|---|\n" + passage_rows(changes.text) + "\n";
  if (!changes.toc.empty()) {
    out += "## 目录变化\n\n";
    for (const diff::TocChange& t : changes.toc)
      out += fmt::format("- {}：{}\n", t.added ? "新增" : "删除", markdown_cell(t.title));
    out += "\n";
  }
  if (!findings.empty()) {
    out += "## 变更规则\n\n| 规则 | 级别 | 位置 | 说明 |\n|---|---|---|---|\n";
    for (const Finding& f : findings)
      out += fmt::format("| {} | {} | {} | {} |\n", markdown_code_cell(f.rule), to_string(f.severity),
                         markdown_cell(f.file + ":" + std::to_string(f.location.line) + page_suffix(f.location)),
                         markdown_cell(f.message));
  }
  return out;
}

}  // namespace clausecheck::reports
