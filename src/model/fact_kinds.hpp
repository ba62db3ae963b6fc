#pragma once
#include <optional>
#include <string>
#include <variant>

#include "model/fact.hpp"

namespace clausecheck {

// One table per fact kind: its JSON name and its members. A table lists the members in their JSON
// order (keys sorted) and says of each what reads it, by calling on a visitor:
//   v.json(key, x)      a JSON member only (model/fact_json.cpp writes it);
//   v.json_if(key, x)   the same, left out while x is null (an optional member);
//   v.rule(name, x)     a field rules read as fact.<name> and other.<name> only;
//   v.both(key, x)      a JSON member and a rule field of the same name.
// The JSON writer, the rule resolver, the loader's known fields and docs/rules.md's table of fact
// fields (rules/model_values.cpp) all visit these tables. FactKind is declared and not defined:
// a kind in FactValue without a table fails to compile in each of them.
template <typename T>
struct FactKind;

// "year", "month", "day" — the JSON "precision" of a date.
const char* precision_name(Precision precision);

// "increase" or "decrease" for a change (下降3.9个百分点), null for a level.
inline const char* change_name(const Quantity& q) {
  if (!q.change) return nullptr;
  return q.change > 0 ? "increase" : "decrease";
}

template <>
struct FactKind<facts::DateFact> {
  static constexpr const char* name = "date";
  template <typename V>
  static void members(V& v, const facts::DateFact& f) {
    v.both("date", f.date);
    v.json("precision", precision_name(f.date.precision));
    v.both("role", role_name(f.role));
  }
};

template <>
struct FactKind<facts::Period> {
  static constexpr const char* name = "period";
  template <typename V>
  static void members(V& v, const facts::Period& f) {
    v.both("from", f.from);
    v.both("role", role_name(f.role));
    v.both("to", f.to);
  }
};

template <>
struct FactKind<facts::Deadline> {
  static constexpr const char* name = "deadline";
  template <typename V>
  static void members(V& v, const facts::Deadline& f) {
    v.both("date", f.date);
    v.json("inclusive", f.inclusive);
    v.json("precision", precision_name(f.date.precision));
    v.both("role", role_name(f.role));
  }
};

template <>
struct FactKind<facts::Recurring> {
  static constexpr const char* name = "recurring";
  template <typename V>
  static void members(V& v, const facts::Recurring& f) {
    const auto written = [](int n) { return n ? std::optional<int>(n) : std::nullopt; };
    v.json("before", f.before);
    v.json("day", written(f.day));
    v.json("end", f.end);
    v.json("every", cycle_name(f.every));
    v.json("month", written(f.month));
    v.both("role", role_name(f.role));
  }
};

template <>
struct FactKind<facts::Duration> {
  static constexpr const char* name = "duration";
  template <typename V>
  static void members(V& v, const facts::Duration& f) {
    v.json("days", f.value.days);
    v.json("months", f.value.months);
    v.both("op", f.op ? std::optional<std::string>(to_string(*f.op)) : std::nullopt);
    v.json("workdays", f.value.workdays);
    v.json("years", f.value.years);
    v.rule("duration", f.value);
  }
};

template <>
struct FactKind<facts::Validity> {
  static constexpr const char* name = "validity";
  template <typename V>
  static void members(V& v, const facts::Validity& f) {
    v.both("duration", f.duration);
    v.json("scope", scope_name(f.scope));
    v.json("subject", f.subject);
    v.json("trial", f.trial);
    v.json("until", f.until);
    v.rule("date", f.until);
  }
};

template <>
struct FactKind<facts::Effective> {
  static constexpr const char* name = "effective";
  template <typename V>
  static void members(V& v, const facts::Effective& f) {
    v.json("after", f.after);
    v.both("date", f.date);
    v.json("rule", rule_name(f.rule));
    v.json("scope", scope_name(f.scope));
    v.json("subject", f.subject);
    v.json("trial", f.trial);
  }
};

template <>
struct FactKind<facts::Threshold> {
  static constexpr const char* name = "threshold";
  template <typename V>
  static void members(V& v, const facts::Threshold& f) {
    v.json_if("change", change_name(f.quantity));
    v.json("figure", f.quantity.text);
    v.both("op", to_string(f.op));
    v.json("scale", f.quantity.scale);
    v.both("subject", f.subject);
    v.both("unit", f.quantity.unit);
    v.both("value", f.quantity.value);
  }
};

template <>
struct FactKind<facts::QuantityFact> {
  static constexpr const char* name = "quantity";
  template <typename V>
  static void members(V& v, const facts::QuantityFact& f) {
    v.json_if("change", change_name(f.quantity));
    v.json("figure", f.quantity.text);
    v.json("scale", f.quantity.scale);
    v.both("unit", f.quantity.unit);
    v.both("value", f.quantity.value);
  }
};

template <>
struct FactKind<facts::Target> {
  static constexpr const char* name = "target";
  template <typename V>
  static void members(V& v, const facts::Target& f) {
    v.json_if("change", change_name(f.quantity));
    v.json("figure", f.quantity.text);
    v.json("indicator", f.indicator);
    v.both("op", to_string(f.op));
    v.json("scale", f.quantity.scale);
    v.both("unit", f.quantity.unit);
    v.both("value", f.quantity.value);
    v.both("year", f.year);
    v.rule("subject", f.indicator);
  }
};

template <>
struct FactKind<facts::Responsibility> {
  static constexpr const char* name = "responsibility";
  template <typename V>
  static void members(V& v, const facts::Responsibility& f) {
    v.json("units", f.units);
  }
};

template <>
struct FactKind<facts::Reference> {
  static constexpr const char* name = "reference";
  template <typename V>
  static void members(V& v, const facts::Reference& f) {
    v.json("number", f.number);
    v.json("title", f.title.empty() ? std::nullopt : std::optional(f.title));
  }
};

template <>
struct FactKind<facts::Repeal> {
  static constexpr const char* name = "repeal";
  template <typename V>
  static void members(V& v, const facts::Repeal& f) {
    v.json("action", action_name(f.kind));
    v.json("date", f.date);
    v.json("partial", f.partial);
    v.json("target", f.target);
  }
};

// Calls visit(FactKind<T>{}, T{}) for each kind of FactValue in its order: the tables as a list
// (known fields, the docs table).
template <typename Visit>
void for_each_fact_kind(Visit&& visit) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (visit(FactKind<std::variant_alternative_t<I, FactValue>>{}, std::variant_alternative_t<I, FactValue>{}), ...);
  }
  (std::make_index_sequence<std::variant_size_v<FactValue>>{});
}

}  // namespace clausecheck
