#include "model/fact_json.hpp"

#include <cmath>

#include "model/model_json.hpp"

namespace clausecheck {

using nlohmann::json;

namespace {

const char* precision_name(Precision p) {
  switch (p) {
    case Precision::year: return "year";
    case Precision::month: return "month";
    case Precision::day: break;
  }
  return "day";
}

json date_json(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }

// 400000 rather than 400000.0: whole values print as integers.
json number(double v) {
  if (std::abs(v) < 9e15 && v == std::floor(v)) return static_cast<long long>(v);
  return v;
}

json duration_json(const DurationValue& d) {
  return {{"years", d.years}, {"months", d.months}, {"days", d.days}, {"workdays", d.workdays}};
}

void add_quantity(json& out, const Quantity& q) {
  out["value"] = number(q.value);
  out["unit"] = q.unit;
  out["scale"] = q.scale;
  out["figure"] = q.text;
}

struct Fields {
  json& out;
  void operator()(const facts::DateFact& f) const {
    out["date"] = f.date.iso();
    out["precision"] = precision_name(f.date.precision);
    out["role"] = role_name(f.role);
  }
  void operator()(const facts::Period& f) const {
    out["from"] = date_json(f.from);
    out["to"] = date_json(f.to);
    out["role"] = role_name(f.role);
  }
  void operator()(const facts::Deadline& f) const {
    out["date"] = f.date.iso();
    out["precision"] = precision_name(f.date.precision);
    out["inclusive"] = f.inclusive;
    out["role"] = role_name(f.role);
  }
  void operator()(const facts::Duration& f) const {
    out.update(duration_json(f.value));
    out["op"] = f.op ? json(to_string(*f.op)) : json(nullptr);
  }
  void operator()(const facts::Validity& f) const {
    out["duration"] = f.duration ? duration_json(*f.duration) : json(nullptr);
    out["until"] = date_json(f.until);
    out["trial"] = f.trial;
    out["scope"] = scope_name(f.scope);
    out["subject"] = f.subject;
  }
  void operator()(const facts::Effective& f) const {
    out["rule"] = rule_name(f.rule);
    out["date"] = date_json(f.date);
    out["trial"] = f.trial;
    out["scope"] = scope_name(f.scope);
    out["subject"] = f.subject;
  }
  void operator()(const facts::Threshold& f) const {
    out["subject"] = f.subject;
    out["op"] = to_string(f.op);
    add_quantity(out, f.quantity);
  }
  void operator()(const facts::QuantityFact& f) const { add_quantity(out, f.quantity); }
  void operator()(const facts::Target& f) const {
    out["year"] = f.year;
    out["indicator"] = f.indicator;
    out["op"] = to_string(f.op);
    add_quantity(out, f.quantity);
  }
  void operator()(const facts::Responsibility& f) const { out["units"] = f.units; }
  void operator()(const facts::Reference& f) const {
    out["title"] = f.title.empty() ? json(nullptr) : json(f.title);
    if (f.number)
      out["number"] = {{"raw", f.number->raw}, {"agency", f.number->agency}, {"year", f.number->year}, {"seq", f.number->seq}};
    else
      out["number"] = nullptr;
  }
  void operator()(const facts::Repeal& f) const {
    out["action"] = f.kind == facts::Repeal::Kind::repeal ? "repeal" : "continuation";
    out["target"] = f.target;
  }
};

}  // namespace

json to_json(const Fact& fact, const SourceText& source) {
  json out = {{"kind", kind_name(fact.value)}, {"text", fact.text}, {"span", span_json(source, fact.span)}};
  std::visit(Fields{out}, fact.value);
  return out;
}

}  // namespace clausecheck
