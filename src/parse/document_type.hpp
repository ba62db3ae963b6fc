#pragma once
#include <string>
#include <string_view>

namespace clausecheck::parse {

// What a title says about its document: the type its last words name (the 15
// 公文种类 of 党政机关公文处理工作条例, the rule-making forms 办法 规定 细则 措施 方案,
// and the statute forms 法 条例 规则 解释), whether it is 试行/暂行, and the
// issuer written before 关于 (or before 转发, 批转: 国务院办公厅转发…).
struct TitleInfo {
  std::string type;
  bool trial = false;
  std::string issuer;
};
TitleInfo read_title(std::string_view squeezed_title);

// A noun naming a kind of document: a type as a title ends with it (办法,
// 实施细则, 政策措施), or 政策, 文件. No 第 or 的 inside: 办法第十条 and
// 条例规定的证件 are parts and things of a document.
bool is_document_kind(std::string_view noun);

// The length of the 本 and kind at the start of text (本通知, 本实施办法,
// 本政策: the document speaking of itself), or 0 when it starts otherwise.
std::size_t self_name_length(std::string_view text);

}  // namespace clausecheck::parse
