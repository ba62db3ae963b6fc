#include "status/document_summary.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "model/model_json.hpp"
#include "parse/document_kind.hpp"

namespace clausecheck::status {

namespace {

constexpr std::array<const char*, 4> kKindNames = {"repeal", "amend", "replace", "suspend"};

// A reference or date fact and the clause it stands in.
struct PlacedFact {
  const Fact* fact;
  std::optional<std::string> clause;
};

// The facts a lineage statement is read from besides itself: the documents it
// names and the dates written before them.
bool placed_kind(const Fact& fact) {
  return std::holds_alternative<facts::Reference>(fact.value) || std::holds_alternative<facts::DateFact>(fact.value);
}

std::optional<LineageKind> lineage_kind(facts::Repeal::Kind kind) {
  switch (kind) {
    case facts::Repeal::Kind::repeal:
      return LineageKind::repeal;
    case facts::Repeal::Kind::suspension:
      return LineageKind::suspend;
    case facts::Repeal::Kind::amendment:
      return LineageKind::amend;
    case facts::Repeal::Kind::replacement:
      return LineageKind::replace;
    case facts::Repeal::Kind::continuation:
    case facts::Repeal::Kind::revision:
      break;
  }
  return std::nullopt;
}

// 依据《…》, 根据《…》 and 按照《…》 in the sentence before `begin`: the document rests on what it cites.
bool cited_as_basis(std::string_view text, std::size_t begin) {
  const std::size_t from = begin > 300 ? begin - 300 : 0;
  const std::string_view before = text.substr(from, begin - from);
  // The sentence starts after the nearest 。, ； or line break: one scan back from
  // the citation, where a search for each mark over the whole window was 2 % of a
  // check of the laws corpus.
  std::size_t start = before.size();
  for (; start > 0; --start) {
    const std::string_view upto = before.substr(0, start);
    if (upto.ends_with('\n') || upto.ends_with("。") || upto.ends_with("；")) break;
  }
  const std::string_view sentence = before.substr(start);
  for (std::string_view cue : {"依据", "根据", "按照"})
    if (sentence.find(cue) != std::string_view::npos) return true;
  return false;
}

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

    std::vector<PlacedFact> references;
    for (const Fact& fact : doc.facts)
      if (placed_kind(fact)) references.push_back({&fact, std::nullopt});
    std::vector<const Clause*> chain;
    for (const Clause& clause : doc.clauses) add_clause(at, doc, parent, clause, chain, references);
    std::sort(references.begin(), references.end(),
              [](const PlacedFact& a, const PlacedFact& b) { return a.fact->span.begin < b.fact->span.begin; });
    for (const PlacedFact& r : references)
      if (std::holds_alternative<facts::Reference>(r.fact->value)) add_citation(out_[at], r);
    const Fact* revision = nullptr;
    for (const Fact& fact : doc.facts) {
      add_statement(out_[at], fact, references);
      if (const auto* r = std::get_if<facts::Repeal>(&fact.value);
          r && r->kind == facts::Repeal::Kind::revision && r->date && out_[at].revised_on == r->date->first_day())
        revision = &fact;
    }
    if (revision) add_revision(out_[at], *revision);
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
    // A statute prints no signing date; the day it was adopted (its 题注, 2015年7月1日
    // …会议通过) is the day it was made, which lineage needs to tell an earlier act
    // from a later one of the same name.
    if (const auto made = doc.signed_date ? doc.signed_date : parse::adoption_date(doc))
      summary.signed_on = made->first_day();
    return summary;
  }

  void add_clause(std::size_t at, const Document& doc, const Document* parent, const Clause& clause,
                  std::vector<const Clause*>& chain, std::vector<PlacedFact>& references) {
    chain.push_back(&clause);
    for (const Fact& fact : clause.facts) {
      if (placed_kind(fact)) references.push_back({&fact, clause_path(chain)});
      const std::optional<ClauseWindow> window = clause_window(fact);
      if (!window) continue;
      Entry entry = document_entry(doc, parent);
      entry.clause = clause_path(chain);
      entry.effective_from = window->from;
      entry.expires_on = window->through;
      entry.evidence = evidence(fact.text, fact.span);
      out_[at].entries.push_back(std::move(entry));
    }
    for (const Clause& child : clause.children) add_clause(at, doc, parent, child, chain, references);
    chain.pop_back();
  }

