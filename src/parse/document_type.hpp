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

}  // namespace clausecheck::parse
