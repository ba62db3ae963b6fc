#pragma once
#include <chrono>
#include <span>
#include <vector>

#include "model/parsed_file.hpp"
#include "status/document_summary.hpp"
#include "status/entry.hpp"

namespace clausecheck::status {

// A lineage target no document of the run matched (candidates empty), or several
// that are not one text did (docs/status.md, "Lineage").
struct UnresolvedLineage {
  LineageLink by;  // the document that says so, where and from when
  LineageKind kind = LineageKind::repeal;
  std::string target_title;
  std::string target_number;
  std::vector<std::string> candidates;  // "title (file)" of each document it may mean
};

// A document resting on (依据《…》, 根据《…》) one that is repealed, suspended or
// lapsed on the as-of date.
struct EndedCitation {
  LineageLink by;  // the citing document, the citation's clause and evidence
  std::string cited_title;
  std::string cited_number;
  std::string cited_file;
  Status cited_status = Status::repealed;
};

struct Register {
  std::chrono::year_month_day as_of;
  std::vector<Entry> entries;  // in document order: each document, its clauses, then its attachments
  std::vector<UnresolvedLineage> unresolved;
  std::vector<EndedCitation> ended_citations;
};

// The register of the documents summarised, in their order: a run passes the
// summaries of its files, an index those it stored. Their lineage statements are
// resolved among them (lineage.hpp); what a later document did that is in effect
// on `as_of` decides an entry's status over its dates.
Register build_register(std::span<const DocumentSummary> documents, std::chrono::year_month_day as_of,
                        const StatusOptions& options);
// The same for parsed files: each summarised, then the above.
Register build_register(std::span<const ParsedFile> files, std::chrono::year_month_day as_of,
                        const StatusOptions& options);

// The entries ordered for reading: by last day in force, open-ended last, then by place.
std::vector<const Entry*> by_expiry(const Register& reg);

}  // namespace clausecheck::status
