#include "reports/diff_text.hpp"

#include <array>
#include <fmt/format.h>

#include "text/code_points.hpp"
#include "diff/clause_align.hpp"
#include "reports/diff_describe.hpp"
#include "text/escape_visible.hpp"
#include "model/messages.hpp"
#include "model/page_suffix.hpp"

namespace clausecheck::reports {

namespace {

// Every text taken from the documents, packs or file names passes through
// visible(): each stays on its line and sends no control to the terminal.

constexpr std::size_t kContext = 12;  // code points of unchanged text kept around an edit

// An equal stretch shortened to its ends: what a reader needs around an edit.
std::string shorten(const std::string& text, bool first, bool last) {
  const std::u32string cps = text::to_code_points(text);
  const std::size_t keep_head = first ? 0 : kContext, keep_tail = last ? 0 : kContext;
  if (cps.size() <= keep_head + keep_tail + 1) return text;
  return text::to_utf8(cps.substr(0, keep_head)) + "…" + text::to_utf8(cps.substr(cps.size() - keep_tail));
}

std::string redline_text(const diff::Redline& redline) {
  std::string out;
  for (std::size_t k = 0; k < redline.size(); ++k) {
    const diff::RedlinePiece& p = redline[k];
    if (p.op == diff::RedlineOp::equal) out += shorten(p.text, k == 0, k + 1 == redline.size());
    else if (p.op == diff::RedlineOp::deleted) out += "[-" + p.text + "-]";
    else out += "{+" + p.text + "+}";
  }
  for (char& c : out)
    if (c == '\n') c = ' ';
  return text::visible(out);
}

std::string label_or_dash(const std::string& path) { return path.empty() ? "—" : path; }

constexpr std::size_t kShown = 60;  // code points of an inserted or deleted clause's text shown

// What an inserted, deleted, merged or split-off clause says, its start: deleted
// as a deletion, the others as an insertion.
std::string gone_or_came(const diff::ClauseChange& c) {
  const bool gone = c.kind == diff::ClauseChangeKind::deleted || c.kind == diff::ClauseChangeKind::merged;
  const std::u32string cps = text::to_code_points(diff::own_text(gone ? *c.old_clause : *c.new_clause));
  std::string shown = text::to_utf8(cps.substr(0, kShown));
  if (cps.size() > kShown) shown += "…";
  return redline_text({{gone ? diff::RedlineOp::deleted : diff::RedlineOp::inserted, shown}});
}

void write_clauses(const diff::DocumentChange& d, const std::string& indent, std::string& out) {
  std::vector<std::string> renumbered;
  for (const diff::ClauseChange& c : d.clauses) {
    if (c.kind == diff::ClauseChangeKind::unchanged && c.facts.empty()) continue;
    if (c.kind == diff::ClauseChangeKind::renumbered) {
      renumbered.push_back(text::visible(c.old_path + "→" + c.new_path));
      continue;
    }
    const std::string where =
        c.old_path == c.new_path ? c.new_path : label_or_dash(c.old_path) + " → " + label_or_dash(c.new_path);
    out += fmt::format("{}{} {}\n", indent, change_label(c.kind, c.redline), text::visible(where));
    if (!c.redline.empty()) out += indent + "    " + redline_text(c.redline) + "\n";
    else if (!c.old_clause || !c.new_clause || c.kind == diff::ClauseChangeKind::merged ||
             c.kind == diff::ClauseChangeKind::split)
      out += indent + "    " + gone_or_came(c) + "\n";
    for (const diff::FactChange& f : c.facts) out += indent + "    " + text::visible(describe(f)) + "\n";
  }
  if (!renumbered.empty()) {
    out += indent + msg(Msg::diff_renumbered, {std::to_string(renumbered.size())});
    for (std::size_t k = 0; k < renumbered.size(); ++k) out += (k ? list_separator() : "") + renumbered[k];
    out += "\n";
  }
}

// Paragraphs outside the clauses: a redline when edited, else the text that came or went.
void write_passages(const std::vector<diff::PassageChange>& passages, const std::string& indent, std::string& out) {
  for (const diff::PassageChange& p : passages) {
    out += indent + msg(Msg::diff_paragraph, {part_label(p.part), kind_label(p.kind)}) + "\n";
    const std::string& gone_or_came = p.kind == diff::ClauseChangeKind::deleted ? p.old_text : p.new_text;
    const diff::Redline whole = {
        {p.kind == diff::ClauseChangeKind::deleted ? diff::RedlineOp::deleted : diff::RedlineOp::inserted,
         gone_or_came}};
    out += indent + "    " + redline_text(p.redline.empty() ? whole : p.redline) + "\n";
  }
}

// A number alone says little about a document that came or went: add its title.
std::string titled(const std::string& name, const Document& doc) {
  return name == doc.title ? name : name + "《" + doc.title + "》";
}

void write_document(const diff::DocumentChange& d, const std::string& indent, const std::string& prefix,
                    std::string& out) {
  const std::string none = msg(Msg::value_none);
  const std::string name = d.status == diff::DocumentStatus::added     ? none + " → " + titled(d.new_name, *d.new_doc)
                           : d.status == diff::DocumentStatus::removed ? titled(d.old_name, *d.old_doc) + " → " + none
                           : d.old_name == d.new_name                  ? d.new_name
                                                                       : d.old_name + " → " + d.new_name;
  // In the order of DocumentStatus.
  const Msg status =
      static_cast<Msg>(static_cast<std::size_t>(Msg::document_unchanged) + static_cast<std::size_t>(d.status));
  out += indent + prefix + text::visible(name) + msg(status) + "\n";
  if (d.status == diff::DocumentStatus::added || d.status == diff::DocumentStatus::removed) return;
  for (const diff::FieldChange& f : d.fields)
    if (!shown_as_fact(f))
      out += fmt::format("{}  {}{}{} → {}\n", indent, field_label(f.field), colon(),
                         text::visible(field_value(f.field, f.old_value)),
                         text::visible(field_value(f.field, f.new_value)));
  for (const diff::FactChange& f : d.facts) out += indent + "  " + text::visible(describe(f)) + "\n";
  write_passages(d.passages, indent + "  ", out);
  write_clauses(d, indent + "  ", out);
  for (const diff::DocumentChange& a : d.attachments) {
    if (diff::has_changes(a)) write_document(a, indent + "  ", msg(Msg::diff_attachment), out);
  }
}

void count_kinds(const diff::DocumentChange& d, std::array<int, 8>& counts) {
  for (const diff::ClauseChange& c : d.clauses) ++counts[static_cast<std::size_t>(c.kind)];
  for (const diff::DocumentChange& a : d.attachments) count_kinds(a, counts);
}

}  // namespace

std::string diff_text(const diff::ChangeSet& changes, const std::vector<Finding>& findings) {
  std::string out;
  if (changes.empty()) out += msg(Msg::diff_no_difference) + "\n";
  for (const diff::DocumentChange& d : changes.documents)
    if (diff::has_changes(d)) write_document(d, "", "", out);
  write_passages(changes.text, "", out);
  for (const diff::TocChange& t : changes.toc)
    out +=
        msg(t.added ? Msg::diff_toc_added : Msg::diff_toc_removed, {text::visible(t.title), std::to_string(t.page)}) +
        "\n";
  for (const Finding& f : findings)
    out += fmt::format("{}:{}:{}: {} [{}] {}{}\n", text::visible(f.file), f.location.line, f.location.column,
                       to_string(f.severity), text::visible(f.rule), text::visible(f.message), page_suffix(f.location));
  std::array<int, 8> counts{};
  for (const diff::DocumentChange& d : changes.documents) count_kinds(d, counts);
  const auto count = [&](diff::ClauseChangeKind kind) {
    return std::to_string(counts[static_cast<std::size_t>(kind)]);
  };
  using K = diff::ClauseChangeKind;
  out +=
      msg(Msg::diff_clause_counts, {count(K::inserted), count(K::deleted), count(K::merged), count(K::split),
                                    count(K::moved), count(K::modified), count(K::renumbered), count(K::unchanged)}) +
      "\n";
  return out;
}

}  // namespace clausecheck::reports
