#include "reports/diff_json.hpp"

#include <sstream>

#include "model/fact_json.hpp"
#include "reports/report.hpp"

namespace clausecheck::reports {

using nlohmann::json;

namespace {

json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json line_of(const std::shared_ptr<const SourceText>& source, const void* present, Span span) {
  if (!present || !source) return nullptr;
  return source->locate(span.begin).line;
}

const char* direction_name(int direction) { return direction > 0 ? "up" : direction < 0 ? "down" : "none"; }

json fact_changes_json(const std::vector<diff::FactChange>& changes, const diff::ChangeSet& set) {
  json out = json::array();
  for (const diff::FactChange& f : changes) {
    json j = {{"kind", f.kind},
              {"old", f.old_fact ? json(f.old_fact->text) : json(nullptr)},
              {"new", f.new_fact ? json(f.new_fact->text) : json(nullptr)},
              {"direction", direction_name(f.direction)}};
    if (!f.subject.empty()) j["subject"] = f.subject;
    if (f.old_fact && set.old_source) j["old_fact"] = to_json(*f.old_fact, *set.old_source);
    if (f.new_fact && set.new_source) j["new_fact"] = to_json(*f.new_fact, *set.new_source);
    out.push_back(std::move(j));
  }
  return out;
}

json redline_json(const diff::Redline& redline) {
  if (redline.empty()) return nullptr;
  json out = json::array();
  for (const diff::RedlinePiece& p : redline) {
    const char* op = p.op == diff::RedlineOp::equal ? "equal" : p.op == diff::RedlineOp::deleted ? "deleted" : "inserted";
    out.push_back({{"op", op}, {"text", p.text}});
  }
  return out;
}

json clause_json(const diff::ClauseChange& c, const diff::ChangeSet& set) {
  return {{"old", text_or_null(c.old_path)},
          {"new", text_or_null(c.new_path)},
          {"kind", to_string(c.kind)},
          {"similarity", c.similarity},
          {"old_line", line_of(set.old_source, c.old_clause, c.old_clause ? c.old_clause->span : Span{})},
          {"new_line", line_of(set.new_source, c.new_clause, c.new_clause ? c.new_clause->span : Span{})},
          {"facts", fact_changes_json(c.facts, set)},
          {"redline", redline_json(c.redline)}};
}

void add_document(const diff::DocumentChange& d, const diff::ChangeSet& set, const std::string& parent, json& out) {
  json fields = json::array();
  for (const diff::FieldChange& f : d.fields) fields.push_back({{"field", f.field}, {"old", f.old_value}, {"new", f.new_value}});
  json clauses = json::array();
  for (const diff::ClauseChange& c : d.clauses) clauses.push_back(clause_json(c, set));
  json doc = {{"old", text_or_null(d.old_name)},
              {"new", text_or_null(d.new_name)},
              {"status", to_string(d.status)},
              {"fields", std::move(fields)},
              {"facts", fact_changes_json(d.facts, set)},
              {"clauses", std::move(clauses)}};
  if (!parent.empty()) doc["attachment_of"] = parent;
  out.push_back(std::move(doc));
  const std::string self = d.new_name.empty() ? d.old_name : d.new_name;
  for (const diff::DocumentChange& a : d.attachments) add_document(a, set, self, out);
}

// The findings exactly as `check --format json` writes them.
json findings_json(const std::vector<Finding>& findings) {
  std::ostringstream out;
  write_json(findings, ReportContext{}, out);
  return json::parse(out.str())["findings"];
}

}  // namespace

json diff_json(const diff::ChangeSet& changes, const std::vector<Finding>& findings) {
  json documents = json::array();
  for (const diff::DocumentChange& d : changes.documents) add_document(d, changes, "", documents);
  json toc = json::array();
  for (const diff::TocChange& t : changes.toc)
    toc.push_back({{"change", t.added ? "added" : "removed"}, {"title", t.title}, {"page", t.page}});
  return {{"schema", "clausecheck/diff@1"},
          {"old_file", changes.old_source ? json(changes.old_source->path()) : json(nullptr)},
          {"new_file", changes.new_source ? json(changes.new_source->path()) : json(nullptr)},
          {"changed", !changes.empty()},
          {"documents", std::move(documents)},
          {"toc", std::move(toc)},
          {"findings", findings_json(findings)}};
}

}  // namespace clausecheck::reports
