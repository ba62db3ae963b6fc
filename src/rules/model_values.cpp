#include "rules/model_values.hpp"

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "model/document_statements.hpp"
#include "model/fact_kinds.hpp"
#include "model/period_count.hpp"
#include "status/validity_window.hpp"

namespace clausecheck::rules {

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
  // A work notice (关于做好2023年春季农业生产工作的通知, 关于进一步做好…工作的通知)
  // assigns tasks to the bodies it addresses, however it is put in force: it
  // sets no rule for citizens or firms to be applied again, so needs no validity.
  const auto own_effect = [](const Fact& f) {
    const auto* e = std::get_if<facts::Effective>(&f.value);
    return e && e->scope == facts::Scope::document;
  };
  const std::string_view title = doc.title;
  const bool work_notice = title.find("做好") != std::string_view::npos && title.ends_with("工作的通知");
  if (!work_notice && std::any_of(doc.facts.begin(), doc.facts.end(), own_effect)) return true;
  return std::any_of(doc.attachments.begin(), doc.attachments.end(), [&](const Document& a) { return listed(a.type); });
}

namespace {
using namespace std::chrono;

Value date_value(const std::optional<Date>& d) { return d ? Value{*d} : Value{}; }
Value ymd_value(const std::optional<year_month_day>& d) { return d ? Value{Date{*d, Precision::day}} : Value{}; }

// A fact's member as a rule reads it.
Value rule_value(const Date& d) { return Value{d}; }
Value rule_value(const std::optional<Date>& d) { return date_value(d); }
Value rule_value(const DurationValue& d) { return Value{d}; }
Value rule_value(const std::optional<DurationValue>& d) { return d ? Value{*d} : Value{}; }
Value rule_value(const char* text) { return Value{std::string(text)}; }
Value rule_value(const std::string& text) { return Value{text}; }
Value rule_value(const std::optional<std::string>& text) { return text ? Value{*text} : Value{}; }
Value rule_value(double v) { return Value{v}; }
Value rule_value(int v) { return Value{static_cast<double>(v)}; }

// The rule field `name` of one fact, as its kind's table (model/fact_kinds.hpp) lists it.
struct RuleMember {
  std::string_view name;
  std::optional<Value> found;
  template <typename T>
  void json(std::string_view, const T&) {}
  template <typename T>
  void json_if(std::string_view, const T&) {}
  template <typename T>
  void both(std::string_view key, const T& v) {
    rule(key, v);
  }
  template <typename T>
  void rule(std::string_view key, const T& v) {
    if (!found && key == name) found = rule_value(v);
  }
};

// fact.* and other.*: the fields of one fact, by its kind.
Value fact_field(const Fact* fact, std::string_view name) {
  if (!fact) return Value{};
  if (name == "kind") return Value{std::string(kind_name(fact->value))};
  if (name == "text") return Value{fact->text};
  RuleMember member{name, std::nullopt};
  std::visit([&member](const auto& f) { FactKind<std::decay_t<decltype(f)>>::members(member, f); }, fact->value);
  return member.found ? std::move(*member.found) : Value{};  // null: a known field this kind does not have
}

// The names rules read of a kind of fact, and its JSON members.
struct MemberNames {
  std::vector<std::string_view> rule_names;
  std::vector<std::string> json_keys;
  template <typename T>
  void json(std::string_view key, const T&) {
    json_keys.emplace_back(key);
  }
  template <typename T>
  void json_if(std::string_view key, const T&) {
    json_keys.push_back(std::string(key) + " (when set)");
  }
  template <typename T>
  void both(std::string_view key, const T&) {
    json_keys.emplace_back(key);
    rule_names.push_back(key);
  }
  template <typename T>
  void rule(std::string_view key, const T&) {
    rule_names.push_back(key);
  }
};

// kind and text, then every kind's rule fields, each once, in the order the kinds list them.
const std::vector<std::string_view>& fact_field_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out = {"kind", "text"};
    for_each_fact_kind([&out](auto kind, const auto& fact) {
      MemberNames m;
      decltype(kind)::members(m, fact);
      for (const std::string_view name : m.rule_names)
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    });
    return out;
  }();
  return names;
}

