#pragma once
#include <chrono>
#include <span>
#include <vector>

#include "model/parsed_file.hpp"
#include "status/document_summary.hpp"
#include "status/entry.hpp"

namespace clausecheck::status {

struct Register {
  std::chrono::year_month_day as_of;
  std::vector<Entry> entries;  // in document order: each document, its clauses, then its attachments
};

// The register of the documents summarised, in their order: a run passes the
// summaries of its files, an index those it stored.
Register build_register(std::span<const DocumentSummary> documents, std::chrono::year_month_day as_of,
                        const StatusOptions& options);
// The same for parsed files: each summarised, then the above.
Register build_register(std::span<const ParsedFile> files, std::chrono::year_month_day as_of,
                        const StatusOptions& options);

// The entries ordered for reading: by last day in force, open-ended last, then by place.
std::vector<const Entry*> by_expiry(const Register& reg);

}  // namespace clausecheck::status
