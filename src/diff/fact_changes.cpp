#include "diff/fact_changes.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <map>
#include <chrono>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <variant>

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
  std::string operator()(const facts::Recurring& f) const {
    return std::string(cycle_name(f.every)) + std::to_string(f.month) + "m" + std::to_string(f.day) + "d" +
           (f.end ? "|end" : "") + (f.before ? ")" : "]");
  }
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
  R operator()(const T&) const {
    return std::nullopt;
  }
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

bool is_compound(const Fact& f) {
  return (std::holds_alternative<facts::Threshold>(f.value) || std::holds_alternative<facts::Target>(f.value)) &&
         f.span.end > f.span.begin;
}

// A quantity read as part of a threshold or target (不超过2% holds 2%) is
// reported with it, not again on its own. The compounds sorted by start, with
// the furthest end reached so far: a quantity lies inside one of those begun
// before it exactly when that end reaches its own (n log n, not n²).
std::vector<const Fact*> own_facts(const std::vector<Fact>& all) {
  std::vector<Span> compounds;
  for (const Fact& f : all)
    if (is_compound(f)) compounds.push_back(f.span);
  std::sort(compounds.begin(), compounds.end(), [](Span x, Span y) { return x.begin < y.begin; });
  std::vector<std::uint32_t> reach;
  reach.reserve(compounds.size());
  for (Span c : compounds) reach.push_back(std::max(c.end, reach.empty() ? 0 : reach.back()));
  auto inside_compound = [&](const Fact& f) {
    if (!std::holds_alternative<facts::QuantityFact>(f.value)) return false;
    const auto begun = std::upper_bound(compounds.begin(), compounds.end(), f.span.begin,
                                        [](std::uint32_t at, Span c) { return at < c.begin; }) -
                       compounds.begin();
    return begun > 0 && reach[static_cast<std::size_t>(begun - 1)] >= f.span.end;
  };
  std::vector<const Fact*> out;
  for (const Fact& f : all)
    if (!inside_compound(f)) out.push_back(&f);
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

// Each old fact, in order, takes the first new fact not yet taken of the same
// kind and key; the new facts wait in one queue per key, so that a pass is
// linear (a scan of all new facts per old one was quadratic, and worse).
class FactPairing {
 public:
  FactPairing(const std::vector<const Fact*>& old_facts, const std::vector<const Fact*>& new_facts)
      : old_(old_facts), new_(new_facts), partner_(old_facts.size(), -1), taken_(new_facts.size(), false) {}

  // key(fact) is "" for a fact that pairs with nothing in this pass.
  template <typename Key>
  void pair_by(Key&& key) {
    std::unordered_map<std::string, std::deque<std::size_t>> waiting;
    for (std::size_t j = 0; j < new_.size(); ++j)
      if (!taken_[j])
        if (std::string k = key(*new_[j]); !k.empty()) waiting[std::move(k)].push_back(j);
    for (std::size_t i = 0; i < old_.size(); ++i) {
      if (partner_[i] >= 0) continue;
      const std::string k = key(*old_[i]);
      if (k.empty()) continue;
      const auto it = waiting.find(k);
      if (it == waiting.end() || it->second.empty()) continue;
      partner_[i] = static_cast<int>(it->second.front());
      taken_[it->second.front()] = true;
      it->second.pop_front();
    }
  }

  // Unpaired old facts of a kind less unpaired new ones. Pairing two facts of
  // one kind leaves it as it was, so it holds for a whole pass.
  std::ptrdiff_t left_of_kind(std::size_t kind) const {
    std::ptrdiff_t balance = 0;
    for (std::size_t i = 0; i < old_.size(); ++i) balance += partner_[i] < 0 && old_[i]->value.index() == kind;
    for (std::size_t j = 0; j < new_.size(); ++j) balance -= !taken_[j] && new_[j]->value.index() == kind;
    return balance;
  }

  const std::vector<int>& partner() const { return partner_; }
  const std::vector<bool>& taken() const { return taken_; }

 private:
  const std::vector<const Fact*>& old_;
  const std::vector<const Fact*>& new_;
  std::vector<int> partner_;
  std::vector<bool> taken_;
};

// A lineage statement's verb is part of its kind: 同时废止 and a 题注's 修订 are two
// statements, not one changed (legal staff keep 废止 and 停止执行 apart too).
std::string kind_key(const Fact& f) {
  std::string key = std::to_string(f.value.index()) + "|";
  if (const auto* r = std::get_if<facts::Repeal>(&f.value)) key += std::to_string(static_cast<int>(r->kind)) + "|";
  return key;
}

// Statements of two verbs pair when they name the same target: 停止执行《X》 → 废止《X》
// changed what happens to X.
std::string target_key(const Fact& f) {
  const auto* r = std::get_if<facts::Repeal>(&f.value);
  return r && !r->target.empty() ? "target|" + r->target : std::string();
}

}  // namespace

