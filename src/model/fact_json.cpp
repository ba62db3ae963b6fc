#include "model/fact_json.hpp"

#include <array>
#include <cmath>

#include "model/model_json.hpp"

namespace clausecheck {

using text::JsonWriter;

namespace {

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

std::optional<std::string> iso(const std::optional<Date>& d) { return d ? std::optional(d->iso()) : std::nullopt; }

// 400000 rather than 400000.0: whole values print as integers.
void write_number(JsonWriter& out, double v) {
  if (std::abs(v) < 9e15 && v == std::floor(v)) out.value(static_cast<long long>(v));
  else out.value(v);
}

void write_duration(JsonWriter& out, const DurationValue& d) {
  out.begin_object();
  out.member("days", d.days);
  out.member("months", d.months);
  out.member("workdays", d.workdays);
  out.member("years", d.years);
  out.end_object();
}

// A fact's members in the order JSON readers have always seen them, the keys
// sorted: the kind's own keys are given in order, and the ones every fact has
// (kind, span, text) are slipped in where they sort.
class Members {
 public:
  Members(JsonWriter& out, const Fact& fact, const SourceText& source) : out_(out), fact_(fact), source_(source) {}

  JsonWriter& key(std::string_view key) {
    common_before(key);
    out_.key(key);
    return out_;
  }
  template <typename T>
  void member(std::string_view name, const T& v) {
    key(name).value(v);
  }
  void quantity_number(const Quantity& q) { write_number(key("value"), q.value); }
  // "change": "increase" or "decrease" only on a change (下降3.9个百分点): a
  // level's JSON is as it always was.
  void quantity_change(const Quantity& q) {
    if (q.change) member("change", q.change > 0 ? "increase" : "decrease");
  }
  void finish() { common_before({}); }

 private:
  // The common members sorting before `key` (all that are left for an empty key).
  void common_before(std::string_view key) {
    static constexpr std::array<std::string_view, 3> kCommon = {"kind", "span", "text"};
    for (; next_ < kCommon.size() && (key.empty() || kCommon[next_] < key); ++next_) {
      out_.key(kCommon[next_]);
      if (next_ == 0) out_.value(kind_name(fact_.value));
      else if (next_ == 1) write_span(out_, source_, fact_.span);
      else out_.value(fact_.text);
    }
  }

  JsonWriter& out_;
  const Fact& fact_;
  const SourceText& source_;
  std::size_t next_ = 0;
};

// Each kind's own members, in sorted key order.
struct Fields {
  Members& m;
  void operator()(const facts::DateFact& f) const {
    m.member("date", f.date.iso());
    m.member("precision", precision_name(f.date.precision));
    m.member("role", role_name(f.role));
  }
  void operator()(const facts::Period& f) const {
    m.member("from", iso(f.from));
    m.member("role", role_name(f.role));
    m.member("to", iso(f.to));
  }
  void operator()(const facts::Deadline& f) const {
    m.member("date", f.date.iso());
    m.member("inclusive", f.inclusive);
    m.member("precision", precision_name(f.date.precision));
    m.member("role", role_name(f.role));
  }
  void operator()(const facts::Recurring& f) const {
    const auto written = [](int n) { return n ? std::optional<int>(n) : std::nullopt; };
    m.member("before", f.before);
    m.member("day", written(f.day));
    m.member("end", f.end);
    m.member("every", cycle_name(f.every));
    m.member("month", written(f.month));
    m.member("role", role_name(f.role));
  }
  void operator()(const facts::Duration& f) const {
    m.member("days", f.value.days);
    m.member("months", f.value.months);
    m.member("op", f.op ? std::optional<std::string>(to_string(*f.op)) : std::nullopt);
    m.member("workdays", f.value.workdays);
    m.member("years", f.value.years);
  }
  void operator()(const facts::Validity& f) const {
    JsonWriter& out = m.key("duration");
    if (f.duration) write_duration(out, *f.duration);
    else out.value(nullptr);
    m.member("scope", scope_name(f.scope));
    m.member("subject", f.subject);
    m.member("trial", f.trial);
    m.member("until", iso(f.until));
  }
  void operator()(const facts::Effective& f) const {
    JsonWriter& after = m.key("after");
    if (f.after) write_duration(after, *f.after);
    else after.value(nullptr);
    m.member("date", iso(f.date));
    m.member("rule", rule_name(f.rule));
    m.member("scope", scope_name(f.scope));
    m.member("subject", f.subject);
    m.member("trial", f.trial);
  }
  void operator()(const facts::Threshold& f) const {
    m.quantity_change(f.quantity);
    m.member("figure", f.quantity.text);
    m.member("op", to_string(f.op));
    m.member("scale", f.quantity.scale);
    m.member("subject", f.subject);
    m.member("unit", f.quantity.unit);
    m.quantity_number(f.quantity);
  }
  void operator()(const facts::QuantityFact& f) const {
    m.quantity_change(f.quantity);
    m.member("figure", f.quantity.text);
    m.member("scale", f.quantity.scale);
    m.member("unit", f.quantity.unit);
    m.quantity_number(f.quantity);
  }
  void operator()(const facts::Target& f) const {
    m.quantity_change(f.quantity);
    m.member("figure", f.quantity.text);
    m.member("indicator", f.indicator);
    m.member("op", to_string(f.op));
    m.member("scale", f.quantity.scale);
    m.member("unit", f.quantity.unit);
    m.quantity_number(f.quantity);
    m.member("year", f.year);
  }
  void operator()(const facts::Responsibility& f) const { m.member("units", f.units); }
  void operator()(const facts::Reference& f) const {
    write_doc_number(m.key("number"), f.number);
    m.member("title", f.title.empty() ? std::nullopt : std::optional(f.title));
  }
  void operator()(const facts::Repeal& f) const {
    m.member("action", f.kind == facts::Repeal::Kind::repeal ? "repeal" : "continuation");
    m.member("target", f.target);
  }
};

}  // namespace

void write_doc_number(JsonWriter& out, const std::optional<DocNumber>& number) {
  if (!number) return out.value(nullptr);
  out.begin_object();
  out.member("agency", number->agency);
  out.member("raw", number->raw);
  out.member("seq", number->seq);
  out.member("year", number->year);
  out.end_object();
}

void write_fact(JsonWriter& out, const Fact& fact, const SourceText& source) {
  out.begin_object();
  Members members(out, fact, source);
  std::visit(Fields{members}, fact.value);
  members.finish();
  out.end_object();
}

}  // namespace clausecheck