// The stated duration, else the length from the effective date to 有效期至:
// whole years and months where 有效期至 is the day before an anniversary
// (自2023年8月1日起施行，有效期至2028年7月31日 is 5 years, not 1827 days, which a
// cap of 5 years compared by days would take for more), else days.
Value validity_duration(const status::DocumentWindow& window) {
  if (window.validity_duration) return Value{*window.validity_duration};
  if (!window.effective_from || !window.expires_on) return Value{};
  const year_month_day from = *window.effective_from;
  const year_month_day next{sys_days{*window.expires_on} + days{1}};
  const int months = (static_cast<int>(next.year()) - static_cast<int>(from.year())) * 12 +
                     static_cast<int>(static_cast<unsigned>(next.month())) -
                     static_cast<int>(static_cast<unsigned>(from.month()));
  if (months > 0 && status::add_months(from, months) == next)
    return Value{DurationValue{months / 12, months % 12, 0, 0}};
  return Value{DurationValue{0, 0, static_cast<int>((sys_days{next} - sys_days{from}).count()), 0}};
}
}  // namespace

// What a field's reader sees: the subject, and its document's window, worked
// out once and only when a field needs it.
struct FieldReader {
  const Subject& s;
  std::shared_ptr<std::optional<status::DocumentWindow>> cache;
  const Document& doc() const { return *s.doc; }
  const status::DocumentWindow& window() const {
    if (!*cache)
      *cache = status::document_window(
          *s.doc, s.parent,
          s.settings->civil_code_count ? status::DayCount::civil_code : status::DayCount::administrative);
    return **cache;
  }
};

