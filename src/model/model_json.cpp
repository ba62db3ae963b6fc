#include "model/model_json.hpp"

#include "model/document_statements.hpp"
#include "model/fact_json.hpp"

namespace clausecheck {

using text::JsonWriter;

namespace {

void write_facts(JsonWriter& out, const std::vector<Fact>& facts, const SourceText& src) {
  out.begin_array();
  for (const Fact& f : facts) write_fact(out, f, src);
  out.end_array();
}

void write_paragraphs(JsonWriter& out, const std::vector<Paragraph>& ps) {
  out.begin_array();
  for (const Paragraph& p : ps) out.value(p.text);
  out.end_array();
}

// Members in sorted key order, as every object here (nlohmann's order).
void write_clause(JsonWriter& out, const Clause& c, const SourceText& src) {
  out.begin_object();
  out.key("children");
  out.begin_array();
  for (const Clause& child : c.children) write_clause(out, child, src);
  out.end_array();
  out.key("facts");
  write_facts(out, c.facts, src);
  out.member("half_width", c.number.half_width);
  out.member("heading", c.heading);
  out.member("label", c.number.label);
  out.member("level", c.level);
  out.member("printed", c.number.printed);
  out.key("span");
  write_span(out, src, c.span);
  out.member("style", style_name(c.number.style));
  out.member("text", c.text());
  out.member("value", c.number.value);
  out.end_object();
}

// The document's own validity and effect (docs/model.md), resolved as the
// status register resolves them, so that readers of the JSON need not search
// the fact list: a clause's 证书有效期为三年 is never the document's.
void write_validity(JsonWriter& out, const Document& d, const Document* parent) {
  const Fact* f = statement_of<facts::Validity>(d, parent);
  if (!f) return out.value(nullptr);
  const auto& v = std::get<facts::Validity>(f->value);
  out.begin_object();
  out.key("duration");
  if (v.duration) {
    out.begin_object();
    out.member("days", v.duration->days);
    out.member("months", v.duration->months);
    out.member("years", v.duration->years);
    out.end_object();
  } else {
    out.value(nullptr);
  }
  out.member("text", f->text);
  out.member("trial", v.trial);
  out.member("until", iso(v.until));
  out.end_object();
}

void write_effective(JsonWriter& out, const Document& d, const Document* parent) {
  const EffectiveDate e = resolve_effective(d, parent);
  const auto* stated = e.statement ? &std::get<facts::Effective>(e.statement->value) : nullptr;
  out.begin_object();
  out.member("basis", basis_name(e.basis));
  out.member("date", iso(e.date));
  out.member("rule", stated ? rule_name(stated->rule) : "unstated");
  out.member("text", e.statement ? std::optional(e.statement->text) : std::nullopt);
  out.end_object();
}

// Where and how the 成文日期 is written (format.signing-date, format.signing-date-zero read it).
void write_signing(JsonWriter& out, const std::optional<SigningDate>& signing, const SourceText& src) {
  if (!signing) return out.value(nullptr);
  out.begin_object();
  out.member("numerals", signing->written.chinese ? "chinese" : "arabic");
  out.key("span");
  write_span(out, src, signing->span);
  out.member("year_digits", signing->written.year_digits);
  out.member("zero", signing->written.zero.empty() ? std::nullopt : std::optional(signing->written.zero));
  out.end_object();
}

void write_document(JsonWriter& out, const Document& d, const Document* parent, const SourceText& src) {
  out.begin_object();
  out.member("addressees", d.addressees);
  out.key("attachments");
  out.begin_array();
  for (const Document& a : d.attachments) write_document(out, a, &d, src);
  out.end_array();
  out.key("clauses");
  out.begin_array();
  for (const Clause& c : d.clauses) write_clause(out, c, src);
  out.end_array();
  out.key("closing");
  write_paragraphs(out, d.closing);
  out.key("effective");
  write_effective(out, d, parent);
  out.key("facts");
  write_facts(out, d.facts, src);
  out.member("issuer", d.issuer);
  out.member("kind", d.kind);
  out.key("number");
  write_doc_number(out, d.number);
  out.key("preamble");
  write_paragraphs(out, d.preamble);
  out.member("signed", iso(d.signed_date));
  out.key("signing");
  write_signing(out, d.signing, src);
  out.key("span");
  write_span(out, src, d.span);
  out.member("title", d.title);
  out.member("trial", d.trial);
  out.member("type", d.type);
  out.key("validity");
  write_validity(out, d, parent);
  out.end_object();
}

void write_gazette(JsonWriter& out, const std::optional<Gazette>& g, const SourceText& src) {
  if (!g) return out.value(nullptr);
  out.begin_object();
  out.member("issue", g->issue);
  out.member("name", g->name);
  out.member("published", iso(g->published));
  out.member("running", g->running);
  out.key("span");
  write_span(out, src, g->span);
  out.key("toc");
  out.begin_array();
  for (const TocEntry& e : g->toc) {
    out.begin_object();
    out.member("page", e.page);
    out.key("span");
    write_span(out, src, e.span);
    out.member("title", e.title);
    out.end_object();
  }
  out.end_array();
  out.member("year", g->year);
  out.end_object();
}

void write_file(JsonWriter& out, const ParsedFile& file) {
  const SourceText& src = *file.source;
  out.begin_object();
  out.key("diagnostics");
  out.begin_array();
  for (const Diagnostic& d : file.diagnostics) {
    out.begin_object();
    out.member("code", d.code);
    out.member("message", d.message);
    out.key("span");
    write_span(out, src, d.span);
    out.end_object();
  }
  out.end_array();
  out.key("documents");
  out.begin_array();
  for (const Document& d : file.documents) write_document(out, d, nullptr, src);
  out.end_array();
  out.member("encoding", src.encoding());
  out.key("gazette");
  write_gazette(out, file.gazette, src);
  out.member("path", src.path());
  out.end_object();
}

}  // namespace

void write_span(JsonWriter& out, const SourceText& source, Span span) {
  const Location at = source.locate(span.begin);
  const Location end = source.locate(span.end);
  out.begin_object();
  out.member("column", at.column);
  out.member("end", span.end);
  out.member("end_column", end.column);
  out.member("end_line", end.line);
  out.member("line", at.line);
  out.member("offset", span.begin);
  // A paged input's (PDF) page and the line within it; a text input's model keeps its shape.
  if (at.page != 0) {
    out.member("page", at.page);
    out.member("page_line", at.page_line);
  }
  out.end_object();
}

std::string model_json(const ParsedFile& file) {
  std::string text;
  JsonWriter out(text);
  write_file(out, file);
  return text;
}

// The whole form is {"files": [part, part …], "schema": …} indented by two:
// a file's object sits at depth 2.
std::string model_json_head() { return "{\n  \"files\": ["; }

std::string model_json_part(const ParsedFile& file, bool first) {
  std::string text;
  model_json_part(file, first, [&](std::string_view chunk) { text += chunk; });
  return text;
}

void model_json_part(const ParsedFile& file, bool first, const JsonWriter::Drain& drain) {
  std::string text = first ? "\n    " : ",\n    ";
  JsonWriter out(text, 2, drain);
  out.nest(2);
  write_file(out, file);
  drain(text);  // the rest, under a chunk
}

std::string model_json_tail(bool any) {
  return std::string(any ? "\n  ]" : "]") + ",\n  \"schema\": \"clausecheck/model@1\"\n}";
}

std::string model_json_line(const ParsedFile& file) {
  std::string text;
  JsonWriter out(text, -1);
  write_file(out, file);
  text += '\n';
  return text;
}

std::string model_json(const std::vector<ParsedFile>& files) {
  std::string text = model_json_head();
  for (std::size_t i = 0; i < files.size(); ++i) text += model_json_part(files[i], i == 0);
  return text + model_json_tail(!files.empty());
}

void model_json(const std::vector<ParsedFile>& files, const JsonWriter::Drain& drain) {
  drain(model_json_head());
  for (std::size_t i = 0; i < files.size(); ++i) model_json_part(files[i], i == 0, drain);
  drain(model_json_tail(!files.empty()));
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