  void add_citation(DocumentSummary& summary, const PlacedFact& placed) const {
    const auto& reference = std::get<facts::Reference>(placed.fact->value);
    Citation citation;
    citation.title = reference.title;
    if (reference.number) citation.number = reference.number->raw;
    citation.basis = cited_as_basis(source_.text(), placed.fact->span.begin);
    citation.clause = placed.clause;
    citation.evidence = evidence(placed.fact->text, placed.fact->span);
    summary.cites.push_back(std::move(citation));
  }

  // A bracket closed between a date and the title after it: the date belongs to
  // the title before (《甲办法》（2015年3月1日发布）、《乙办法》同时废止), not to this one.
  bool bracket_closes(std::uint32_t from, std::uint32_t to) const {
    const std::string_view between = std::string_view(source_.text()).substr(from, to - from);
    return between.find("）") != std::string_view::npos || between.find(')') != std::string_view::npos;
  }

  // A lineage fact's statements, one per document it names: the references
  // within its span (ordered by place). A statement naming none (本办法施行前的规定同时废止)
  // has no document to act on. A 题注's revision dates the text instead.
  void add_statement(DocumentSummary& summary, const Fact& fact, const std::vector<PlacedFact>& references) const {
    const auto* repeal = std::get_if<facts::Repeal>(&fact.value);
    if (!repeal) return;
    if (repeal->kind == facts::Repeal::Kind::revision) {
      if (repeal->date && (!summary.revised_on || *summary.revised_on < repeal->date->first_day()))
        summary.revised_on = repeal->date->first_day();
      return;
    }
    const std::optional<LineageKind> kind = lineage_kind(repeal->kind);
    if (!kind) return;
    auto first = std::lower_bound(references.begin(), references.end(), fact.span.begin,
                                  [](const PlacedFact& r, std::uint32_t at) { return r.fact->span.begin < at; });
    std::optional<Date> written;  // since the last reference: 1992年…发布的《…》
    std::uint32_t written_end = 0;
    for (auto it = first; it != references.end() && it->fact->span.begin < fact.span.end; ++it) {
      if (const auto* date = std::get_if<facts::DateFact>(&it->fact->value)) {
        written = date->date;
        written_end = it->fact->span.end;
        continue;
      }
      const auto& reference = std::get<facts::Reference>(it->fact->value);
      LineageStatement statement;
      if (written && !bracket_closes(written_end, it->fact->span.begin)) statement.target_made_by = written->last_day();
      written.reset();
      statement.kind = *kind;
      statement.target_title = full_title(summary, reference.title, it->fact->span.begin);
      if (reference.number) statement.target_number = reference.number->raw;
      statement.partial = repeal->partial;
      statement.takes_effect = summary.effective_from;
      statement.clause = it->clause;
      statement.evidence = evidence(fact.text, fact.span);
      summary.lineage.push_back(std::move(statement));
    }
  }

  // The latest 修正/修订 of its 题注 amends the earlier versions of its title, from
  // the day this text takes effect (the revision's own day when that is unknown).
  void add_revision(DocumentSummary& summary, const Fact& fact) const {
    LineageStatement statement;
    statement.kind = LineageKind::amend;
    statement.target_title = summary.title;
    statement.takes_effect = summary.effective_from ? summary.effective_from : summary.revised_on;
    statement.evidence = evidence(fact.text, fact.span);
    summary.lineage.push_back(std::move(statement));
  }

  // 《办法》 for the 《驻马店市…管理办法》 the document cited before: the nearest earlier
  // citation whose title ends with it (the text abbreviates it so). Unchanged otherwise.
  static std::string full_title(const DocumentSummary& summary, const std::string& title, std::uint32_t before) {
    if (title.empty()) return title;
    for (auto it = summary.cites.rbegin(); it != summary.cites.rend(); ++it)
      if (it->evidence.offset < before && it->title.size() > title.size() && it->title.ends_with(title))
        return it->title;
    return title;
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
