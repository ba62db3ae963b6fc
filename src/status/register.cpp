#include "status/register.hpp"

#include <algorithm>
#include <tuple>

#include "status/lineage.hpp"

namespace clausecheck::status {

namespace {

LineageLink link_of(const DocumentSummary& by, const LineageStatement& s) {
  return {by.title, by.number, by.file, s.clause, s.takes_effect, s.evidence};
}

std::vector<LineageLink>& links_of(Entry& entry, LineageKind kind) {
  switch (kind) {
    case LineageKind::repeal:
      return entry.repealed_by;
    case LineageKind::amend:
      return entry.amended_by;
    case LineageKind::replace:
      return entry.replaced_by;
    case LineageKind::suspend:
      break;
  }
  return entry.suspended_by;
}

// What the statements in effect on `as_of` make of a document whose dates say `dated`:
// an ending wins over the dates, a partial ending or an amendment only over being in force.
struct Acts {
  bool ended = false, suspended = false, partial = false, amended = false;
};

Status status_with(Status dated, const Acts& acts) {
  if (acts.ended) return Status::repealed;
  if (acts.suspended) return Status::suspended;
  if (dated == Status::expired || dated == Status::not_yet_effective) return dated;
  if (acts.partial) return Status::partly_repealed;
  if (acts.amended) return Status::amended;
  return dated;
}

}  // namespace

Register build_register(std::span<const DocumentSummary> documents, std::chrono::year_month_day as_of,
                        const StatusOptions& options) {
  Register reg{as_of, {}, {}, {}};
  const Lineage lineage = resolve_lineage(documents);
  std::vector<Acts> acts(documents.size());
  std::vector<std::vector<const LineageEdge*>> edges_to(documents.size());
  for (const LineageEdge& edge : lineage.edges) {
    edges_to[edge.target].push_back(&edge);
    const LineageStatement& s = *edge.statement;
    if (s.takes_effect && *s.takes_effect > as_of) continue;  // not yet: the target stands till then
    Acts& a = acts[edge.target];
    const bool ends = s.kind == LineageKind::repeal || s.kind == LineageKind::replace;
    if (ends && !s.partial) a.ended = true;
    else if (ends || (s.kind == LineageKind::suspend && s.partial)) a.partial = true;
    else if (s.kind == LineageKind::suspend) a.suspended = true;
    else a.amended = true;
  }
  std::vector<Status> document_status(documents.size(), Status::no_validity);
  for (std::size_t i = 0; i < documents.size(); ++i)
    for (const Entry& summarised : documents[i].entries) {
      Entry& entry = reg.entries.emplace_back(summarised);
      const Status dated = classify(as_of, entry.effective_from, entry.expires_on, options.warn_days);
      if (entry.clause) {
        // A clause ends with its document; its own dates decide the rest.
        const Status whole = status_with(Status::in_force, Acts{acts[i].ended, acts[i].suspended, false, false});
        entry.status = whole == Status::in_force ? dated : whole;
        continue;
      }
      entry.status = status_with(dated, acts[i]);
      document_status[i] = entry.status;
      for (const LineageEdge* edge : edges_to[i])
        links_of(entry, edge->statement->kind).push_back(link_of(documents[edge->source], *edge->statement));
    }
  for (const UnresolvedTarget& u : lineage.unresolved) {
    UnresolvedLineage out{link_of(documents[u.source], *u.statement),
                          u.statement->kind,
                          u.statement->target_title,
                          u.statement->target_number,
                          {}};
    for (std::size_t c : u.candidates) out.candidates.push_back(documents[c].title + " (" + documents[c].file + ")");
    reg.unresolved.push_back(std::move(out));
  }
  for (const CitationEdge& c : lineage.citations) {
    const Status cited = document_status[c.target];
    if (cited != Status::repealed && cited != Status::suspended && cited != Status::expired) continue;
    const DocumentSummary& by = documents[c.source];
    const DocumentSummary& target = documents[c.target];
    reg.ended_citations.push_back(
        {{by.title, by.number, by.file, c.citation->clause, std::nullopt, c.citation->evidence},
         target.title,
         target.number,
         target.file,
         cited});
  }
  return reg;
}

Register build_register(std::span<const ParsedFile> files, std::chrono::year_month_day as_of,
                        const StatusOptions& options) {
  std::vector<DocumentSummary> documents;
  for (const ParsedFile& file : files) {
    std::vector<DocumentSummary> summaries = summarize(file, options);
    std::move(summaries.begin(), summaries.end(), std::back_inserter(documents));
  }
  return build_register(documents, as_of, options);
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
