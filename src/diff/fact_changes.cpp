#include "diff/fact_changes.hpp"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>

namespace clausecheck::diff {

namespace {

// A fact reduced to what it says, as a string: equal strings, same meaning.
struct Canonical {
  static std::string date(const std::optional<Date>& d) { return d ? d->iso() : "-"; }
  static std::string duration(const DurationValue& v) {
    return std::to_string(v.years) + "y" + std::to_string(v.months) + "m" + std::to_string(v.days) + "d" +
           std::to_string(v.workdays) + "w";
  }
  static std::string quantity(const Quantity& q) { return std::to_string(q.value) + q.unit; }
  static std::string op(const std::optional<Comparator>& c) { return c ? to_string(*c) : ""; }

  std::string operator()(const facts::DateFact& f) const { return date(f.date); }
  std::string operator()(const facts::Period& f) const { return date(f.from) + ".." + date(f.to); }
  std::string operator()(const facts::Deadline& f) const { return date(f.date) + (f.inclusive ? "]" : ")"); }
  std::string operator()(const facts::Duration& f) const { return op(f.op) + duration(f.value); }
  std::string operator()(const facts::Validity& f) const {
    return (f.duration ? duration(*f.duration) : "-") + "|" + date(f.until) + (f.trial ? "|trial" : "");
  }
  std::string operator()(const facts::Effective& f) const {
    return std::to_string(static_cast<int>(f.rule)) + "|" + date(f.date);
  }
  std::string operator()(const facts::Threshold& f) const { return f.subject + to_string(f.op) + quantity(f.quantity); }
  std::string operator()(const facts::QuantityFact& f) const { return quantity(f.quantity); }
  std::string operator()(const facts::Target& f) const {
    return std::to_string(f.year) + f.indicator + to_string(f.op) + quantity(f.quantity);
  }
  std::string operator()(const facts::Responsibility& f) const {
    std::string out;
    for (const auto& u : f.units) out += u + "、";
    return out;
  }
  std::string operator()(const facts::Reference& f) const { return f.title + "|" + (f.number ? f.number->raw : ""); }
  std::string operator()(const facts::Repeal& f) const { return std::to_string(static_cast<int>(f.kind)) + f.target; }
};

// A value on a line, with the unit that makes two values comparable.
struct Magnitude {
  std::string unit;
  double value = 0;
};

double days_of(const std::chrono::year_month_day& d) {
  return static_cast<double>(std::chrono::sys_days(d).time_since_epoch().count());
}
// Calendar lengths only need to order, not to count exactly.
double days_of(const DurationValue& v) { return v.years * 365.0 + v.months * 30.4 + v.days + v.workdays * 1.4; }

struct MagnitudeOf {
  using R = std::optional<Magnitude>;
  static R of(const std::optional<Date>& d) { return d ? R{Magnitude{"day", days_of(d->last_day())}} : std::nullopt; }
  static R of(const Quantity& q) { return Magnitude{q.unit, q.value}; }

