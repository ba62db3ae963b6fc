#include "reports/diff_describe.hpp"

#include <map>

#include "diff/clause_align.hpp"
#include "model/messages.hpp"
#include "text/code_points.hpp"

namespace clausecheck::reports {

std::string kind_label(diff::ClauseChangeKind kind) {
  // The labels stand in the catalogue in the order of ClauseChangeKind.
  return msg(static_cast<Msg>(static_cast<std::size_t>(Msg::clause_unchanged) + static_cast<std::size_t>(kind)));
}

std::string change_label(diff::ClauseChangeKind kind, const diff::Redline& redline) {
  bool edited = false, punctuation = true;
  for (const diff::RedlinePiece& p : redline) {
    if (p.op == diff::RedlineOp::equal) continue;
    edited = true;
    for (char32_t c : text::to_code_points(p.text)) punctuation = punctuation && text::is_punctuation(c);
  }
  return kind_label(kind) + (edited && punctuation ? msg(Msg::punctuation_only) : "");
}

std::string part_label(diff::PassagePart part) {
  // In the order of PassagePart.
  return msg(static_cast<Msg>(static_cast<std::size_t>(Msg::part_preamble) + static_cast<std::size_t>(part)));
}

std::string field_label(const std::string& field) {
  static const std::map<std::string, Msg> labels = {
      {"number", Msg::field_number}, {"title", Msg::field_title},       {"signed", Msg::field_signed},
      {"trial", Msg::field_trial},   {"validity", Msg::field_validity}, {"effective", Msg::field_effective}};
  const auto it = labels.find(field);
  return it != labels.end() ? msg(it->second) : field;
}

std::string fact_kind_label(const std::string& kind) {
  static const std::map<std::string, Msg> labels = {
      {"date", Msg::fact_date},           {"period", Msg::fact_period},
      {"deadline", Msg::fact_deadline},   {"duration", Msg::fact_duration},
      {"validity", Msg::field_validity},  {"effective", Msg::field_effective},
      {"threshold", Msg::fact_threshold}, {"quantity", Msg::fact_quantity},
      {"target", Msg::fact_target},       {"responsibility", Msg::fact_responsibility},
      {"reference", Msg::fact_reference}, {"repeal", Msg::fact_repeal}};
  const auto it = labels.find(kind);
  return it != labels.end() ? msg(it->second) : kind;
}

std::string field_value(const std::string& field, const std::string& value) {
  if (field == "trial") return msg(value == "true" ? Msg::value_trial : Msg::value_not_trial);
  return value.empty() ? msg(Msg::value_none) : value;
}

bool shown_as_fact(const diff::FieldChange& field) { return field.field == "validity" || field.field == "effective"; }

const char* colon() { return language() == Lang::zh ? "：" : ": "; }

const char* list_separator() { return language() == Lang::zh ? "，" : ", "; }

std::string in_brackets(const std::string& text) {
  return language() == Lang::zh ? "（" + text + "）" : " (" + text + ")";
}

namespace {

// Dates move, lengths of time grow or shrink, figures go up or down.
Msg direction_word(const std::string& kind, int direction) {
  if (kind == "deadline" || kind == "date" || kind == "period" || kind == "effective")
    return direction > 0 ? Msg::moved_later : Msg::moved_earlier;
  if (kind == "duration" || kind == "validity") return direction > 0 ? Msg::grew_longer : Msg::grew_shorter;
  return direction > 0 ? Msg::went_up : Msg::went_down;
}

}  // namespace

std::string clause_text(const Clause& clause) { return clause.number.printed + diff::own_text(clause); }

std::string describe(const diff::FactChange& change) {
  std::string out = fact_kind_label(change.kind);
  if (!change.subject.empty()) out += in_brackets(change.subject);
  out += colon();
  out += change.old_fact ? change.old_fact->text : msg(Msg::value_none);
  out += " → ";
  out += change.new_fact ? change.new_fact->text : msg(Msg::value_none);
  if (change.direction != 0) out += msg(direction_word(change.kind, change.direction));
  return out;
}

}  // namespace clausecheck::reports
