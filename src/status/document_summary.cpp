#include "status/document_summary.hpp"

#include <array>

#include "model/model_json.hpp"

namespace clausecheck::status {

namespace {

constexpr std::array<const char*, 4> kKindNames = {"repeal", "amend", "replace", "suspend"};

class SummaryBuilder {
 public:
  SummaryBuilder(const SourceText& source, const StatusOptions& options, std::vector<DocumentSummary>& out)
      : source_(source), options_(options), out_(out) {}

  void add_document(const Document& doc, const Document* parent) {
    out_.push_back(header(doc, parent));
    const std::size_t at = out_.size() - 1;
    const DocumentWindow window = document_window(doc, parent, options_.count);
    Entry entry = document_entry(doc, parent);
    entry.effective_from = window.effective_from;
    entry.expires_on = window.expires_on;
    entry.conflict = window.conflict;
    entry.signing_date_stood_in = window.signing_date_stood_in;
    entry.notes = window.notes;
    const Fact* cited = window.validity ? window.validity : window.effective;
    entry.evidence = cited ? evidence(cited->text, cited->span) : evidence(doc.title, doc.span);
    out_[at].effective_from = window.effective_from;
    out_[at].expires_on = window.expires_on;
    out_[at].entries.push_back(std::move(entry));
    for (const Fact& fact : doc.facts) add_statement(out_[at], fact, std::nullopt);

    std::vector<const Clause*> chain;
    for (const Clause& clause : doc.clauses) add_clause(at, doc, parent, clause, chain);
    for (const Document& attachment : doc.attachments) add_document(attachment, &doc);
  }

 private:
  DocumentSummary header(const Document& doc, const Document* parent) const {
    DocumentSummary summary;
    summary.file = source_.path();
    summary.title = doc.title;
    const auto& number = doc.number || !parent ? doc.number : parent->number;
    if (number) summary.number = number->raw;
    summary.issuer = doc.issuer.empty() && parent ? parent->issuer : doc.issuer;
    summary.kind = doc.kind;
    summary.type = doc.type;
    summary.attachment = parent != nullptr;
    if (doc.signed_date) summary.signed_on = doc.signed_date->first_day();
    return summary;
  }

  void add_clause(std::size_t at, const Document& doc, const Document* parent, const Clause& clause,
                  std::vector<const Clause*>& chain) {
    chain.push_back(&clause);
    for (const Fact& fact : clause.facts) {
      add_statement(out_[at], fact, clause_path(chain));
      const std::optional<ClauseWindow> window = clause_window(fact);
      if (!window) continue;
      Entry entry = document_entry(doc, parent);
      entry.clause = clause_path(chain);
      entry.effective_from = window->from;
      entry.expires_on = window->through;
      entry.evidence = evidence(fact.text, fact.span);
      out_[at].entries.push_back(std::move(entry));
    }
    for (const Clause& child : clause.children) add_clause(at, doc, parent, child, chain);
    chain.pop_back();
  }

  // The lineage statements and citations a fact makes.
  void add_statement(DocumentSummary& summary, const Fact& fact, const std::optional<std::string>& clause) const {
    if (const auto* repeal = std::get_if<facts::Repeal>(&fact.value)) {
      if (repeal->kind == facts::Repeal::Kind::continuation) return;
      LineageStatement statement;
      statement.kind = repeal->kind == facts::Repeal::Kind::suspension ? LineageKind::suspend : LineageKind::repeal;
      statement.target_title = repeal->target;
      statement.takes_effect = summary.effective_from;
      statement.clause = clause;
      statement.evidence = evidence(fact.text, fact.span);
      summary.lineage.push_back(std::move(statement));
    } else if (const auto* reference = std::get_if<facts::Reference>(&fact.value)) {
      Citation citation;
      citation.title = reference->title;
      if (reference->number) citation.number = reference->number->raw;
      citation.clause = clause;
      citation.evidence = evidence(fact.text, fact.span);
      summary.cites.push_back(std::move(citation));
    }
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
  const StatusOptions& options_;
  std::vector<DocumentSummary>& out_;
};

}  // namespace

const char* to_string(LineageKind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }

std::optional<LineageKind> parse_lineage_kind(const std::string& name) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i)
    if (name == kKindNames[i]) return static_cast<LineageKind>(i);
  return std::nullopt;
}

std::vector<DocumentSummary> summarize(const ParsedFile& file, const StatusOptions& options) {
  std::vector<DocumentSummary> out;
  SummaryBuilder builder(*file.source, options, out);
  for (const Document& doc : file.documents) builder.add_document(doc, nullptr);
  return out;
}

}  // namespace clausecheck::status