  R operator()(const facts::DateFact& f) const { return of(std::optional<Date>(f.date)); }
  R operator()(const facts::Period& f) const { return f.to ? of(f.to) : of(f.from); }
  R operator()(const facts::Deadline& f) const { return of(std::optional<Date>(f.date)); }
  R operator()(const facts::Duration& f) const { return Magnitude{"days", days_of(f.value)}; }
  R operator()(const facts::Validity& f) const {
    if (f.duration) return Magnitude{"days", days_of(*f.duration)};
    return of(f.until);
  }
  R operator()(const facts::Effective& f) const { return of(f.date); }
  R operator()(const facts::Threshold& f) const { return of(f.quantity); }
  R operator()(const facts::QuantityFact& f) const { return of(f.quantity); }
  R operator()(const facts::Target& f) const { return of(f.quantity); }
  template <typename T>
  R operator()(const T&) const { return std::nullopt; }
};

int direction(const FactValue& a, const FactValue& b) {
  const auto ma = std::visit(MagnitudeOf{}, a), mb = std::visit(MagnitudeOf{}, b);
  if (ma && mb && ma->unit == mb->unit && ma->value != mb->value) return mb->value > ma->value ? 1 : -1;
  // A target moved to another year with the same figure.
  const auto* ta = std::get_if<facts::Target>(&a);
  const auto* tb = std::get_if<facts::Target>(&b);
  if (ta && tb && ta->year != tb->year) return tb->year > ta->year ? 1 : -1;
  return 0;
}

std::string subject_of(const FactValue& v) {
  if (const auto* t = std::get_if<facts::Threshold>(&v)) return t->subject;
  if (const auto* t = std::get_if<facts::Target>(&v)) return t->indicator;
  return {};
}

// A quantity read as part of a threshold or target (不超过2% holds 2%) is
// reported with it, not again on its own.
bool inside_compound(const Fact& f, const std::vector<Fact>& all) {
  if (!std::holds_alternative<facts::QuantityFact>(f.value)) return false;
  return std::any_of(all.begin(), all.end(), [&](const Fact& other) {
    const bool compound = std::holds_alternative<facts::Threshold>(other.value) ||
                          std::holds_alternative<facts::Target>(other.value);
    return compound && other.span.end > other.span.begin && other.span.begin <= f.span.begin &&
           f.span.end <= other.span.end;
  });
}

std::vector<const Fact*> own_facts(const std::vector<Fact>& all) {
  std::vector<const Fact*> out;
  for (const Fact& f : all)
    if (!inside_compound(f, all)) out.push_back(&f);
  return out;
}

FactChange make_change(const Fact* old_fact, const Fact* new_fact) {
  const Fact& any = old_fact ? *old_fact : *new_fact;
  FactChange c;
  c.kind = kind_name(any.value);
  c.subject = subject_of(any.value);
  c.old_fact = old_fact;
  c.new_fact = new_fact;
  if (old_fact && new_fact) c.direction = direction(old_fact->value, new_fact->value);
  return c;
}

}  // namespace

bool same_value(const FactValue& a, const FactValue& b) {
  return a.index() == b.index() && std::visit(Canonical{}, a) == std::visit(Canonical{}, b);
}

std::vector<FactChange> compare_facts(const std::vector<Fact>& old_all, const std::vector<Fact>& new_all) {
  const std::vector<const Fact*> old_facts = own_facts(old_all), new_facts = own_facts(new_all);
  std::vector<int> partner(old_facts.size(), -1);
  std::vector<bool> taken(new_facts.size(), false);
  auto pair_by = [&](auto&& fits) {
    for (std::size_t i = 0; i < old_facts.size(); ++i) {
      if (partner[i] >= 0) continue;
      for (std::size_t j = 0; j < new_facts.size(); ++j) {
        if (taken[j] || old_facts[i]->value.index() != new_facts[j]->value.index()) continue;
        if (!fits(*old_facts[i], *new_facts[j])) continue;
        partner[i] = static_cast<int>(j);
        taken[j] = true;
        break;
      }
    }
  };
  auto left_of_kind = [&](std::size_t kind) {
    std::ptrdiff_t balance = 0;
    for (std::size_t i = 0; i < old_facts.size(); ++i) balance += partner[i] < 0 && old_facts[i]->value.index() == kind;
    for (std::size_t j = 0; j < new_facts.size(); ++j) balance -= !taken[j] && new_facts[j]->value.index() == kind;
    return balance;
  };
  pair_by([](const Fact& a, const Fact& b) {
    return !subject_of(a.value).empty() && subject_of(a.value) == subject_of(b.value);
  });
  // As many facts of a kind on both sides: a revision that edits figures keeps
  // their order (40万元, 50万元 → 50万元, 60万元), so pair them in order. Else
  // a fact came or went: keep the unchanged ones together first.
  pair_by([&](const Fact& a, const Fact& b) {
    return left_of_kind(a.value.index()) != 0 && same_value(a.value, b.value);
  });
  pair_by([](const Fact&, const Fact&) { return true; });

  std::vector<FactChange> out;
  for (std::size_t i = 0; i < old_facts.size(); ++i) {
    if (partner[i] < 0) {
      out.push_back(make_change(old_facts[i], nullptr));
      continue;
    }
    const Fact* paired = new_facts[static_cast<std::size_t>(partner[i])];
    if (!same_value(old_facts[i]->value, paired->value)) out.push_back(make_change(old_facts[i], paired));
  }
  for (std::size_t j = 0; j < new_facts.size(); ++j)
    if (!taken[j]) out.push_back(make_change(nullptr, new_facts[j]));
  return out;
}

}  // namespace clausecheck::diff
