#include <algorithm>

#include "text/utf8.hpp"
#include "model/model_json.hpp"
#include "rules/check.hpp"
#include "rules/message.hpp"
#include "rules/model_walk.hpp"

namespace clausecheck::rules {

namespace {
std::string signed_text(const Document& doc) { return doc.signed_date ? doc.signed_date->iso() : ""; }

// How much of the line around the evidence text output shows, in code points per side.
constexpr int kContext = 16;

// The text of the line before `at`, at most kContext code points, "…" first where cut.
std::string text_before(const std::string& text, std::size_t at) {
  at = std::min(at, text.size());
  std::size_t begin = at;
  for (int n = 0; n < kContext && begin > 0 && text[begin - 1] != '\n'; ++n)
    begin -= std::clamp<std::size_t>(text::decode_before(text, begin).length, 1, begin);
  const bool cut = begin > 0 && text[begin - 1] != '\n';
  return (cut ? "…" : "") + text.substr(begin, at - begin);
}

// The text of the line after `at`, at most kContext code points, "…" last where cut.
std::string text_after(const std::string& text, std::size_t at) {
  at = std::min(at, text.size());
  std::size_t end = at;
  for (int n = 0; n < kContext && end < text.size() && text[end] != '\n'; ++n)
    end += std::clamp<std::size_t>(text::decode_at(text, end).length, 1, text.size() - end);
  const bool cut = end < text.size() && text[end] != '\n';
  return text.substr(at, end - at) + (cut ? "…" : "");
}
}  // namespace

void Reporter::report(Place place, Span span, std::map<std::string, std::string> vars, std::optional<std::string> fix,
                      const std::vector<Span>& related) {
  if (auto made = draft(place, span, std::move(vars), std::move(fix), related)) add(std::move(*made));
}

std::optional<Draft> Reporter::draft(Place place, Span span, std::map<std::string, std::string> vars,
                                     std::optional<std::string> fix, const std::vector<Span>& related) {
  const SourceText& source = *place.file->source;
  if (!reported_.emplace(&source, span.begin, span.end).second) return std::nullopt;
  if (!place.doc) place.doc = document_at(*place.file, span.begin);
  std::vector<const Clause*> chain;
  if (place.doc) chain = clause_chain_at(*place.doc, span.begin);
  if (!place.clause && !chain.empty()) place.clause = chain.back();

  Finding f;
  f.rule = rule_.meta.id;
  f.severity = rule_.meta.severity;
  f.file = source.path();
  f.location = source.locate(span.begin);
  f.end = source.locate(span.end);
  f.span = span;
  f.evidence = span_text(source, span);
  f.before = text_before(source.text(), span.begin);
  // Evidence over several lines is shown by its first line only.
  const std::string_view evidence(source.text().data() + span.begin, span.end - span.begin);
  if (evidence.find('\n') == std::string_view::npos) f.after = text_after(source.text(), span.end);
  f.fix = std::move(fix);
  for (const Span& other : related)
    f.related.push_back({source.locate(other.begin), source.locate(other.end), span_text(source, other)});
  const std::string path = chain.empty() ? "" : clause_path(chain);
  f.anchor = place.doc ? document_label(*place.doc) + (path.empty() ? "" : "/" + path) : path;

  vars.emplace("file", source.path());
  vars.emplace("evidence", f.evidence);
  if (place.doc) {
    // An attachment (the 方案 a notice carries) goes by its notice's number.
    const Document* numbered = place.doc->number ? place.doc : parent_of(*place.file, *place.doc);
    vars.emplace("doc.number", numbered && numbered->number ? numbered->number->raw : "（无文号）");
    vars.emplace("doc.title", place.doc->title);
    vars.emplace("doc.type", place.doc->type);
    vars.emplace("doc.signed", signed_text(*place.doc));
  }
  if (place.clause) {
    vars.emplace("clause.label", place.clause->number.label);
    vars.emplace("clause.path", path);
  }
  if (place.fact) {
    vars.emplace("fact.text", place.fact->text);
    vars.emplace("fact.kind", kind_name(place.fact->value));
  }
  return Draft{std::move(f), std::move(vars)};
}

void Reporter::add(Draft draft) {
  if (draft.finding.fix) draft.vars.emplace("fix", *draft.finding.fix);
  draft.finding.message = fill_message(rule_.meta.message, draft.vars);
  out_.push_back(std::move(draft.finding));
}

}  // namespace clausecheck::rules
