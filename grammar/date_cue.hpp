#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

#include "grammar/date.hpp"
#include "model/fact.hpp"

namespace clausecheck::grammar {

// The event a date qualifies, written right after the date's 以前/前/以后/后 or
// a range's 期间 (1937年7月6日以前参加革命工作的, 2011年4月30日以前犯罪, 2020年6月30日
// 以前取得本市户籍, 2023年1月1日以后新建的), past adverbs (已, 尚未, 又) and a place
// (在本市统筹范围内) stepped over: what a person, enterprise, building or
// contract went through. `settled` verbs only ever qualify (参加, 出生, 犯罪,
// 取得); the others a term can also ask for (2023年底前建成…, 申请, 登记), so
// they qualify only inside a modifier closed by 的.
struct QualifyingEvent {
  bool settled = false;
  std::size_t length = 0;
};
std::optional<QualifyingEvent> match_qualifying_event(std::string_view text);

// A date that comes back every year, half-year, quarter or month: 每年4月30日前,
// 每年的3月底以前, 每年年底前, 每月5日前, 每月底, 每季度末, 每半年. It names no
// day of the calendar; a report or a payment is due by it.
struct RecurringDate {
  using Cycle = facts::Recurring::Cycle;
  Cycle every = Cycle::year;
  int month = 0;        // 0: not written
  int day = 0;          // 0: not written
  bool end = false;     // 每月底, 每季度末, 每年年底, 每年2月底
  bool before = false;  // …前, 以前, 之前
  std::size_t length = 0;
  // A day or an end is written, not only the cycle (每半年).
  bool placed() const { return month || day || end; }
};
std::optional<RecurringDate> match_recurring_date(std::string_view text);

}  // namespace clausecheck::grammar
