#pragma once
#include <nlohmann/json.hpp>

#include "model/fact.hpp"
#include "model/source_text.hpp"

namespace clausecheck {

// {"kind","text","span":{"line","column","offset","end"}, …the kind's own fields}
nlohmann::json to_json(const Fact& fact, const SourceText& source);

}  // namespace clausecheck
