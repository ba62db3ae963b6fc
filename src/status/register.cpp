#include "status/register.hpp"

#include <algorithm>
#include <tuple>

#include "model/model_json.hpp"

namespace clausecheck::status {

namespace {

class RegisterBuilder {
 public:
  RegisterBuilder(const SourceText& source, std::chrono::year_month_day as_of, const StatusOptions& options,
                  std::vector<Entry>& out)
      : source_(source), as_of_(as_of), options_(options), out_(out) {}

  void add_document(const Document& doc, const Document* parent) {
    const DocumentWindow window = document_window(doc, parent, options_.count);
    Entry entry = document_entry(doc, parent);
    entry.effective_from = window.effective_from;
    entry.expires_on = window.expires_on;
    entry.status = classify(as_of_, window.effective_from, window.expires_on, options_.warn_days);
    entry.conflict = window.conflict;
    entry.signing_date_stood_in = window.signing_date_stood_in;
    entry.notes = window.notes;
    const Fact* cited = window.validity ? window.validity : window.effective;
    entry.evidence = cited ? evidence(cited->text, cited->span) : evidence(doc.title, doc.span);
    out_.push_back(std::move(entry));

    std::vector<const Clause*> chain;
    for (const Clause& clause : doc.clauses) add_clause(doc, parent, clause, chain);
    for (const Document& attachment : doc.attachments) add_document(attachment, &doc);
  }

 private:
  void add_clause(const Document& doc, const Document* parent, const Clause& clause,
                  std::vector<const Clause*>& chain) {
    chain.push_back(&clause);
    for (const Fact& fact : clause.facts) {
      const std::optional<ClauseWindow> window = clause_window(fact);
      if (!window) continue;
      Entry entry = document_entry(doc, parent);
      entry.clause = clause_path(chain);
      entry.effective_from = window->from;
      entry.expires_on = window->through;
      entry.status = classify(as_of_, window->from, window->through, options_.warn_days);
      entry.evidence = evidence(fact.text, fact.span);
      out_.push_back(std::move(entry));
    }
    for (const Clause& child : clause.children) add_clause(doc, parent, child, chain);
    chain.pop_back();
  }

  // An attachment has no number of its own: it is cited by its notice's.
  static Entry document_entry(const Document& doc, const Document* parent) {
    Entry entry;
    const auto& number = doc.number || !parent ? doc.number : parent->number;
    if (number) entry.document_number = number->raw;
    entry.document_title = doc.title;
    entry.attachment = parent != nullptr;
    return entry;
  }

  Evidence evidence(const std::string& text, Span span) const {
    return {text, source_.path(), source_.locate(span.begin), span.begin};
  }

  const SourceText& source_;
  std::chrono::year_month_day as_of_;
  const StatusOptions& options_;
  std::vector<Entry>& out_;
};

}  // namespace

Register build_register(std::span<const ParsedFile> files, std::chrono::year_month_day as_of,
                        const StatusOptions& options) {
  Register reg{as_of, {}};
  for (const ParsedFile& file : files) {
    RegisterBuilder builder(*file.source, as_of, options, reg.entries);
    for (const Document& doc : file.documents) builder.add_document(doc, nullptr);
  }
  return reg;
}

std::vector<const Entry*> by_expiry(const Register& reg) {
  std::vector<const Entry*> sorted;
  for (const Entry& entry : reg.entries) sorted.push_back(&entry);
  auto key = [](const Entry* e) {
    return std::make_tuple(!e->expires_on.has_value(), e->expires_on.value_or(std::chrono::year_month_day{}),
                           e->evidence.file, e->evidence.location.line, e->evidence.location.column);
  };
  std::stable_sort(sorted.begin(), sorted.end(), [&](const Entry* a, const Entry* b) { return key(a) < key(b); });
  return sorted;
}

}  // namespace clausecheck::status
