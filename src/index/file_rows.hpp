#pragma once
#include <cstdint>
#include <vector>

#include "index/store.hpp"
#include "model/finding.hpp"
#include "model/parsed_file.hpp"
#include "status/document_summary.hpp"

namespace clausecheck::index {

// Deletes every row of file `id` but its `files` row (before it is written anew, or removed).
void delete_file_rows(Store& store, std::int64_t id);

// Writes the rows of one parsed file under `id`: its documents and their
// summaries (one per summary, in summarize's order: each document, then its
// attachments), clauses, facts, lineage statements, citations and `findings`
// (those of this file). Inside the caller's transaction.
void write_file_rows(Store& store, std::int64_t id, const ParsedFile& file,
                     const std::vector<status::DocumentSummary>& summaries,
                     const std::vector<const Finding*>& findings);

}  // namespace clausecheck::index
