#include "reports/diff_json.hpp"

#include "model/fact_json.hpp"
#include "text/json_writer.hpp"
#include "reports/report.hpp"

namespace clausecheck::reports {

namespace {

std::optional<std::string> text_or_null(const std::string& s) { return s.empty() ? std::nullopt : std::optional(s); }

std::optional<std::uint32_t> line_of(const std::shared_ptr<const SourceText>& source, const Clause* clause) {
  if (!clause || !source) return std::nullopt;
  return source->locate(clause->span.begin).line;
}

const char* direction_name(int direction) { return direction > 0 ? "up" : direction < 0 ? "down" : "none"; }

// Every object's members in sorted key order, as nlohmann printed them.
void write_fact_changes(text::JsonWriter& out, const std::vector<diff::FactChange>& changes,
                        const diff::ChangeSet& set) {
  out.begin_array();
  for (const diff::FactChange& f : changes) {
    out.begin_object();
    out.member("direction", direction_name(f.direction));
    out.member("kind", f.kind);
    out.member("new", f.new_fact ? std::optional(f.new_fact->text) : std::nullopt);
    if (f.new_fact && set.new_source) {
      out.key("new_fact");
      write_fact(out, *f.new_fact, *set.new_source);
    }
    out.member("old", f.old_fact ? std::optional(f.old_fact->text) : std::nullopt);
    if (f.old_fact && set.old_source) {
      out.key("old_fact");
      write_fact(out, *f.old_fact, *set.old_source);
    }
    if (!f.subject.empty()) out.member("subject", f.subject);
    out.end_object();
  }
  out.end_array();
}

void write_redline(text::JsonWriter& out, const diff::Redline& redline) {
  if (redline.empty()) return out.value(nullptr);
  out.begin_array();
  for (const diff::RedlinePiece& p : redline) {
    out.begin_object();
    out.member("op", p.op == diff::RedlineOp::equal     ? "equal"
                     : p.op == diff::RedlineOp::deleted ? "deleted"
                                                        : "inserted");
    out.member("text", p.text);
    out.end_object();
  }
  out.end_array();
}

void write_clause(text::JsonWriter& out, const diff::ClauseChange& c, const diff::ChangeSet& set) {
  out.begin_object();
  out.key("facts");
  write_fact_changes(out, c.facts, set);
  out.member("kind", to_string(c.kind));
  out.member("new", text_or_null(c.new_path));
  out.member("new_line", line_of(set.new_source, c.new_clause));
  out.member("old", text_or_null(c.old_path));
  out.member("old_line", line_of(set.old_source, c.old_clause));
  out.key("redline");
  write_redline(out, c.redline);
  out.member("similarity", c.similarity);
  out.end_object();
}

// {"kind", "new", "new_line", "old", "old_line", "part", "redline"}: a paragraph outside the clauses.
void write_passages(text::JsonWriter& out, const std::vector<diff::PassageChange>& passages,
                    const diff::ChangeSet& set) {
  const auto line = [](const std::shared_ptr<const SourceText>& source, const std::string& text, Span span) {
    return source && !text.empty() ? std::optional(source->locate(span.begin).line) : std::nullopt;
  };
  out.begin_array();
  for (const diff::PassageChange& p : passages) {
    out.begin_object();
    out.member("kind", to_string(p.kind));
    out.member("new", text_or_null(p.new_text));
    out.member("new_line", line(set.new_source, p.new_text, p.new_span));
    out.member("old", text_or_null(p.old_text));
    out.member("old_line", line(set.old_source, p.old_text, p.old_span));
    out.member("part", to_string(p.part));
    out.key("redline");
    write_redline(out, p.redline);
    out.end_object();
  }
  out.end_array();
}

void write_document(text::JsonWriter& out, const diff::DocumentChange& d, const diff::ChangeSet& set,
                    const std::string& parent) {
  out.begin_object();
  if (!parent.empty()) out.member("attachment_of", parent);
  out.key("clauses");
  out.begin_array();
  for (const diff::ClauseChange& c : d.clauses) write_clause(out, c, set);
  out.end_array();
  out.key("facts");
  write_fact_changes(out, d.facts, set);
  out.key("fields");
  out.begin_array();
  for (const diff::FieldChange& f : d.fields) {
    out.begin_object();
    out.member("field", f.field);
    out.member("new", f.new_value);
    out.member("old", f.old_value);
    out.end_object();
  }
  out.end_array();
  out.member("new", text_or_null(d.new_name));
  out.member("old", text_or_null(d.old_name));
  out.key("passages");
  write_passages(out, d.passages, set);
  out.member("status", to_string(d.status));
  out.end_object();
  const std::string self = d.new_name.empty() ? d.old_name : d.new_name;
  for (const diff::DocumentChange& a : d.attachments) write_document(out, a, set, self);
}

std::optional<std::string> path_of(const std::shared_ptr<const SourceText>& source) {
  return source ? std::optional(source->path()) : std::nullopt;
}

}  // namespace

std::string diff_json(const diff::ChangeSet& changes, const std::vector<Finding>& findings) {
  std::string text;
  text::JsonWriter out(text);
  out.begin_object();
  out.member("changed", !changes.empty());
  out.key("documents");
  out.begin_array();
  for (const diff::DocumentChange& d : changes.documents) write_document(out, d, changes, "");
  out.end_array();
  out.key("findings");
  write_findings(out, findings, ReportContext{});  // as `check --format json` writes them
  out.member("new_file", path_of(changes.new_source));
  out.member("old_file", path_of(changes.old_source));
  out.member("schema", "clausecheck/diff@1");
  out.key("text");
  write_passages(out, changes.text, changes);
  out.key("toc");
  out.begin_array();
  for (const diff::TocChange& t : changes.toc) {
    out.begin_object();
    out.member("change", t.added ? "added" : "removed");
    out.member("page", t.page);
    out.member("title", t.title);
    out.end_object();
  }
  out.end_array();
  out.end_object();
  return text;
}

}  // namespace clausecheck::reports
