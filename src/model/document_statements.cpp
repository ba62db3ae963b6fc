#include "model/document_statements.hpp"

#include "model/period_count.hpp"

namespace clausecheck {

const char* basis_name(EffectBasis basis) {
  switch (basis) {
    case EffectBasis::stated:
      return "stated";
    case EffectBasis::signing_date_stand_in:
      return "signing-date-stand-in";
    case EffectBasis::none:
      break;
  }
  return "none";
}

namespace {

// The date of the 印发 line (武汉市人民政府办公厅 2023年5月15日印发), read as a
// date fact whose text ends with 印发, in the document, its notice, or the
// measures it carries (the record is printed after them).
std::optional<Date> printed_on(const Document& doc, const Document* parent) {
  std::vector<const Document*> where = {&doc, parent};
  for (const Document& a : doc.attachments) where.push_back(&a);
  for (const Document* d : where) {
    if (!d) continue;
    for (const Fact& f : d->facts)
      if (const auto* date = std::get_if<facts::DateFact>(&f.value); date && f.text.ends_with("印发"))
        return date->date;
  }
  return std::nullopt;
}

// The first day without the delay an effect statement may add (自印发之日起30日后施行).
EffectiveDate resolve_start(const Document& doc, const Document* parent) {
  EffectiveDate out;
  out.statement = statement_of<facts::Effective>(doc, parent);
  const auto* effect = out.statement ? &std::get<facts::Effective>(out.statement->value) : nullptr;
  if (effect && effect->rule == facts::Effective::Rule::on_date) {
    // 自2023年2月30日起施行: the date does not exist, and nothing stands in for it.
    if (effect->date) {
      out.date = Date{effect->date->first_day(), Precision::day};
      out.basis = EffectBasis::stated;
    }
    return out;
  }
  // 自印发之日起 with the 印发 line printed: its date is stated.
  if (effect && effect->rule == facts::Effective::Rule::on_issue)
    if (const auto printed = printed_on(doc, parent); printed && printed->precision == Precision::day) {
      out.date = printed;
      out.basis = EffectBasis::stated;
      return out;
    }
  const std::optional<Date>& signed_date = doc.signed_date || !parent ? doc.signed_date : parent->signed_date;
  if (signed_date) {
    out.date = Date{signed_date->first_day(), Precision::day};
    out.basis = EffectBasis::signing_date_stand_in;
  }
  return out;
}

}  // namespace

EffectiveDate resolve_effective(const Document& doc, const Document* parent) {
  EffectiveDate out = resolve_start(doc, parent);
  const auto* effect = out.statement ? &std::get<facts::Effective>(out.statement->value) : nullptr;
  // 30日后 from 2023-08-17 is 2023-09-16: the day as far after the event as
  // the delay is long, counted as 民法典 第二百零一条 counts a period (the day of
  // the event not included).
  if (out.date && effect && effect->after)
    out.date = Date{status::last_day_of_period(out.date->first_day(), *effect->after, status::DayCount::civil_code),
                    Precision::day};
  return out;
}

}  // namespace clausecheck
