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
  std::string out(cut ? "…" : "");  // one string, the text appended to the mark: not a third made of two
  out.append(text, begin, at - begin);
  return out;
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

// The value of a placeholder read from the model where the finding sits
// ({doc.title}, {clause.path}, …), or none: another name, or a document,
// clause or fact the place lacks. `path` is the clause path of the finding.
std::optional<std::string> model_value(std::string_view name, const Place& place, const Finding& f,
                                       const std::string& path) {
  if (name == "file") return f.file;
  if (name == "evidence") return f.evidence;
  if (place.doc && name.starts_with("doc.")) {
    if (name == "doc.number") {
      // An attachment (the 方案 a notice carries) goes by its notice's number.
      const Document* numbered = place.doc->number ? place.doc : parent_of(*place.file, *place.doc);
      return numbered && numbered->number ? numbered->number->raw : "（无文号）";
    }
    if (name == "doc.title") return place.doc->title;
    if (name == "doc.type") return place.doc->type;
    if (name == "doc.signed") return signed_text(*place.doc);
  }
  if (place.clause && name == "clause.label") return place.clause->number.label;
  if (place.clause && name == "clause.path") return path;
  if (place.fact && name == "fact.text") return place.fact->text;
  if (place.fact && name == "fact.kind") return std::string(kind_name(place.fact->value));
  return std::nullopt;
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

  std::vector<std::optional<std::string>> model_values(message().names().size());
  for (std::size_t slot = 0; slot < model_values.size(); ++slot)
    if (const std::string& name = message().names()[slot]; !vars.contains(name))
      model_values[slot] = model_value(name, place, f, path);
  return Draft{std::move(f), std::move(vars), std::move(model_values)};
}

void Reporter::add(Draft draft) {
  const std::vector<std::string>& names = message().names();
  draft.finding.message = message().fill([&](std::size_t slot) -> std::string_view {
    if (draft.model_values[slot]) return *draft.model_values[slot];
    if (const auto it = draft.vars.find(names[slot]); it != draft.vars.end()) return it->second;
    if (names[slot] == "fix" && draft.finding.fix) return *draft.finding.fix;
    return {};
  });
  out_.push_back(std::move(draft.finding));
}

const MessageTemplate& Reporter::message() {
  if (!message_) message_.emplace(rule_.meta.message);
  return *message_;
}

}  // namespace clausecheck::rules
