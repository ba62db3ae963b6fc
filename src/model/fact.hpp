#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "clausecheck/export.hpp"
#include "date.hpp"
#include "span.hpp"

namespace clausecheck {

// A number as written and as a value: 40万元 is {400000, "40万", "万", "元"}.
struct Quantity {
  double value = 0;   // normalized: scale applied (40万元 → 400000)
  std::string text;   // the exact numeral text as written ("40", "1.2", "百分之三十")
  std::string scale;  // "万", "亿", "" — the scale the text used
  std::string unit;   // base unit after normalization: "元", "%", "亩", "个百分点" …
  // A change, not a level: 1 an increase (增长8%), -1 a decrease (下降3.9个百分点),
  // 0 a level. The value stays the figure as written, so 减少百分之二十以上 is a
  // decrease of >= 20.
  int change = 0;
  bool operator==(const Quantity&) const = default;
};

// The document number a text cites or carries: 驻政〔2023〕9号.
struct DocNumber {
  std::string raw;     // as printed
  std::string agency;  // 驻政
  int year = 0;        // 2023
  int seq = 0;         // 9
  bool operator==(const DocNumber&) const = default;
};

namespace facts {
// What a date says (docs/facts.md, "Roles of dates"): a term of the measure
// (2023年12月31日前，企业可申请…), its effective date (自2023年5月1日起施行), a
// goal of a plan (到2025年…), who qualifies (对2022年12月31日前申请…的项目),
// what happened before (曾于…, 自2015年以来) or when to report (每年1月31日前报送).
// Only a term makes anything lapse.
enum class DateRole { term, effective, goal, condition, history, reporting };
// A date alone names an event; it bounds nothing unless a cue says so.
struct DateFact {
  Date date;
  DateRole role = DateRole::history;
};
struct Period {
  std::optional<Date> from;
  std::optional<Date> to;
  DateRole role = DateRole::term;
};
struct Deadline {
  Date date;
  bool inclusive = true;
  DateRole role = DateRole::term;
};
// A due date that comes back every cycle and names no day of the calendar
// (每年4月30日前, 每月5日前, 每季度末): when a report or a payment is due.
struct Recurring {
  enum class Cycle { year, half_year, quarter, month } every = Cycle::year;
  int month = 0;        // 0: not written
  int day = 0;          // 0: not written
  bool end = false;     // the cycle's or the month's last day (每月底, 每季度末, 每年2月底)
  bool before = false;  // 前, 以前, 之前
  DateRole role = DateRole::reporting;
};
struct Duration {
  DurationValue value;
  std::optional<Comparator> op;
};
// Whose a validity or effect statement is: the document's own (本办法自…起施行，
// 有效期五年), or a clause's about its subject (证书有效期为三年).
enum class Scope { document, clause };
struct Validity {
  std::optional<DurationValue> duration;  // 有效期一年
  std::optional<Date> until;              // 有效期至2025年12月31日
  bool trial = false;                     // 试行期两年
  Scope scope = Scope::document;
  std::string subject = {};  // 证书 (clause scope), 本办法, or "" when unnamed
};
struct Effective {
  enum class Rule { on_publication, on_issue, on_date } rule = Rule::on_date;
  std::optional<Date> date;  // with on_date; none when the stated date does not exist (2023年2月30日)
  bool trial = false;        // 自…起试行
  Scope scope = Scope::document;
  std::string subject = {};
  std::optional<DurationValue> after = {};  // 自印发之日起30日后施行: in force that long after the event
};
struct Threshold {
  std::string subject;
  Comparator op = Comparator::eq;
  Quantity quantity;
};
struct QuantityFact {
  Quantity quantity;
};
struct Target {
  int year = 0;
  std::string indicator;
  Comparator op = Comparator::eq;
  Quantity quantity;
};
struct Responsibility {
  std::vector<std::string> units;
};
struct Reference {
  std::string title;
  std::optional<DocNumber> number;
};
struct Repeal {
  // 废止 ends a measure; 继续有效/继续执行 keeps one in force; 停止执行 stops applying one
  // without repealing it (it may be resumed), which legal staff keep apart from 废止;
  // 修改为 amends one; 以本办法为准 and 代替/取代 put this document in its place; a 题注's
  // 2021年12月24日…第四次修正 says this text is a revision of its own earlier versions.
  enum class Kind { repeal, continuation, suspension, amendment, replacement, revision } kind = Kind::repeal;
  std::string target;    // what is repealed or stays in force, as written; its 《》 titles and
                         // numbers are the reference facts within the statement's span
  bool partial = false;  // only part of it: 与本解释不一致的 (以本解释为准), 《…》中有关…的规定
  std::optional<Date> date = {};  // a revision's day (the 题注's date); none for the others
};
}  // namespace facts

using FactValue = std::variant<facts::DateFact, facts::Period, facts::Deadline, facts::Recurring, facts::Duration,
                               facts::Validity, facts::Effective, facts::Threshold, facts::QuantityFact, facts::Target,
                               facts::Responsibility, facts::Reference, facts::Repeal>;

// One typed fact found in the text, with the text it was read from.
struct Fact {
  FactValue value;
  std::string text;
  Span span;
};

// "date", "period", "deadline", … — the JSON "kind" of a fact.
CLAUSECHECK_API const char* kind_name(const FactValue& value);

// "term", "effective", "goal", "condition", "history", "reporting" — the JSON "role" of a date fact.
CLAUSECHECK_API const char* role_name(facts::DateRole role);
// "document", "clause" — the JSON "scope" of a validity or effect statement.
CLAUSECHECK_API const char* scope_name(facts::Scope scope);
// "year", "half-year", "quarter", "month" — the JSON "every" of a recurring date.
CLAUSECHECK_API const char* cycle_name(facts::Recurring::Cycle cycle);
// "repeal", "continuation", "suspension", "amendment", "replacement", "revision" — the JSON
// "action" of a repeal fact.
CLAUSECHECK_API const char* action_name(facts::Repeal::Kind kind);
// "on_publication", "on_issue", "on_date" — the JSON "rule" of an effect statement.
CLAUSECHECK_API const char* rule_name(facts::Effective::Rule rule);

// A validity or effect statement of the document itself (scope document).
CLAUSECHECK_API bool is_document_statement(const Fact& fact);

// The last day a deadline leaves: a day it names (2023年12月31日前 → 12-31),
// or the last day of an inclusive month or year (截至2023年底, 到2025年), else
// the day before the month or year it names (2023年6月前 → 05-31, 2023年前 →
// 2022-12-31). The one reading of 前 (docs/facts.md), used by the register.
CLAUSECHECK_API std::chrono::year_month_day last_day(const facts::Deadline& deadline);

}  // namespace clausecheck
