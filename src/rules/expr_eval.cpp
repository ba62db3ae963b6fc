#include "rules/expr_eval.hpp"
#include "model/messages.hpp"

#include <re2/re2.h>

#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <limits>
#include <memory>
#include <unordered_map>

namespace clausecheck::rules {

using expr::ast::Node;
using K = Node::Kind;

bool Value::truthy() const {
  switch (v.index()) {
    case 0:
      return false;
    case 1:
      return std::get<bool>(v);
    case 2:
      return std::get<double>(v) != 0;
    case 3:
      return !std::get<std::string>(v).empty();
    case 6:
      return !std::get<List>(v).items.empty();
    default:
      return true;
  }
}

std::string Value::text() const {
  switch (v.index()) {
    case 0:
      return "null";
    case 1:
      return std::get<bool>(v) ? "true" : "false";
    case 2: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%g", std::get<double>(v));
      return buf;
    }
    case 3:
      return std::get<std::string>(v);
    case 4: {
      const auto& d = std::get<DurationValue>(v);
      std::string out;
      if (d.years) out += std::to_string(d.years) + "y";
      if (d.months) out += std::to_string(d.months) + "m";
      if (d.days || d.workdays || out.empty()) out += std::to_string(static_cast<long long>(d.days) + d.workdays) + "d";
      return out;
    }
    case 5:
      return std::get<Date>(v).iso();
    default: {
      std::string out = "[";
      for (const auto& item : std::get<List>(v).items) out += (out.size() > 1 ? ", " : "") + item.text();
      return out + "]";
    }
  }
}

std::string Value::display() const {
  if (is_null()) return msg(Msg::not_stated);
  if (const auto* d = std::get_if<DurationValue>(&v)) return language() == Lang::zh ? to_chinese(*d) : to_english(*d);
  return text();
}

