#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "status/document_summary.hpp"

namespace clausecheck::status {

// A document summary as JSON, the form an index stores (docs/status.md,
// "Document summaries"): dates as YYYY-MM-DD, absent values as null. It leaves
// out what the register does not read, since `status --db` reads every stored
// summary back and reading is most of its time: the file (the index's row names
// it) and the citations that are not a basis (依据/根据; the index's citations
// table keeps them all).
nlohmann::json to_json(const DocumentSummary& summary);

// The summary of `file` back from to_json's form. A value of the wrong shape
// throws an InputError naming `origin` (the database or file it came from) and the key.
DocumentSummary summary_from_json(const nlohmann::json& json, const std::string& file, const std::string& origin);

}  // namespace clausecheck::status
