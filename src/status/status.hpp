#pragma once
#include <chrono>
#include <optional>
#include <string>

#include "clausecheck/export.hpp"

namespace clausecheck::status {

// What the dates say (in_force … no_validity), or what a later document did
// to it (repealed … amended), which wins over the dates (docs/status.md, "Lineage").
enum class Status {
  in_force,
  expiring,
  expired,
  not_yet_effective,
  no_validity,
  repealed,
  suspended,
  partly_repealed,
  amended
};

// "in_force", "expiring", "expired", "not_yet_effective", "no_validity",
// "repealed", "suspended", "partly_repealed", "amended"
CLAUSECHECK_API const char* to_string(Status status);
// 现行有效, 即将到期, 失效, 尚未施行, 未载明有效期, 已废止, 停止执行, 部分失效, 已被修改
CLAUSECHECK_API const char* label_zh(Status status);
// The label in the run's language (model/messages.hpp): label_zh's, or in
// force, expiring soon, lapsed, not yet in effect, no stated term of validity,
// repealed, suspended, partly repealed, amended.
CLAUSECHECK_API std::string label(Status status);

// Today in the local time zone (TZ), the default --as-of.
CLAUSECHECK_API std::chrono::year_month_day today();

// The status on `as_of` of something in force from `from` through `through`
// (both inclusive, either unknown). It is `expiring` when its last day is at
// most `warn_days` days after as_of, and `no_validity` when it has no last day.
CLAUSECHECK_API Status classify(std::chrono::year_month_day as_of, std::optional<std::chrono::year_month_day> from,
                                std::optional<std::chrono::year_month_day> through, int warn_days);

}  // namespace clausecheck::status