namespace {
using namespace std::chrono;

// Durations compare by months when both are whole months, else by approximate days.
double duration_days(const DurationValue& d) {
  return d.years * 365.2425 + d.months * 30.436875 + d.days + d.workdays * 7.0 / 5.0;
}

int compare_durations(const DurationValue& a, const DurationValue& b) {
  if (a.days == 0 && b.days == 0 && a.workdays == 0 && b.workdays == 0) {
    const long long ma = 12LL * a.years + a.months,
                    mb = 12LL * b.years + b.months;  // a duration's parts reach an int each
    return (ma > mb) - (ma < mb);
  }
  const double da = duration_days(a), db = duration_days(b);
  return (da > db) - (da < db);
}

sys_days day_of(const Date& d) { return sys_days{d.first_day()}; }

// A date moves by at most 10,000 years of months and 10,000 years of days, so
// the year stays within what std::chrono::year holds (±32,767); a duration's
// parts reach an int each, counted wide here.
constexpr long long kMaxShiftMonths = 12LL * 10000, kMaxShiftDays = 366LL * 10000;

Date plus(const Date& date, const DurationValue& d, int sign) {
  year_month_day ymd = date.first_day();
  const long long months = sign * (12LL * d.years + d.months);
  const long long days = sign * (static_cast<long long>(d.days) + d.workdays);
  if (std::llabs(months) > kMaxShiftMonths || std::llabs(days) > kMaxShiftDays)
    throw EvalError(msg(Msg::expr_date_range));
  year_month total = ymd.year() / ymd.month() + std::chrono::months{months};
  const auto last_day = (total / last).day();
  year_month_day moved{total.year(), total.month(), std::min(ymd.day(), last_day)};
  moved = year_month_day{sys_days{moved} + std::chrono::days{days}};
  return Date{moved, Precision::day};
}

// -1, 0, 1, or nothing when the two cannot be ordered.
std::optional<int> order(const Value& a, const Value& b) {
  if (a.v.index() != b.v.index()) {
    return std::nullopt;
  }
  switch (a.v.index()) {
    case 2: {
      const double x = std::get<double>(a.v), y = std::get<double>(b.v);
      if (std::fabs(x - y) < 1e-9) return 0;
      return x < y ? -1 : 1;
    }
    case 3:
      return std::get<std::string>(a.v).compare(std::get<std::string>(b.v)) < 0 ? -1
             : std::get<std::string>(a.v) == std::get<std::string>(b.v)         ? 0
                                                                                : 1;
    case 4:
      return compare_durations(std::get<DurationValue>(a.v), std::get<DurationValue>(b.v));
    case 5: {
      const auto x = day_of(std::get<Date>(a.v)), y = day_of(std::get<Date>(b.v));
      return (x > y) - (x < y);
    }
    case 1:
      return static_cast<int>(std::get<bool>(a.v)) - static_cast<int>(std::get<bool>(b.v));
    default:
      return std::nullopt;
  }
}

bool equal(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  const auto o = order(a, b);
  return o && *o == 0;
}

[[noreturn]] void type_error(const std::string& op, const Value& a, const Value& b) {
  throw EvalError(msg(Msg::expr_operator, {op, a.text(), b.text()}));
}

// A duration's count computed wide; an EvalError past an int instead of
// undefined behaviour (90d * -1e308 and 2147483647d + 1d; found by fuzz_expr).
int duration_count(double value) {
  if (!(value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max()))
    throw EvalError(msg(Msg::expr_duration_range));
  return static_cast<int>(value);
}

Value arithmetic(const std::string& op, const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  const auto* x = std::get_if<double>(&a.v);
  const auto* y = std::get_if<double>(&b.v);
  if (x && y) {
    if (op == "+") return {*x + *y};
    if (op == "-") return {*x - *y};
    if (op == "*") return {*x * *y};
    if (*y == 0) return {};
    return {*x / *y};
  }
  const auto* date = std::get_if<Date>(&a.v);
  const auto* dur = std::get_if<DurationValue>(&b.v);
  if (date && dur && (op == "+" || op == "-")) return {plus(*date, *dur, op == "+" ? 1 : -1)};
  if (const auto* date2 = std::get_if<Date>(&b.v); date && date2 && op == "-")
    return {DurationValue{0, 0, static_cast<int>((day_of(*date) - day_of(*date2)).count()), 0}};
  const auto* dur_a = std::get_if<DurationValue>(&a.v);
  if (dur_a && dur && (op == "+" || op == "-")) {
    const double s = op == "+" ? 1 : -1;
    return {DurationValue{duration_count(dur_a->years + s * dur->years),
                          duration_count(dur_a->months + s * dur->months), duration_count(dur_a->days + s * dur->days),
                          duration_count(dur_a->workdays + s * dur->workdays)}};
  }
  if (dur_a && y && op == "*") {
    const double n = std::trunc(*y);  // a whole multiple, as before
    return {DurationValue{duration_count(dur_a->years * n), duration_count(dur_a->months * n),
                          duration_count(dur_a->days * n), duration_count(dur_a->workdays * n)}};
  }
  type_error(op, a, b);
}

// A pattern compiled once per thread: a change rule's `matches` runs on every
// change of a diff (9,000 clauses: compiling it each time was a third of the
// rules' time). Patterns are a pack's, so few; the cache is emptied past 64.
const RE2& compiled(const std::string& pattern) {
  thread_local std::unordered_map<std::string, std::unique_ptr<RE2>> cache;
  auto it = cache.find(pattern);
  if (it != cache.end()) return *it->second;
  if (cache.size() >= 64) cache.clear();
  return *cache.emplace(pattern, std::make_unique<RE2>(pattern, RE2::Quiet)).first->second;
}

Value compare(const std::string& op, const Value& a, const Value& b) {
  if (op == "==") return {equal(a, b)};
  if (op == "!=") return {!equal(a, b)};
  if (op == "in") {
    const auto* list = std::get_if<Value::List>(&b.v);
    if (list) {
      for (const auto& item : list->items)
        if (equal(a, item)) return {true};
      return {false};
    }
    const auto* hay = std::get_if<std::string>(&b.v);
    const auto* needle = std::get_if<std::string>(&a.v);
    return {hay && needle && hay->find(*needle) != std::string::npos};
  }
  if (op == "matches") {
    const auto* s = std::get_if<std::string>(&a.v);
    const auto* pattern = std::get_if<std::string>(&b.v);
    if (!pattern) type_error(op, a, b);
    if (!s) return {false};
    const RE2& re = compiled(*pattern);
    if (!re.ok()) throw EvalError(msg(Msg::invalid_regex, {*pattern}));
    return {RE2::PartialMatch(*s, re)};
  }
  if (a.is_null() || b.is_null()) return {false};
  const auto o = order(a, b);
  if (!o) type_error(op, a, b);
  if (op == "<") return {*o < 0};
  if (op == "<=") return {*o <= 0};
  if (op == ">") return {*o > 0};
  return {*o >= 0};
}
}  // namespace

