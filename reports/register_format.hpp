#pragma once
#include <nlohmann/json.hpp>
#include <ostream>

#include "status/register.hpp"

namespace clausecheck::status {

// {"schema":"clausecheck/status@1","as_of","entries":[…]} (DESIGN.md, docs/status.md),
// entries in document order.
nlohmann::json to_json(const Register& reg);

// An aligned table sorted by expiry, notes under their row.
void write_text(const Register& reg, std::ostream& out);

// The same table in GitHub-flavoured Markdown.
void write_markdown(const Register& reg, std::ostream& out);

}  // namespace clausecheck::status
