#include "rules/model_values.hpp"

#include <algorithm>

#include "model/document_statements.hpp"
#include "model/period_count.hpp"
#include "status/validity_window.hpp"

namespace clausecheck::rules {

const std::vector<std::string>& known_fields() {
  static const std::vector<std::string> names = {
      "doc.title", "doc.type", "doc.kind", "doc.issuer", "doc.number", "doc.number.agency", "doc.number.year", "doc.number.seq",
      "doc.signed", "doc.trial", "doc.normative", "doc.attachment", "doc.carries",
      "validity", "validity.text", "validity.duration", "validity.until", "validity.conflict",
      "effective", "effective.text", "effective.rule", "effective.date", "effective.basis",
      "window.from", "window.until",
      "clause.label", "clause.level", "clause.style", "clause.text",
      "fact.kind", "fact.text", "fact.value", "fact.unit", "fact.op", "fact.subject", "fact.date", "fact.from",
      "fact.to", "fact.duration", "fact.year",
      "other.kind", "other.text", "other.value", "other.unit", "other.op", "other.subject", "other.date", "other.from",
      "other.to", "other.duration", "other.year",
      "change.kind", "as_of", "profile.name", "profile.normative_cap", "profile.trial_cap", "settings.warning_days"};
  return names;
}

bool is_normative(const Document& doc, const RunSettings& settings) {
  // Only a 行政规范性文件 must state its validity: a law, regulation, 规章 or
  // 司法解释 named 办法 or 规定 is in force until repealed.
  if (doc.kind != "行政规范性文件") return false;
  const auto listed = [&](const std::string& type) {
    return std::find(settings.normative_types.begin(), settings.normative_types.end(), type) !=
           settings.normative_types.end();
  };
  if (listed(doc.type)) return true;
  // A notice that puts itself in force (本通知自印发之日起施行) sets rules of its
  // own, whatever its type: one that only transmits a plan states no effect.
  const auto own_effect = [](const Fact& f) {
    const auto* e = std::get_if<facts::Effective>(&f.value);
    return e && e->scope == facts::Scope::document;
  };
  if (std::any_of(doc.facts.begin(), doc.facts.end(), own_effect)) return true;
  return std::any_of(doc.attachments.begin(), doc.attachments.end(), [&](const Document& a) { return listed(a.type); });
}

namespace {
using namespace std::chrono;

Value date_value(const std::optional<Date>& d) { return d ? Value{*d} : Value{}; }
Value ymd_value(const std::optional<year_month_day>& d) { return d ? Value{Date{*d, Precision::day}} : Value{}; }

Value op_text(Comparator op) { return Value{std::string(to_string(op))}; }

// fact.* and other.*: the fields of one fact, by its kind.
std::optional<Value> fact_field(const Fact* fact, const std::string& name) {
  if (!fact) return Value{};
  if (name == "kind") return Value{std::string(kind_name(fact->value))};
  if (name == "text") return Value{fact->text};
  return std::visit([&](const auto& f) -> std::optional<Value> {
    using T = std::decay_t<decltype(f)>;
    if constexpr (std::is_same_v<T, facts::Threshold>) {
      if (name == "value") return Value{f.quantity.value};
      if (name == "unit") return Value{f.quantity.unit};
      if (name == "op") return op_text(f.op);
      if (name == "subject") return Value{f.subject};
    } else if constexpr (std::is_same_v<T, facts::QuantityFact>) {
      if (name == "value") return Value{f.quantity.value};
      if (name == "unit") return Value{f.quantity.unit};
    } else if constexpr (std::is_same_v<T, facts::Target>) {
      if (name == "value") return Value{f.quantity.value};
      if (name == "unit") return Value{f.quantity.unit};
      if (name == "op") return op_text(f.op);
      if (name == "subject") return Value{f.indicator};
      if (name == "year") return Value{static_cast<double>(f.year)};
    } else if constexpr (std::is_same_v<T, facts::DateFact>) {
      if (name == "date") return Value{f.date};
    } else if constexpr (std::is_same_v<T, facts::Deadline>) {
      if (name == "date") return Value{f.date};
      if (name == "role") return Value{std::string(role_name(f.role))};
    } else if constexpr (std::is_same_v<T, facts::Recurring>) {
      if (name == "role") return Value{std::string(role_name(f.role))};
    } else if constexpr (std::is_same_v<T, facts::Period>) {
      if (name == "from") return date_value(f.from);
      if (name == "to") return date_value(f.to);
    } else if constexpr (std::is_same_v<T, facts::Duration>) {
      if (name == "duration") return Value{f.value};
      if (name == "op" && f.op) return op_text(*f.op);
    } else if constexpr (std::is_same_v<T, facts::Validity>) {
      if (name == "duration" && f.duration) return Value{*f.duration};
      if (name == "date") return date_value(f.until);
    } else if constexpr (std::is_same_v<T, facts::Effective>) {
      if (name == "date") return date_value(f.date);
    }
    return Value{};  // a known field this kind of fact does not have
  }, fact->value);
}

// The stated duration, else the length from the effective date to 有效期至.
Value validity_duration(const status::DocumentWindow& window) {
  if (window.validity_duration) return Value{*window.validity_duration};
  if (window.effective_from && window.expires_on)
    return Value{DurationValue{0, 0, static_cast<int>((sys_days{*window.expires_on} - sys_days{*window.effective_from}).count()) + 1, 0}};
  return Value{};
}
}  // namespace

Resolver make_resolver(const Subject& s) {
  auto window = std::make_shared<std::optional<status::DocumentWindow>>();
  return [s, window](const std::string& path) -> std::optional<Value> {
    const auto doc_window = [&]() -> const status::DocumentWindow& {
      if (!*window) *window = status::document_window(*s.doc, s.parent, s.settings->civil_code_count ? status::DayCount::civil_code : status::DayCount::administrative);
      return **window;
    };
    const Document* d = s.doc;
    if (path.rfind("fact.", 0) == 0) return fact_field(s.fact, path.substr(5));
    if (path.rfind("other.", 0) == 0) return fact_field(s.other, path.substr(6));
    if (path == "change.kind") return s.change ? Value{*s.change} : Value{};
    if (path == "as_of") return Value{s.settings->as_of};
    if (path == "profile.name") return Value{s.settings->profile.name};
    if (path == "profile.normative_cap") return Value{DurationValue{s.settings->profile.normative_cap_years, 0, 0, 0}};
    if (path == "profile.trial_cap") return Value{DurationValue{s.settings->profile.trial_cap_years, 0, 0, 0}};
    if (path == "settings.warning_days") return Value{static_cast<double>(s.settings->warning_days)};
    if (path.rfind("clause.", 0) == 0) {
      if (!s.clause) return Value{};
      if (path == "clause.label") return Value{s.clause->number.label};
      if (path == "clause.level") return Value{static_cast<double>(s.clause->level)};
      if (path == "clause.style") return Value{std::string(style_name(s.clause->number.style))};
      if (path == "clause.text") return Value{s.clause->text()};
      return std::nullopt;
    }
    if (!d) return std::find(known_fields().begin(), known_fields().end(), path) != known_fields().end() ? std::optional<Value>(Value{}) : std::nullopt;
    if (path == "doc.title") return Value{d->title};
    if (path == "doc.type") return Value{d->type};
    if (path == "doc.kind") return Value{d->kind};
    if (path == "doc.issuer") return Value{d->issuer};
    if (path == "doc.number") return d->number ? Value{d->number->raw} : Value{};
    if (path == "doc.number.agency") return d->number ? Value{d->number->agency} : Value{};
    if (path == "doc.number.year") return d->number ? Value{static_cast<double>(d->number->year)} : Value{};
    if (path == "doc.number.seq") return d->number ? Value{static_cast<double>(d->number->seq)} : Value{};
    if (path == "doc.signed") return date_value(d->signed_date);
    if (path == "doc.trial") return Value{d->trial};
    if (path == "doc.normative") return Value{is_normative(*d, *s.settings)};
    if (path == "doc.attachment") return Value{s.parent != nullptr};
    if (path == "doc.carries") {
      Value::List types;
      for (const auto& a : d->attachments) types.items.push_back(Value{a.type});
      return Value{types};
    }
    if (path == "validity") return doc_window().validity ? Value{doc_window().validity->text} : Value{};
    if (path == "validity.text") return doc_window().validity ? Value{doc_window().validity->text} : Value{};
    if (path == "validity.duration") return validity_duration(doc_window());
    if (path == "validity.until") return date_value(doc_window().validity_until);
    if (path == "validity.conflict") return Value{doc_window().conflict.has_value()};
    if (path == "effective" || path == "effective.text")
      return doc_window().effective ? Value{doc_window().effective->text} : Value{};
    if (path == "effective.rule") {
      const Fact* f = doc_window().effective;
      const auto* e = f ? std::get_if<facts::Effective>(&f->value) : nullptr;
      return e ? Value{std::string(rule_name(e->rule))} : Value{};
    }
    // The date parse's JSON and the register use: stated, or the signing date standing in.
    if (path == "effective.date") return date_value(resolve_effective(*d, s.parent).date);
    if (path == "effective.basis") return Value{std::string(basis_name(resolve_effective(*d, s.parent).basis))};
    if (path == "window.from") return ymd_value(doc_window().effective_from);
    if (path == "window.until") return ymd_value(doc_window().expires_on);
    return std::nullopt;
  };
}

}  // namespace clausecheck::rules
