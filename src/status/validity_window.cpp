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

// The document's own fact of a kind, else its notice's, else its attachments'.
template <class Kind>
const Fact* find_fact(const Document& doc, const Document* parent) {
  if (const Fact* own = first_fact<Kind>(doc.facts)) return own;
  if (parent)
    if (const Fact* inherited = first_fact<Kind>(parent->facts)) return inherited;
  for (const Document& attachment : doc.attachments)
    if (const Fact* carried = first_fact<Kind>(attachment.facts)) return carried;
  return nullptr;
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
  if (!window.validity) return;
  const auto& validity = std::get<facts::Validity>(window.validity->value);
  std::optional<year_month_day> counted;
  if (validity.duration && window.effective_from)
    counted = last_day_of_period(*window.effective_from, *validity.duration, count);
  if (validity.until) {
    window.expires_on = validity.until->last_day();
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
  window.validity = find_fact<facts::Validity>(doc, parent);
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
