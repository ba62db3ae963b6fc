#pragma once
#include <string>

#include "diff/change_set.hpp"

namespace clausecheck::reports {

// The diff's words in the run's language (model/messages.hpp), shared by the
// text, Markdown and HTML diffs.
std::string kind_label(diff::ClauseChangeKind kind);  // 新增, 删除, 合并, 拆分, 移动, 修改, 序号变化, 未变
std::string field_label(const std::string& field);     // 文号, 标题, 成文日期, 试行标记, 有效期, 施行
std::string fact_kind_label(const std::string& kind);  // 限值, 期限, 截止日期, 数额 …
std::string part_label(diff::PassagePart part);        // 正文前, 正文后, 全文

// Punctuation in the run's language: "：" or ": ", "，" or ", ", "（text）" or " (text)".
const char* colon();
const char* list_separator();
std::string in_brackets(const std::string& text);

// The kind as a reader sees it: 修改（仅标点） when the redline changes nothing but
// punctuation (，→ , or 。→ ；), else kind_label.
std::string change_label(diff::ClauseChangeKind kind, const diff::Redline& redline);

// Validity and effect fields repeat a document-level fact change, which says
// more (延长, 推迟); readers see the fact change only.
bool shown_as_fact(const diff::FieldChange& field);

// A field's value for a reader: the trial marker as 试行 or 无, others as they are.
std::string field_value(const std::string& field, const std::string& value);

// A clause as the 对照表 shows it: its number as printed, then its own text.
std::string clause_text(const Clause& clause);

// One fact change as a reader sees it: "限值（保证金比例）：不超过2% → 不超过3%（上调）".
std::string describe(const diff::FactChange& change);

}  // namespace clausecheck::reports