namespace {
// A chain walked left to right (never recursed along): and/or stop at the
// first operand that decides them; arithmetic folds; a comparison has two operands.
Value evaluate_chain(const Node& node, const Resolver& resolve) {
  const std::string& op = node.ops.front();
  if (op == "and" || op == "or") {
    const bool stop_on = op == "or";
    for (const auto& operand : node.operands)
      if (evaluate(operand, resolve).truthy() == stop_on) return {stop_on};
    return {!stop_on};
  }
  Value acc = evaluate(node.operands[0], resolve);
  for (std::size_t i = 0; i < node.ops.size(); ++i) {
    const Value right = evaluate(node.operands[i + 1], resolve);
    const std::string& step = node.ops[i];
    acc = step == "+" || step == "-" || step == "*" || step == "/" ? arithmetic(step, acc, right)
                                                                   : compare(step, acc, right);
  }
  return acc;
}

Value evaluate_node(const expr::ast::Ptr& ptr, const Resolver& resolve) {
  const Node& node = *ptr;
  switch (node.kind) {
    case K::number:
      return {node.number};
    case K::duration:
      return {DurationValue{node.years, node.months, node.days, 0}};
    case K::date: {
      const auto d = make_date(node.years, node.months, node.days);
      if (!d) throw EvalError(msg(Msg::expr_no_such_date, {expr::to_string(ptr)}));
      return {*d};
    }
    case K::string:
      return {node.text};
    case K::boolean:
      return {node.boolean};
    case K::null:
      return {};
    case K::path: {
      auto value = resolve(node.text);
      if (!value) throw EvalError(msg(Msg::expr_unknown_field, {node.text}));
      return *value;
    }
    case K::list: {
      Value::List list;
      for (const auto& item : node.operands) list.items.push_back(evaluate(item, resolve));
      return {list};
    }
    case K::unary: {
      const Value operand = evaluate(node.operands[0], resolve);
      if (node.text == "not") return {!operand.truthy()};
      if (operand.is_null()) return {};
      if (const auto* x = std::get_if<double>(&operand.v)) return {-*x};
      throw EvalError(msg(Msg::expr_unary_minus));
    }
    case K::binary:
      return evaluate_chain(node, resolve);
  }
  return {};
}
}  // namespace

Value evaluate(const expr::ast::Ptr& node, const Resolver& resolve) {
  try {
    return evaluate_node(node, resolve);
  } catch (const EvalError& e) {
    if (e.offset() != expr::ast::kUnplaced) throw;  // placed by the innermost node already
    throw EvalError(e.what(), node->offset);
  }
}

std::vector<const expr::ast::Node*> field_names(const expr::ast::Ptr& node) {
  std::vector<const expr::ast::Node*> out;
  std::vector<const Node*> pending{node.get()};
  while (!pending.empty()) {
    const Node* at = pending.back();
    pending.pop_back();
    if (at->kind == K::path) out.push_back(at);
    for (auto it = at->operands.rbegin(); it != at->operands.rend(); ++it) pending.push_back(it->get());
  }
  return out;
}

}  // namespace clausecheck::rules
