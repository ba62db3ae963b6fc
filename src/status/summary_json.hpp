#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "status/document_summary.hpp"

namespace clausecheck::status {

// A document summary as JSON, the form an index stores (docs/status.md,
// "Document summaries"): dates as YYYY-MM-DD, absent values as null.
nlohmann::json to_json(const DocumentSummary& summary);

// The summary back from to_json's form. A value of the wrong shape throws an
// InputError naming `origin` (the database or file it came from) and the key.
DocumentSummary summary_from_json(const nlohmann::json& json, const std::string& origin);

}  // namespace clausecheck::status
