#include "model/fact.hpp"

#include "model/fact_kinds.hpp"

namespace clausecheck {

const char* kind_name(const FactValue& value) {
  return std::visit([](const auto& f) { return FactKind<std::decay_t<decltype(f)>>::name; }, value);
}

const char* precision_name(Precision p) {
  switch (p) {
    case Precision::year:
      return "year";
    case Precision::month:
      return "month";
    case Precision::day:
      break;
  }
  return "day";
}

const char* role_name(facts::DateRole role) {
  switch (role) {
    case facts::DateRole::effective:
      return "effective";
    case facts::DateRole::goal:
      return "goal";
    case facts::DateRole::condition:
      return "condition";
    case facts::DateRole::history:
      return "history";
    case facts::DateRole::reporting:
      return "reporting";
    case facts::DateRole::term:
      break;
  }
  return "term";
}

const char* cycle_name(facts::Recurring::Cycle cycle) {
  switch (cycle) {
    case facts::Recurring::Cycle::half_year:
      return "half-year";
    case facts::Recurring::Cycle::quarter:
      return "quarter";
    case facts::Recurring::Cycle::month:
      return "month";
    case facts::Recurring::Cycle::year:
      break;
  }
  return "year";
}

const char* action_name(facts::Repeal::Kind kind) {
  switch (kind) {
    case facts::Repeal::Kind::continuation:
      return "continuation";
    case facts::Repeal::Kind::suspension:
      return "suspension";
    case facts::Repeal::Kind::amendment:
      return "amendment";
    case facts::Repeal::Kind::replacement:
      return "replacement";
    case facts::Repeal::Kind::revision:
      return "revision";
    case facts::Repeal::Kind::repeal:
      break;
  }
  return "repeal";
}

const char* scope_name(facts::Scope scope) { return scope == facts::Scope::clause ? "clause" : "document"; }

const char* rule_name(facts::Effective::Rule rule) {
  switch (rule) {
    case facts::Effective::Rule::on_publication:
      return "on_publication";
    case facts::Effective::Rule::on_issue:
      return "on_issue";
    case facts::Effective::Rule::on_date:
      break;
  }
  return "on_date";
}

bool is_document_statement(const Fact& fact) {
  if (const auto* v = std::get_if<facts::Validity>(&fact.value)) return v->scope == facts::Scope::document;
  if (const auto* e = std::get_if<facts::Effective>(&fact.value)) return e->scope == facts::Scope::document;
  return false;
}

std::chrono::year_month_day last_day(const facts::Deadline& deadline) {
  // A day named is the last one, as 申报期限 “每月15日前” is read, whatever the wording.
  if (deadline.inclusive || deadline.date.precision == Precision::day) return deadline.date.last_day();
  return std::chrono::year_month_day{std::chrono::sys_days{deadline.date.first_day()} - std::chrono::days{1}};
}

}  // namespace clausecheck