namespace {
using R = const FieldReader&;

struct Rows {
  std::vector<ModelField>& table;
  // One row of the docs table: fields read about the document (null without one) or not.
  void add(std::string name, std::string_view row, bool of_doc, std::function<Value(const FieldReader&)> read) {
    table.push_back({std::move(name), std::string(row), of_doc, std::move(read)});
  }
};

std::vector<ModelField> make_fields() {
  std::vector<ModelField> t;
  Rows rows{t};
  rows.add("doc.kind",
           "法律, 行政法规, 地方性法规, 规章, 司法解释, 行政规范性文件, 工作报告, 宪法 or 其他 (docs/model.md, \"The "
           "kind of a document\")",
           true, [](R r) { return Value{r.doc().kind}; });
  const std::string_view strings = "strings, numbers (an attachment's: its notice's 文号)";
  rows.add("doc.title", strings, true, [](R r) { return Value{r.doc().title}; });
  rows.add("doc.type", strings, true, [](R r) { return Value{r.doc().type}; });
  rows.add("doc.issuer", strings, true, [](R r) { return Value{r.doc().issuer}; });
  // An attachment is issued under its notice's 文号, as its findings' messages name it.
  const auto number = [](R r) -> const std::optional<DocNumber>& {
    return !r.doc().number && r.s.parent ? r.s.parent->number : r.doc().number;
  };
  rows.add("doc.number", strings, true, [number](R r) { return number(r) ? Value{number(r)->raw} : Value{}; });
  rows.add("doc.number.agency", strings, true,
           [number](R r) { return number(r) ? Value{number(r)->agency} : Value{}; });
  rows.add("doc.number.year", strings, true,
           [number](R r) { return number(r) ? Value{static_cast<double>(number(r)->year)} : Value{}; });
  rows.add("doc.number.seq", strings, true,
           [number](R r) { return number(r) ? Value{static_cast<double>(number(r)->seq)} : Value{}; });
  rows.add("doc.signed", "the signing date (成文日期)", true, [](R r) { return date_value(r.doc().signed_date); });
  const std::string_view written =
      "how the signing line writes its date, also when it names no calendar day (23年3月4日, 2023年2月30日): "
      "`numerals` `chinese` or `arabic` (the year's: 二〇二三, 二00五 are chinese), `year_digits` 4 or 2 (23年), "
      "`zero` the glyph the year writes 0 with (〇, ○, 零, 0, ０, O, Ｏ: the first other than 〇 when they differ; "
      "null "
      "without one); null without a signing line";
  const auto signing = [](R r) { return r.doc().signing ? &r.doc().signing->written : nullptr; };
  rows.add("doc.signed.numerals", written, true, [signing](R r) {
    return signing(r) ? Value{std::string(signing(r)->chinese ? "chinese" : "arabic")} : Value{};
  });
  rows.add("doc.signed.year_digits", written, true,
           [signing](R r) { return signing(r) ? Value{static_cast<double>(signing(r)->year_digits)} : Value{}; });
  rows.add("doc.signed.zero", written, true,
           [signing](R r) { return signing(r) && !signing(r)->zero.empty() ? Value{signing(r)->zero} : Value{}; });
  rows.add("doc.trial", "试行/暂行 in the title", true, [](R r) { return Value{r.doc().trial}; });
  rows.add("doc.normative",
           "a `行政规范性文件` (`doc.kind`) whose type is in `normative_types` (default 办法, 规定, 细则, 措施), that "
           "carries an attachment of such a type, or that puts itself in force (本通知自印发之日起施行) and is no work "
           "notice (关于做好…工作的通知): a law, "
           "regulation, 规章 or 司法解释 named 办法 or 规定 is in force until repealed and states no validity",
           true, [](R r) { return Value{is_normative(r.doc(), *r.s.settings)}; });
  rows.add("doc.attachment", "it is the 方案/措施 a notice carries", true,
           [](R r) { return Value{r.s.parent != nullptr}; });
  rows.add("doc.carries", "the types of its attachments (a list)", true, [](R r) {
    Value::List types;
    for (const auto& a : r.doc().attachments) types.items.push_back(Value{a.type});
    return Value{types};
  });
  const std::string_view validity =
      "the document's own 有效期 fact (scope `document`, docs/facts.md) of the document, its notice or its "
      "attachment; `duration` is the stated one, else the length from the effective date to 有效期至";
  const auto validity_text = [](R r) { return r.window().validity ? Value{r.window().validity->text} : Value{}; };
  rows.add("validity", validity, true, validity_text);
  rows.add("validity.text", validity, true, validity_text);
  rows.add("validity.duration", validity, true, [](R r) { return validity_duration(r.window()); });
  rows.add("validity.until", validity, true, [](R r) { return date_value(r.window().validity_until); });
  rows.add("validity.conflict", validity, true, [](R r) { return Value{r.window().conflict.has_value()}; });
  const std::string_view effective =
      "the document's own 施行 fact (`text` as written); rule is `on_publication`, `on_issue` or `on_date`; `date` is "
      "the first day in force as `parse` and the register resolve it (the stated date, else the signing date standing "
      "in), `basis` `stated`, `signing-date-stand-in` or `none` (docs/model.md)";
  const auto effective_text = [](R r) { return r.window().effective ? Value{r.window().effective->text} : Value{}; };
  rows.add("effective", effective, true, effective_text);
  rows.add("effective.text", effective, true, effective_text);
  rows.add("effective.rule", effective, true, [](R r) {
    const Fact* f = r.window().effective;
    const auto* e = f ? std::get_if<facts::Effective>(&f->value) : nullptr;
    return e ? Value{std::string(rule_name(e->rule))} : Value{};
  });
  rows.add("effective.date", effective, true,
           [](R r) { return date_value(resolve_effective(r.doc(), r.s.parent).date); });
  rows.add("effective.basis", effective, true,
           [](R r) { return Value{std::string(basis_name(resolve_effective(r.doc(), r.s.parent).basis))}; });
  const std::string_view window = "the first and last day in force (docs/status.md)";
  rows.add("window.from", window, true, [](R r) { return ymd_value(r.window().effective_from); });
  rows.add("window.until", window, true, [](R r) { return ymd_value(r.window().expires_on); });
  const std::string_view clause = "the clause in scope";
  rows.add("clause.label", clause, false, [](R r) { return r.s.clause ? Value{r.s.clause->number.label} : Value{}; });
  rows.add("clause.level", clause, false,
           [](R r) { return r.s.clause ? Value{static_cast<double>(r.s.clause->level)} : Value{}; });
  rows.add("clause.style", clause, false,
           [](R r) { return r.s.clause ? Value{std::string(style_name(r.s.clause->number.style))} : Value{}; });
  rows.add("clause.text", clause, false, [](R r) { return r.s.clause ? Value{r.s.clause->text()} : Value{}; });
  // The fields of a fact by its kind (model/fact_kinds.hpp); `other.*` the same of the second fact of a pair.
  for (const std::string_view field : fact_field_names())
    rows.add("fact." + std::string(field),
             "the fact in scope: which kind has which field is the Fact fields table below, and a field its kind "
             "lacks reads null; `role` is term, effective, goal, condition, history or reporting",
             false, [field](R r) { return fact_field(r.s.fact, field); });
  for (const std::string_view field : fact_field_names())
    rows.add("other." + std::string(field), "the same of the second fact of a pair (a change rule's old version)",
             false, [field](R r) { return fact_field(r.s.other, field); });
  rows.add("change.kind", "inserted, deleted, merged, split, moved, renumbered, modified", false,
           [](R r) { return r.s.change ? Value{*r.s.change} : Value{}; });
  const std::string_view settings = "the run's settings (docs/config.md)";
  rows.add("as_of", settings, false, [](R r) { return Value{r.s.settings->as_of}; });
  rows.add("profile.name", settings, false, [](R r) { return Value{r.s.settings->profile.name}; });
  rows.add("profile.normative_cap", settings, false, [](R r) {
    return Value{DurationValue{r.s.settings->profile.normative_cap_years, 0, 0, 0}};
  });
  rows.add("profile.trial_cap", settings, false, [](R r) {
    return Value{DurationValue{r.s.settings->profile.trial_cap_years, 0, 0, 0}};
  });
  rows.add("settings.warning_days", settings, false,
           [](R r) { return Value{static_cast<double>(r.s.settings->warning_days)}; });
  return t;
}

const std::unordered_map<std::string, const ModelField*>& field_index() {
  static const std::unordered_map<std::string, const ModelField*> index = [] {
    std::unordered_map<std::string, const ModelField*> out;
    for (const ModelField& f : model_fields()) out.emplace(f.name, &f);
    return out;
  }();
  return index;
}
}  // namespace

