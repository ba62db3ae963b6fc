#include "status/validity_window.hpp"

#include "model/document_statements.hpp"
#include "model/messages.hpp"

namespace clausecheck::status {

using namespace std::chrono;

namespace {

// The first stated duration and the first 有效期至 date among the validity
// facts where the document's validity stands.
void find_validity(DocumentWindow& window, const Document& doc, const Document* parent) {
  const std::vector<Fact>* facts = statements_of<facts::Validity>(doc, parent);
  if (!facts) return;
  const Fact* duration_fact = nullptr;
  for (const Fact& fact : *facts) {
    const auto* v = std::get_if<facts::Validity>(&fact.value);
    if (!v || !is_document_statement(fact)) continue;
    if (v->duration && !window.validity_duration) {
      window.validity_duration = v->duration;
      duration_fact = &fact;
    }
    if (v->until && !window.validity_until) {
      window.validity_until = v->until;
      window.validity = &fact;
    }
  }
  if (!window.validity) window.validity = duration_fact ? duration_fact : first_statement<facts::Validity>(*facts);
}

std::string day_text(year_month_day day) { return Date{day, Precision::day}.iso(); }

// The first day in force as resolve_effective finds it, with a note where
// the signing date stands in or no day can be found.
void resolve_start(DocumentWindow& window, const Document& doc, const Document* parent) {
  const EffectiveDate start = resolve_effective(doc, parent);
  window.effective = start.statement;
  if (start.date) window.effective_from = start.date->first_day();
  const auto* effective = start.statement ? &std::get<facts::Effective>(start.statement->value) : nullptr;
  if (start.basis == EffectBasis::stated) return;
  if (effective && effective->rule == facts::Effective::Rule::on_date) {
    window.notes.push_back(msg(Msg::note_no_effective_day, {start.statement->text}));
    return;
  }
  if (!start.date) {
    window.notes.push_back(msg(Msg::note_no_signing_date));
    return;
  }
  const std::string date = day_text(*window.effective_from);
  if (!effective) {
    window.notes.push_back(msg(Msg::note_counted_from_signing, {date}));
  } else if (effective->rule == facts::Effective::Rule::on_issue) {
    window.signing_date_stood_in = true;
    window.notes.push_back(msg(Msg::note_signing_for_issue, {date}));
  } else {
    window.signing_date_stood_in = true;
    window.notes.push_back(msg(Msg::note_signing_for_publication, {date}));
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
      window.notes.push_back(msg(Msg::note_validity_disagrees, {day_text(*counted), day_text(*window.expires_on)}));
    }
    return;
  }
  window.expires_on = counted;
}

}  // namespace

DocumentWindow document_window(const Document& doc, const Document* parent, DayCount count) {
  DocumentWindow window;
  find_validity(window, doc, parent);
  resolve_start(window, doc, parent);
  resolve_end(window, count);
  return window;
}

std::optional<ClauseWindow> clause_window(const Fact& fact) {
  if (const auto* period = std::get_if<facts::Period>(&fact.value); period && period->role == facts::DateRole::term) {
    ClauseWindow window;
    if (period->from) window.from = period->from->first_day();
    if (period->to) window.through = period->to->last_day();
    return window;
  }
  if (const auto* deadline = std::get_if<facts::Deadline>(&fact.value);
      deadline && deadline->role == facts::DateRole::term) {
    // 2023年12月31日前 includes the day itself, as administrative practice reads
    // such deadlines (申报期限 "每月15日前" includes the 15th); 2023年6月前 names
    // no last day and ends on 05-31 (last_day, docs/facts.md).
    return ClauseWindow{std::nullopt, last_day(*deadline)};
  }
  return std::nullopt;
}

}  // namespace clausecheck::status