bool same_value(const FactValue& a, const FactValue& b) {
  return a.index() == b.index() && std::visit(Canonical{}, a) == std::visit(Canonical{}, b);
}

std::vector<FactChange> compare_facts(const std::vector<Fact>& old_all, const std::vector<Fact>& new_all) {
  return compare_facts(FactGroups{&old_all}, FactGroups{&new_all});
}

namespace {

// The facts of several clauses taken together (a pair with its pieces). A
// figure that each of the merged articles stated is stated once in the
// article they became (会计法 2017 第四十三、四十四条 each 处五千元以上十万元以下,
// 2024 第四十一条 once): a fact of a later group equal to one of an earlier
// group (kind, subject, value) is left out, else it would pair with another
// figure or read as removed. Within one clause a figure said twice stays twice.
std::vector<const Fact*> facts_of_groups(const FactGroups& groups) {
  if (groups.size() == 1) return own_facts(*groups.front());  // most pairs: no keys to make
  std::vector<const Fact*> out;
  std::unordered_set<std::string> earlier;  // keys of the facts of the groups before
  for (const std::vector<Fact>* group : groups) {
    std::vector<std::string> keys;
    for (const Fact* f : own_facts(*group)) {
      std::string key = kind_key(*f) + subject_of(f->value) + "|" + std::visit(Canonical{}, f->value);
      if (earlier.count(key)) continue;
      keys.push_back(std::move(key));
      out.push_back(f);
    }
    earlier.insert(keys.begin(), keys.end());
  }
  return out;
}

std::vector<FactChange> compare_own(const std::vector<const Fact*>& old_facts,
                                    const std::vector<const Fact*>& new_facts) {
  FactPairing pairing(old_facts, new_facts);
  const auto subject_key = [](const Fact& f) {
    const std::string subject = subject_of(f.value);
    return subject.empty() ? subject : kind_key(f) + subject;
  };
  // A subject with more facts on one side than on the other: a bound came or
  // went (a clause gains a penalty, 处200元以上2000元以下 before an unchanged
  // 处5000元以上2万元以下), so the unchanged ones pair first; with as many on
  // both sides they pair in order below, as edited figures keep their order.
  std::unordered_map<std::string, std::ptrdiff_t> per_subject;
  for (const Fact* f : old_facts)
    if (std::string k = subject_key(*f); !k.empty()) ++per_subject[k];
  for (const Fact* f : new_facts)
    if (std::string k = subject_key(*f); !k.empty()) --per_subject[k];
  pairing.pair_by([&](const Fact& f) {
    const std::string k = subject_key(f);
    return k.empty() || per_subject[k] == 0 ? std::string() : k + "|" + std::visit(Canonical{}, f.value);
  });
  pairing.pair_by(subject_key);
  // As many facts of a kind on both sides: a revision that edits figures keeps
  // their order (40万元, 50万元 → 50万元, 60万元), so pair them in order. Else
  // a fact came or went: keep the unchanged ones together first.
  std::vector<std::ptrdiff_t> left(std::variant_size_v<FactValue>);
  for (std::size_t kind = 0; kind < left.size(); ++kind) left[kind] = pairing.left_of_kind(kind);
  pairing.pair_by([&](const Fact& f) {
    return left[f.value.index()] != 0 ? kind_key(f) + std::visit(Canonical{}, f.value) : std::string();
  });
  pairing.pair_by(target_key);
  pairing.pair_by(kind_key);
  const std::vector<int>& partner = pairing.partner();
  const std::vector<bool>& taken = pairing.taken();

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

}  // namespace

std::vector<FactChange> compare_facts(const FactGroups& old_groups, const FactGroups& new_groups,
                                      const std::function<std::string(const Fact&)>& part) {
  const std::vector<const Fact*> old_facts = facts_of_groups(old_groups), new_facts = facts_of_groups(new_groups);
  if (!part) return compare_own(old_facts, new_facts);
  // One pairing per part; parts are few (a document's header dates, closing dates, the rest).
  std::map<std::string, std::pair<std::vector<const Fact*>, std::vector<const Fact*>>> parts;
  for (const Fact* f : old_facts) parts[part(*f)].first.push_back(f);
  for (const Fact* f : new_facts) parts[part(*f)].second.push_back(f);
  std::vector<FactChange> out;
  for (const auto& [at, sides] : parts)
    for (FactChange& c : compare_own(sides.first, sides.second)) out.push_back(std::move(c));
  return out;
}

}  // namespace clausecheck::diff
