#include "model/model_json.hpp"

#include "model/document_statements.hpp"
#include "model/fact_json.hpp"

namespace clausecheck {

using nlohmann::json;

namespace {

json optional_date(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }

json facts_json(const std::vector<Fact>& facts, const SourceText& src) {
  json out = json::array();
  for (const Fact& f : facts) out.push_back(to_json(f, src));
  return out;
}

json paragraphs_json(const std::vector<Paragraph>& ps) {
  json out = json::array();
  for (const Paragraph& p : ps) out.push_back(p.text);
  return out;
}

json clause_json(const Clause& c, const SourceText& src) {
  json children = json::array();
  for (const Clause& child : c.children) children.push_back(clause_json(child, src));
  return {{"label", c.number.label},
          {"style", style_name(c.number.style)},
          {"printed", c.number.printed},
          {"half_width", c.number.half_width},
          {"value", c.number.value},
          {"level", c.level},
          {"heading", c.heading},
          {"text", c.text()},
          {"span", span_json(src, c.span)},
          {"facts", facts_json(c.facts, src)},
          {"children", std::move(children)}};
}

json number_json(const std::optional<DocNumber>& n) {
  if (!n) return nullptr;
  return {{"raw", n->raw}, {"agency", n->agency}, {"year", n->year}, {"seq", n->seq}};
}

// The document's own validity and effect (docs/model.md), resolved as the
// status register resolves them, so that readers of the JSON need not search
// the fact list: a clause's 证书有效期为三年 is never the document's.
json validity_json(const Document& d, const Document* parent) {
  const Fact* f = statement_of<facts::Validity>(d, parent);
  if (!f) return nullptr;
  const auto& v = std::get<facts::Validity>(f->value);
  json duration = nullptr;
  if (v.duration) duration = {{"years", v.duration->years}, {"months", v.duration->months}, {"days", v.duration->days}};
  return {{"text", f->text}, {"duration", duration}, {"until", optional_date(v.until)}, {"trial", v.trial}};
}

json effective_json(const Document& d, const Document* parent) {
  const EffectiveDate e = resolve_effective(d, parent);
  const auto* stated = e.statement ? &std::get<facts::Effective>(e.statement->value) : nullptr;
  return {{"rule", stated ? rule_name(stated->rule) : "unstated"},
          {"date", optional_date(e.date)},
          {"basis", basis_name(e.basis)},
          {"text", e.statement ? json(e.statement->text) : json(nullptr)}};
}

json document_json(const Document& d, const Document* parent, const SourceText& src) {
  json clauses = json::array();
  for (const Clause& c : d.clauses) clauses.push_back(clause_json(c, src));
  json attachments = json::array();
  for (const Document& a : d.attachments) attachments.push_back(document_json(a, &d, src));
  return {{"title", d.title},
          {"type", d.type},
          {"issuer", d.issuer},
          {"number", number_json(d.number)},
          {"addressees", d.addressees},
          {"signed", optional_date(d.signed_date)},
          {"trial", d.trial},
          {"effective", effective_json(d, parent)},
          {"validity", validity_json(d, parent)},
          {"span", span_json(src, d.span)},
          {"preamble", paragraphs_json(d.preamble)},
          {"clauses", std::move(clauses)},
          {"closing", paragraphs_json(d.closing)},
          {"facts", facts_json(d.facts, src)},
          {"attachments", std::move(attachments)}};
}

json gazette_json(const std::optional<Gazette>& g, const SourceText& src) {
  if (!g) return nullptr;
  json toc = json::array();
  for (const TocEntry& e : g->toc) toc.push_back({{"title", e.title}, {"page", e.page}, {"span", span_json(src, e.span)}});
  return {{"name", g->name},           {"issue", g->issue}, {"running", g->running},
          {"year", g->year},           {"published", optional_date(g->published)},
          {"toc", std::move(toc)},     {"span", span_json(src, g->span)}};
}

}  // namespace

json span_json(const SourceText& source, Span span) {
  const Location at = source.locate(span.begin);
  const Location end = source.locate(span.end);
  return {{"line", at.line}, {"column", at.column}, {"end_line", end.line}, {"end_column", end.column},
          {"offset", span.begin}, {"end", span.end}};
}

json to_json(const ParsedFile& file) {
  json documents = json::array();
  for (const Document& d : file.documents) documents.push_back(document_json(d, nullptr, *file.source));
  json diagnostics = json::array();
  for (const Diagnostic& d : file.diagnostics)
    diagnostics.push_back({{"message", d.message}, {"code", d.code}, {"span", span_json(*file.source, d.span)}});
  return {{"path", file.source->path()},
          {"encoding", file.source->encoding()},
          {"gazette", gazette_json(file.gazette, *file.source)},
          {"documents", std::move(documents)},
          {"diagnostics", std::move(diagnostics)}};
}

json to_json(const std::vector<ParsedFile>& files) {
  json out = json::array();
  for (const ParsedFile& f : files) out.push_back(to_json(f));
  return {{"schema", "clausecheck/model@1"}, {"files", std::move(out)}};
}

std::string clause_path(const std::vector<const Clause*>& chain) {
  std::string out;
  for (const Clause* c : chain) {
    if (!out.empty()) out += '/';
    out += c->number.label;
  }
  return out;
}

}  // namespace clausecheck
