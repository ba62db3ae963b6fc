#include "reports/register_format.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "text/code_points.hpp"
#include "text/escape_visible.hpp"
#include "reports/finding_region.hpp"
#include "reports/markdown_cell.hpp"
#include "model/messages.hpp"
#include "model/page_suffix.hpp"
#include "text/escape_json.hpp"

namespace clausecheck::status {

namespace {

std::string day_or(const std::optional<std::chrono::year_month_day>& day, const char* none) {
  return day ? Date{*day, Precision::day}.iso() : none;
}

std::string place(const Evidence& evidence) {
  return evidence.file + ":" + std::to_string(evidence.location.line) + ":" + std::to_string(evidence.location.column) +
         page_suffix(evidence.location);
}

// The number names a document; an attachment is told from its notice by a suffix.
std::string document_name(const Entry& entry) {
  if (entry.document_number.empty()) return entry.document_title;
  return entry.attachment ? entry.document_number + "/附件" : entry.document_number;
}

constexpr std::size_t kColumns = 7;
using Row = std::array<std::string, kColumns>;

Row row_of(const Entry& e) {
  return {label(e.status),  day_or(e.expires_on, "-"), day_or(e.effective_from, "-"),
          document_name(e), e.clause.value_or("-"),    place(e.evidence),
          e.evidence.text};
}

// A row as the terminal shows it: each cell on its line, its controls made
// visible, so that the widths are those of what is shown.
Row visible_row(const Entry& e) {
  Row row = row_of(e);
  for (std::string& cell : row) cell = text::visible(cell);
  return row;
}

nlohmann::json link_json(const LineageLink& l) {
  return {{"document",
           {{"number", l.document_number.empty() ? nlohmann::json() : nlohmann::json(l.document_number)},
            {"title", l.document_title},
            {"file", l.file}}},
          {"clause", l.clause ? nlohmann::json(*l.clause) : nlohmann::json()},
          {"takes_effect", l.takes_effect ? nlohmann::json(day_or(l.takes_effect, "")) : nlohmann::json()},
          {"evidence",
           {{"text", l.evidence.text},
            {"file", l.evidence.file},
            {"line", l.evidence.location.line},
            {"column", l.evidence.location.column}}}};
}

nlohmann::json links_json(const std::vector<LineageLink>& links) {
  nlohmann::json out = nlohmann::json::array();
  for (const LineageLink& l : links) out.push_back(link_json(l));
  return out;
}

// 《…》 or the number when no title is written.
std::string target_name(const UnresolvedLineage& u) {
  if (u.target_title.empty()) return u.target_number;
  return "《" + u.target_title + "》" + (u.target_number.empty() ? "" : "（" + u.target_number + "）");
}

// The lines under an entry's row: each later document acting on it.
std::vector<std::string> lineage_lines(const Entry& e) {
  std::vector<std::string> lines;
  const std::pair<Msg, const std::vector<LineageLink>*> kinds[] = {{Msg::register_repealed_by, &e.repealed_by},
                                                                   {Msg::register_replaced_by, &e.replaced_by},
                                                                   {Msg::register_suspended_by, &e.suspended_by},
                                                                   {Msg::register_amended_by, &e.amended_by}};
  for (const auto& [line, links] : kinds)
    for (const LineageLink& l : *links)
      lines.push_back(msg(line, {l.document_number.empty() ? l.document_title : l.document_number, place(l.evidence),
                                 day_or(l.takes_effect, "-")}));
  return lines;
}

std::string unresolved_line(const UnresolvedLineage& u) {
  std::string line = msg(u.candidates.empty() ? Msg::register_unresolved : Msg::register_ambiguous,
                         {to_string(u.kind), target_name(u), place(u.by.evidence)});
  for (const std::string& c : u.candidates) line += msg(Msg::register_may_be, {c});
  return line;
}

// 宁城管〔2023〕11号 rests on 《…》 (已废止) in file:line:column.
std::string ended_citation_line(const EndedCitation& c) {
  return msg(Msg::register_rests_on, {c.by.document_number.empty() ? c.by.document_title : c.by.document_number,
                                      c.cited_title, label(c.cited_status), place(c.by.evidence)});
}

// One entry of the register, as json's "entries" list and jsonl's lines hold it.
nlohmann::json entry_json(const Entry& e) {
  nlohmann::json entry = {
      {"document",
       {{"number", e.document_number.empty() ? nlohmann::json() : nlohmann::json(e.document_number)},
        {"title", e.document_title},
        {"attachment", e.attachment}}},
      {"clause", e.clause ? nlohmann::json(*e.clause) : nlohmann::json()},
      {"status", to_string(e.status)},
      {"label", label_zh(e.status)},
      {"effective_from", e.effective_from ? nlohmann::json(day_or(e.effective_from, "")) : nlohmann::json()},
      {"expires_on", e.expires_on ? nlohmann::json(day_or(e.expires_on, "")) : nlohmann::json()},
      {"evidence",
       {{"text", e.evidence.text},
        {"file", e.evidence.file},
        {"line", e.evidence.location.line},
        {"column", e.evidence.location.column}}},
      {"signing_date_stood_in", e.signing_date_stood_in},
      {"notes", e.notes},
  };
  // A paged input's (PDF) page and line within it; a text input's register keeps its shape.
  if (e.evidence.location.page != 0) {
    entry["evidence"]["page"] = e.evidence.location.page;
    entry["evidence"]["page_line"] = e.evidence.location.page_line;
  }
  for (const auto& [name, links] :
       {std::pair{"repealed_by", &e.repealed_by}, std::pair{"amended_by", &e.amended_by},
        std::pair{"replaced_by", &e.replaced_by}, std::pair{"suspended_by", &e.suspended_by}})
    if (!links->empty()) entry[name] = links_json(*links);
  if (e.conflict)
    entry["conflict"] = {{"counted", day_or(e.conflict->counted, "")}, {"stated", day_or(e.conflict->stated, "")}};
  return entry;
}

}  // namespace

nlohmann::json to_json(const Register& reg) {
  nlohmann::json entries = nlohmann::json::array();
  for (const Entry& e : reg.entries) entries.push_back(entry_json(e));
  nlohmann::json unresolved = nlohmann::json::array();
  for (const UnresolvedLineage& u : reg.unresolved)
    unresolved.push_back({{"kind", to_string(u.kind)},
                          {"target_title", u.target_title},
                          {"target_number", u.target_number},
                          {"by", link_json(u.by)},
                          {"ambiguous", !u.candidates.empty()},
                          {"candidates", u.candidates}});
  nlohmann::json ended_citations = nlohmann::json::array();
  for (const EndedCitation& c : reg.ended_citations)
    ended_citations.push_back({{"by", link_json(c.by)},
                               {"cited",
                                {{"title", c.cited_title},
                                 {"number", c.cited_number.empty() ? nlohmann::json() : nlohmann::json(c.cited_number)},
                                 {"file", c.cited_file},
                                 {"status", to_string(c.cited_status)},
                                 {"label", label_zh(c.cited_status)}}}});
  return {{"schema", "clausecheck/status@1"},
          {"as_of", day_or(reg.as_of, "")},
          {"entries", std::move(entries)},
          {"unresolved", std::move(unresolved)},
          {"ended_citations", std::move(ended_citations)}};
}

void write_jsonl(const Register& reg, std::ostream& out) {
  const std::string as_of = day_or(reg.as_of, "");
  for (const Entry& e : reg.entries) {
    nlohmann::json line = entry_json(e);
    line["as_of"] = as_of;
    line["schema"] = kEntrySchema;
    out << text::dump_json(line, -1) << '\n';
  }
}

void write_text(const Register& reg, std::ostream& out) {
  const Row header = {msg(Msg::register_col_status),   msg(Msg::register_col_expires), msg(Msg::register_col_effective),
                      msg(Msg::register_col_document), msg(Msg::register_col_clause),  msg(Msg::register_col_location),
                      msg(Msg::register_col_evidence)};
  std::vector<const Entry*> sorted = by_expiry(reg);
  std::array<std::size_t, kColumns> widths{};
  auto widen = [&](const Row& row) {
    for (std::size_t i = 0; i < kColumns; ++i) widths[i] = std::max(widths[i], text::display_width(row[i]));
  };
  widen(header);
  for (const Entry* e : sorted) widen(visible_row(*e));
  auto print = [&](const Row& row) {
    std::string line;
    for (std::size_t i = 0; i < kColumns; ++i) {
      line += row[i];
      if (i + 1 < kColumns) line += std::string(widths[i] - text::display_width(row[i]) + 2, ' ');
    }
    out << line << '\n';
  };
  out << msg(Msg::register_summary, {day_or(reg.as_of, ""), std::to_string(reg.entries.size())}) << '\n';
  print(header);
  for (const Entry* e : sorted) {
    print(visible_row(*e));
    for (const std::string& note : e->notes) out << "    " << msg(Msg::register_note, {text::visible(note)}) << '\n';
    for (const std::string& line : lineage_lines(*e)) out << "    " << text::visible(line) << '\n';
  }
  if (!reg.unresolved.empty())
    out << msg(Msg::register_unresolved_count, {std::to_string(reg.unresolved.size())}) << '\n';
  for (const UnresolvedLineage& u : reg.unresolved) out << "  " << text::visible(unresolved_line(u)) << '\n';
  if (!reg.ended_citations.empty())
    out << msg(Msg::register_ended_count, {std::to_string(reg.ended_citations.size())}) << '\n';
  for (const EndedCitation& c : reg.ended_citations) out << "  " << text::visible(ended_citation_line(c)) << '\n';
}

void write_markdown(const Register& reg, std::ostream& out) {
  out << msg(Msg::register_heading, {day_or(reg.as_of, "")}) << "\n\n|";
  for (const Msg column :
       {Msg::register_col_status, Msg::register_col_expires, Msg::register_col_effective, Msg::register_col_document,
        Msg::register_col_clause, Msg::register_col_location, Msg::register_col_evidence, Msg::register_col_notes})
    out << ' ' << msg(column) << " |";
  out << '\n';
  out << "|---|---|---|---|---|---|---|---|\n";
  for (const Entry* e : by_expiry(reg)) {
    const Row row = row_of(*e);
    std::string notes;
    for (const std::string& note : e->notes) notes += (notes.empty() ? "" : "; ") + note;
    for (const std::string& line : lineage_lines(*e)) notes += (notes.empty() ? "" : "; ") + line;
    out << '|';
    for (const std::string& cell : row) out << ' ' << reports::markdown_cell(cell) << " |";
    out << ' ' << reports::markdown_cell(notes) << " |\n";
  }
  if (!reg.unresolved.empty()) {
    out << '\n' << msg(Msg::register_unresolved_heading) << "\n\n";
    for (const UnresolvedLineage& u : reg.unresolved) out << "- " << reports::markdown_cell(unresolved_line(u)) << '\n';
  }
  if (reg.ended_citations.empty()) return;
  out << '\n' << msg(Msg::register_ended_heading) << "\n\n";
  for (const EndedCitation& c : reg.ended_citations)
    out << "- " << reports::markdown_cell(ended_citation_line(c)) << '\n';
}

}  // namespace clausecheck::status
