#pragma once
#include <nlohmann/json.hpp>
#include <ostream>

#include "status/register.hpp"

namespace clausecheck::status {

// {"schema":"clausecheck/status@1","as_of","entries":[…]} (DESIGN.md, docs/status.md),
// entries in document order.
nlohmann::json to_json(const Register& reg);

// The schema each line of write_jsonl names.
inline constexpr const char* kEntrySchema = "clausecheck/status-entry@1";

// JSON Lines: one entry a line, in to_json's order, each its object of
// "entries" plus "as_of" and "schema", so that a line read alone (grep, a
// shard, a concatenation of runs on several dates) still says what date its
// status is for. The whole register is built first (lineage is resolved
// across every document), then each line is written as it is made, never the
// whole document; unresolved lineage and ended citations are only in json.
void write_jsonl(const Register& reg, std::ostream& out);

// An aligned table sorted by expiry, notes under their row.
void write_text(const Register& reg, std::ostream& out);

// The same table in GitHub-flavoured Markdown.
void write_markdown(const Register& reg, std::ostream& out);

}  // namespace clausecheck::status
