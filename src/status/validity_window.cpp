#include "status/validity_window.hpp"

#include <fmt/format.h>

namespace clausecheck::status {

using namespace std::chrono;

namespace {

template <class Kind>
const Fact* first_fact(const std::vector<Fact>& facts) {
  for (const Fact& fact : facts)
    if (std::holds_alternative<Kind>(fact.value)) return &fact;
  return nullptr;
}

// The facts of the document itself, else its notice's, else those of its
// first attachment that has a fact of the kind.
template <class Kind>
const std::vector<Fact>* facts_with(const Document& doc, const Document* parent) {
  if (first_fact<Kind>(doc.facts)) return &doc.facts;
  if (parent && first_fact<Kind>(parent->facts)) return &parent->facts;
  for (const Document& attachment : doc.attachments)
    if (first_fact<Kind>(attachment.facts)) return &attachment.facts;
  return nullptr;
}

template <class Kind>
const Fact* find_fact(const Document& doc, const Document* parent) {
  const std::vector<Fact>* facts = facts_with<Kind>(doc, parent);
  return facts ? first_fact<Kind>(*facts) : nullptr;
}

// The first stated duration and the first 有效期至 date among the validity
// facts where the document's validity stands.
void find_validity(DocumentWindow& window, const Document& doc, const Document* parent) {
  const std::vector<Fact>* facts = facts_with<facts::Validity>(doc, parent);
  if (!facts) return;
  const Fact* duration_fact = nullptr;
  for (const Fact& fact : *facts) {
    const auto* v = std::get_if<facts::Validity>(&fact.value);
    if (!v) continue;
    if (v->duration && !window.validity_duration) {
      window.validity_duration = v->duration;
      duration_fact = &fact;
    }
    if (v->until && !window.validity_until) {
      window.validity_until = v->until;
      window.validity = &fact;
    }
  }
  if (!window.validity) window.validity = duration_fact ? duration_fact : first_fact<facts::Validity>(*facts);
}

std::string day_text(year_month_day day) { return Date{day, Precision::day}.iso(); }

// The first day in force: the stated date, or the signing date standing in.
void resolve_start(DocumentWindow& window, const std::optional<Date>& signed_date) {
  const Fact* fact = window.effective;
  const auto* effective = fact ? &std::get<facts::Effective>(fact->value) : nullptr;
  if (effective && effective->rule == facts::Effective::Rule::on_date && effective->date) {
    window.effective_from = effective->date->first_day();
    return;
  }
  if (!signed_date) {
    window.notes.push_back("未载明成文日期，无法确定起算日");
    return;
  }
  window.effective_from = signed_date->first_day();
  const std::string date = day_text(*window.effective_from);
  if (!effective) {
    window.notes.push_back(fmt::format("未载明施行日期，自成文日期{}起算", date));
  } else if (effective->rule == facts::Effective::Rule::on_issue) {
    window.signing_date_stood_in = true;
    window.notes.push_back(fmt::format("自印发之日起施行，文中未载明印发日期，以成文日期{}代替", date));
  } else {
    window.signing_date_stood_in = true;
    window.notes.push_back(fmt::format("自发布之日起施行，文中未载明发布日期，以成文日期{}代替", date));
  }
}

void resolve_end(DocumentWindow& window, DayCount count) {
  std::optional<year_month_day> counted;
  if (window.validity_duration && window.effective_from)
    counted = last_day_of_period(*window.effective_from, *window.validity_duration, count);
  if (window.validity_until) {
    window.expires_on = window.validity_until->last_day();
    if (counted && *counted != *window.expires_on) {
      window.conflict = ValidityConflict{*counted, *window.expires_on};
      window.notes.push_back(fmt::format("按有效期起算应至{}，与载明的有效期至{}不一致，以后者为准",
                                         day_text(*counted), day_text(*window.expires_on)));
    }
    return;
  }
  window.expires_on = counted;
}

}  // namespace

DocumentWindow document_window(const Document& doc, const Document* parent, DayCount count) {
  DocumentWindow window;
  find_validity(window, doc, parent);
  window.effective = find_fact<facts::Effective>(doc, parent);
  const std::optional<Date>& signed_date = doc.signed_date || !parent ? doc.signed_date : parent->signed_date;
  resolve_start(window, signed_date);
  resolve_end(window, count);
  return window;
}

std::optional<ClauseWindow> clause_window(const Fact& fact) {
  if (const auto* period = std::get_if<facts::Period>(&fact.value)) {
    ClauseWindow window;
    if (period->from) window.from = period->from->first_day();
    if (period->to) window.through = period->to->last_day();
    return window;
  }
  if (const auto* deadline = std::get_if<facts::Deadline>(&fact.value);
      deadline && deadline->role == facts::DeadlineRole::term) {
    // 2023年12月31日前 includes the day itself, as administrative practice reads
    // such deadlines (申报期限 "每月15日前" includes the 15th), whatever the wording's
    // `inclusive` flag says.
    return ClauseWindow{std::nullopt, deadline->date.last_day()};
  }
  return std::nullopt;
}

}  // namespace clausecheck::status
