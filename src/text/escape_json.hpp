#pragma once
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace clausecheck::text {

// A document built as nlohmann values (sarif, status, a baseline) written by
// JsonWriter: as value.dump(indent) prints it, but every string, keys too, made
// valid UTF-8 first (a file name that is not UTF-8), so it never throws and the
// output is always valid JSON.
std::string dump_json(const nlohmann::json& value, int indent = 2);

// A 1-based line or column as JSON and SARIF carry it: never 0, and never a
// negative number wrapped around to above 2^31 (SARIF wants integers >= 1).
std::uint32_t json_position(std::uint32_t line_or_column);

}  // namespace clausecheck::text
