#pragma once
#include <optional>
#include <string>
#include <vector>

#include "date.hpp"
#include "span.hpp"

namespace clausecheck {

struct TocEntry {
  std::string title;
  int page = 0;
  Span span;
};

// The masthead and contents of a gazette issue (政府公报).
struct Gazette {
  std::string name;  // 驻马店市人民政府公报
  int issue = 0;     // 第2号
  int running = 0;   // 总第124号
  int year = 0;
  std::optional<Date> published;  // 出版日期
  std::vector<TocEntry> toc;
  Span span;
};

}  // namespace clausecheck
