#pragma once
#include <chrono>
#include <nlohmann/json.hpp>
#include <string>

#include "index/store.hpp"
#include "status/entry.hpp"

namespace clausecheck::index {

// The named questions `clausecheck query` answers from an index
// (docs/index.md, "Questions"). Each answer is one JSON object
// {"question", "asked", "as_of", "answers": [...]}, the same on both
// back-ends; `query --format` writes it (reports/formats.cpp).

// What repealed the document whose number is `asked`, or whose title is or contains it.
nlohmann::json repealed_by(Store& store, const std::string& asked, std::chrono::year_month_day as_of,
                           const status::StatusOptions& options);

// The documents of issuer `issuer` in force on `on` (现行有效, 即将到期, or with no stated end).
nlohmann::json in_force(Store& store, const std::string& issuer, std::chrono::year_month_day on,
                        const status::StatusOptions& options);

// The documents that cite (依据《…》, 根据《…》) one that is repealed or lapsed on `as_of`.
nlohmann::json cites_repealed(Store& store, std::chrono::year_month_day as_of, const status::StatusOptions& options);

}  // namespace clausecheck::index
