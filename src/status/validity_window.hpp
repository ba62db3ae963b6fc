#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "model/period_count.hpp"

namespace clausecheck::status {

// 有效期一年 counted from the effective date disagrees with 有效期至….
struct ValidityConflict {
  std::chrono::year_month_day counted;  // from the effective date and the stated duration
  std::chrono::year_month_day stated;   // the explicit 有效期至 date, which wins
};

// When a document is in force, and the facts that say so.
struct DocumentWindow {
  std::optional<std::chrono::year_month_day> effective_from;
  std::optional<std::chrono::year_month_day> expires_on;  // its last day in force
  const Fact* validity = nullptr;  // 有效期… fact the expiry comes from (有效期至… when stated)
  // 有效期二年 and 有效期至… may stand in two sentences, read as two facts:
  // together they are the document's one validity.
  std::optional<DurationValue> validity_duration;
  std::optional<Date> validity_until;
  const Fact* effective = nullptr;  // 自…起施行 fact the start comes from
  std::optional<ValidityConflict> conflict;
  // 自发布之日起 (or 自印发之日起) with no such date in the text: the signing date stood in.
  bool signing_date_stood_in = false;
  std::vector<std::string> notes;  // for the register, in the run's language
};

// The window of `doc`. An attachment (the 措施 a 印发 notice carries) passes
// its notice as `parent`: facts it lacks (signing date, validity, effect) come
// from the notice, and a notice takes those it lacks from its attachments,
// where 本通知自发布之日起实施，有效期一年 is often printed.
DocumentWindow document_window(const Document& doc, const Document* parent, DayCount count);

// The window a clause's own Period or Deadline fact sets; nothing for other
// facts, nor for a deadline that is a plan's goal or a condition on who
// qualifies. A deadline's date is its last day (docs/status.md).
struct ClauseWindow {
  std::optional<std::chrono::year_month_day> from;
  std::optional<std::chrono::year_month_day> through;
};
std::optional<ClauseWindow> clause_window(const Fact& fact);

}  // namespace clausecheck::status
