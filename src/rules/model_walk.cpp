#include "rules/model_walk.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace clausecheck::rules {

std::string document_label(const Document& doc) { return doc.number ? doc.number->raw : doc.title; }

namespace {
// Children lie in text order, so the last one ends furthest.
std::uint32_t clause_end(const Clause& clause) {
  return clause.children.empty() ? clause.span.end : std::max(clause.span.end, clause_end(clause.children.back()));
}

void walk_clauses(const std::vector<Clause>& clauses, std::vector<const Clause*>& chain,
                  const std::function<void(const Clause&, const std::vector<const Clause*>&)>& fn) {
  for (const auto& clause : clauses) {
    chain.push_back(&clause);
    fn(clause, chain);
    walk_clauses(clause.children, chain, fn);
    chain.pop_back();
  }
}

void walk_documents(const Document& doc, const Document* parent,
                    const std::function<void(const Document&, const Document*)>& fn) {
  fn(doc, parent);
  for (const auto& attachment : doc.attachments) walk_documents(attachment, &doc, fn);
}
}  // namespace

std::uint32_t document_end(const Document& doc) {
  std::uint32_t end = doc.span.end;
  for (const auto& p : doc.preamble) end = std::max(end, p.source_span().end);
  for (const auto& clause : doc.clauses) end = std::max(end, clause_end(clause));
  for (const auto& p : doc.closing) end = std::max(end, p.source_span().end);
  for (const auto& fact : doc.facts) end = std::max(end, fact.span.end);
  for (const auto& attachment : doc.attachments) end = std::max(end, document_end(attachment));
  return end;
}

void for_each_document(const ParsedFile& file, const std::function<void(const Document&, const Document*)>& fn) {
  for (const auto& doc : file.documents) walk_documents(doc, nullptr, fn);
}

void for_each_clause(const Document& doc,
                     const std::function<void(const Clause&, const std::vector<const Clause*>&)>& fn) {
  std::vector<const Clause*> chain;
  walk_clauses(doc.clauses, chain, fn);
}

const Document* document_at(const ParsedFile& file, std::uint32_t offset) {
  const Document* found = nullptr;
  for_each_document(file, [&](const Document& doc, const Document*) {
    if (doc.span.begin <= offset && offset < std::max(document_end(doc), doc.span.begin + 1)) found = &doc;
  });
  return found;  // attachments come after their carrier, so the innermost wins
}

const Document* parent_of(const ParsedFile& file, const Document& doc) {
  const Document* parent = nullptr;
  for_each_document(file, [&](const Document& d, const Document* p) {
    if (&d == &doc) parent = p;
  });
  return parent;
}

// Siblings lie in text order: the one holding `offset` is the last to begin at
// or before it, found by bisection (a scan per finding was quadratic on a
// document of 100,000 articles).
std::vector<const Clause*> clause_chain_at(const Document& doc, std::uint32_t offset) {
  std::vector<const Clause*> chain;
  for (const std::vector<Clause>* level = &doc.clauses;;) {
    const auto after = std::upper_bound(level->begin(), level->end(), offset,
                                        [](std::uint32_t at, const Clause& c) { return at < c.span.begin; });
    if (after == level->begin() || offset >= clause_end(*std::prev(after))) break;
    chain.push_back(&*std::prev(after));
    level = &chain.back()->children;
  }
  return chain;
}

std::string span_text(const SourceText& source, Span span, std::size_t max_bytes) {
  const auto& text = source.text();
  const std::size_t begin = std::min<std::size_t>(span.begin, text.size());
  std::size_t end = std::min<std::size_t>({span.end, text.size(), begin + max_bytes});
  while (end > begin && end < text.size() && text::is_continuation(text[end])) --end;
  return text.substr(begin, end - begin);
}

}  // namespace clausecheck::rules
