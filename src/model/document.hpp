#pragma once
#include <optional>
#include <string>
#include <vector>

#include "clause.hpp"
#include "date.hpp"
#include "fact.hpp"
#include "paragraph.hpp"
#include "written_date.hpp"

namespace clausecheck {

struct Document {
  std::string title;   // one line, PDF line breaks and letter-spacing removed
  std::string type;    // 通知, 意见, 办法, 报告, 措施, 条例 … (from the title's end)
  std::string issuer;  // 驻马店市人民政府
  std::string kind;  // 法律, 行政法规, 地方性法规, 规章, 司法解释, 行政规范性文件 … (parse/document_kind.hpp)
  std::optional<DocNumber> number;
  std::vector<std::string> addressees;  // 主送机关
  std::optional<Date> signed_date;      // 成文日期
  std::optional<SigningDate> signing;   // where and how the 成文日期 is written
  bool trial = false;                   // 试行 or 暂行 in the title
  Span span;                            // the title's place
  std::vector<Paragraph> preamble;      // text before the first clause
  std::vector<Clause> clauses;
  std::vector<Paragraph> closing;     // 本通知自…实施 and other text after the last clause
  std::vector<Fact> facts;            // document-level: validity, effect, repeal, continuation
  std::vector<Document> attachments;  // the 方案 or 措施 a 印发 notice carries
};

}  // namespace clausecheck
