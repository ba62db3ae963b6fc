#pragma once
#include <chrono>
#include <optional>
#include <string>

#include "cli/config.hpp"
#include "status/entry.hpp"

namespace clausecheck::cli {

// --as-of DATE, else the config's as_of, else today (status, index, query).
std::chrono::year_month_day as_of_date(const std::string& as_of, const Config& config);

// --warn-days and --count over the config's warning_days and civil_code_count.
status::StatusOptions status_options(std::optional<int> warn_days, const std::string& count, const Config& config);

}  // namespace clausecheck::cli
