#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/date.hpp"
#include "model/span.hpp"

namespace clausecheck {

// A number as written and as a value: 40万元 is {400000, "40万", "万", "元"}.
struct Quantity {
  double value = 0;          // normalized: scale applied (40万元 → 400000)
  std::string text;          // the exact numeral text as written ("40", "1.2", "百分之三十")
  std::string scale;         // "万", "亿", "" — the scale the text used
  std::string unit;          // base unit after normalization: "元", "%", "亩", "个百分点" …
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
struct DateFact { Date date; };
struct Period { std::optional<Date> from; std::optional<Date> to; };
// What a deadline bounds: a term of the measure (2023年12月31日前，企业可申请…),
// a goal of a plan (到2025年…), or who qualifies (对2022年12月31日前申请…的项目).
// Only a term makes a clause lapse.
enum class DeadlineRole { term, goal, condition };
struct Deadline { Date date; bool inclusive = true; DeadlineRole role = DeadlineRole::term; };
struct Duration { DurationValue value; std::optional<Comparator> op; };
struct Validity {
  std::optional<DurationValue> duration;  // 有效期一年
  std::optional<Date> until;              // 有效期至2025年12月31日
  bool trial = false;                     // 试行期两年
};
struct Effective {
  enum class Rule { on_publication, on_issue, on_date } rule = Rule::on_date;
  std::optional<Date> date;  // with on_date
};
struct Threshold { std::string subject; Comparator op = Comparator::eq; Quantity quantity; };
struct QuantityFact { Quantity quantity; };
struct Target { int year = 0; std::string indicator; Comparator op = Comparator::eq; Quantity quantity; };
struct Responsibility { std::vector<std::string> units; };
struct Reference { std::string title; std::optional<DocNumber> number; };
struct Repeal {
  enum class Kind { repeal, continuation } kind = Kind::repeal;
  std::string target;  // what is repealed or stays in force, as written
};
}  // namespace facts

using FactValue = std::variant<facts::DateFact, facts::Period, facts::Deadline, facts::Duration,
                               facts::Validity, facts::Effective, facts::Threshold, facts::QuantityFact,
                               facts::Target, facts::Responsibility, facts::Reference, facts::Repeal>;

// One typed fact found in the text, with the text it was read from.
struct Fact {
  FactValue value;
  std::string text;
  Span span;
};

// "date", "period", "deadline", … — the JSON "kind" of a fact.
const char* kind_name(const FactValue& value);

// "term", "goal", "condition" — the JSON "role" of a deadline.
const char* role_name(facts::DeadlineRole role);

}  // namespace clausecheck
