#pragma once
#include <nlohmann/json.hpp>
#include <vector>

#include "model/parsed_file.hpp"

namespace clausecheck {

// The "clausecheck/model@1" JSON form (docs/model.md).
nlohmann::json to_json(const std::vector<ParsedFile>& files);
nlohmann::json to_json(const ParsedFile& file);
nlohmann::json span_json(const SourceText& source, Span span);
// A clause's path as printed: "二/（五）", "三/（二）/3".
std::string clause_path(const std::vector<const Clause*>& chain);

}  // namespace clausecheck
