#include "reports/diff_describe.hpp"

#include <map>

#include "diff/clause_align.hpp"
#include "text/code_points.hpp"

namespace clausecheck::reports {

const char* kind_label(diff::ClauseChangeKind kind) {
  switch (kind) {
    case diff::ClauseChangeKind::unchanged:
      return "未变";
    case diff::ClauseChangeKind::renumbered:
      return "序号变化";
    case diff::ClauseChangeKind::modified:
      return "修改";
    case diff::ClauseChangeKind::moved:
      return "移动";
    case diff::ClauseChangeKind::inserted:
      return "新增";
    case diff::ClauseChangeKind::deleted:
      return "删除";
    case diff::ClauseChangeKind::merged:
      return "合并";
    case diff::ClauseChangeKind::split:
      return "拆分";
  }
  return "";
}

std::string change_label(diff::ClauseChangeKind kind, const diff::Redline& redline) {
  bool edited = false, punctuation = true;
  for (const diff::RedlinePiece& p : redline) {
    if (p.op == diff::RedlineOp::equal) continue;
    edited = true;
    for (char32_t c : text::to_code_points(p.text)) punctuation = punctuation && text::is_punctuation(c);
  }
  return std::string(kind_label(kind)) + (edited && punctuation ? "（仅标点）" : "");
}

const char* part_label(diff::PassagePart part) {
  switch (part) {
    case diff::PassagePart::preamble:
      return "正文前";
    case diff::PassagePart::closing:
      return "正文后";
    case diff::PassagePart::text:
      return "全文";
  }
  return "";
}

const char* field_label(const std::string& field) {
  static const std::map<std::string, const char*> labels = {{"number", "文号"},     {"title", "标题"},
                                                            {"signed", "成文日期"}, {"trial", "试行标记"},
                                                            {"validity", "有效期"}, {"effective", "施行"}};
  const auto it = labels.find(field);
  return it != labels.end() ? it->second : field.c_str();
}

const char* fact_kind_label(const std::string& kind) {
  static const std::map<std::string, const char*> labels = {{"date", "日期"},         {"period", "时段"},
                                                            {"deadline", "截止日期"}, {"duration", "期限"},
                                                            {"validity", "有效期"},   {"effective", "施行"},
                                                            {"threshold", "限值"},    {"quantity", "数额"},
                                                            {"target", "目标"},       {"responsibility", "责任单位"},
                                                            {"reference", "引用"},    {"repeal", "效力"}};
  const auto it = labels.find(kind);
  return it != labels.end() ? it->second : kind.c_str();
}

std::string field_value(const std::string& field, const std::string& value) {
  if (field == "trial") return value == "true" ? "试行" : "无";
  return value.empty() ? "（无）" : value;
}

bool shown_as_fact(const diff::FieldChange& field) { return field.field == "validity" || field.field == "effective"; }

namespace {

// Dates move, lengths of time grow or shrink, figures go up or down.
const char* direction_word(const std::string& kind, int direction) {
  if (kind == "deadline" || kind == "date" || kind == "period" || kind == "effective")
    return direction > 0 ? "（推迟）" : "（提前）";
  if (kind == "duration" || kind == "validity") return direction > 0 ? "（延长）" : "（缩短）";
  return direction > 0 ? "（上调）" : "（下调）";
}

}  // namespace

std::string clause_text(const Clause& clause) { return clause.number.printed + diff::own_text(clause); }

std::string describe(const diff::FactChange& change) {
  std::string out = fact_kind_label(change.kind);
  if (!change.subject.empty()) out += "（" + change.subject + "）";
  out += "：";
  out += change.old_fact ? change.old_fact->text : "（无）";
  out += " → ";
  out += change.new_fact ? change.new_fact->text : "（无）";
  if (change.direction != 0) out += direction_word(change.kind, change.direction);
  return out;
}

}  // namespace clausecheck::reports