const std::vector<ModelField>& model_fields() {
  static const std::vector<ModelField> table = make_fields();
  return table;
}

const std::vector<std::string>& known_fields() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const ModelField& f : model_fields()) out.push_back(f.name);
    return out;
  }();
  return names;
}

std::string fields_markdown() {
  std::string out = "| field | value |\n|---|---|\n";
  const auto& fields = model_fields();
  for (std::size_t i = 0; i < fields.size();) {
    std::size_t j = i;
    std::string names;
    for (; j < fields.size() && fields[j].row == fields[i].row; ++j)
      names += (names.empty() ? "`" : " `") + fields[j].name + "`";
    out += "| " + names + " | " + fields[i].row + " |\n";
    i = j;
  }
  return out;
}

std::string fact_fields_markdown() {
  std::string out =
      "| kind | fields rules read (`fact.*`, `other.*`) | JSON members besides `kind`, `span`, `text` "
      "|\n|---|---|---|\n";
  const auto names = [](const auto& list) {
    std::string joined;
    for (const std::string_view n : list) joined += (joined.empty() ? "`" : ", `") + std::string(n) + "`";
    return joined;
  };
  for_each_fact_kind([&](auto kind, const auto& fact) {
    MemberNames m;
    decltype(kind)::members(m, fact);
    out += "| " + std::string(decltype(kind)::name) + " | `kind`, `text`" + (m.rule_names.empty() ? "" : ", ") +
           names(m.rule_names) + " | " + names(m.json_keys) + " |\n";
  });
  return out;
}

Resolver make_resolver(const Subject& s) {
  auto window = std::make_shared<std::optional<status::DocumentWindow>>();
  return [s, window](const std::string& path) -> std::optional<Value> {
    const auto it = field_index().find(path);
    if (it == field_index().end()) return std::nullopt;
    if (it->second->of_doc && !s.doc) return Value{};
    return it->second->read(FieldReader{s, window});
  };
}

}  // namespace clausecheck::rules
