#pragma once
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace clausecheck::reports {

// The one way reports serialise JSON (check's json and sarif, diff, status,
// parse): every string, keys too, made valid UTF-8 first (bytes that are not
// become \xNN, as a file name that is not UTF-8 does), so dump never throws and
// the output is always valid JSON.
std::string dump_json(nlohmann::json value, int indent = 2);

// A 1-based line or column as JSON and SARIF carry it: never 0, and never a
// negative number wrapped around to above 2^31 (SARIF wants integers >= 1).
std::uint32_t json_position(std::uint32_t line_or_column);

}  // namespace clausecheck::reports
