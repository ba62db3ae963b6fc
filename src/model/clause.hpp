#pragma once
#include <string>
#include <vector>

#include "clausecheck/export.hpp"
#include "clause_number.hpp"
#include "fact.hpp"
#include "paragraph.hpp"
#include "span.hpp"

namespace clausecheck {

struct CLAUSECHECK_API Clause {
  ClauseNumber number;
  int level = 1;        // depth in the tree, 1 for top-level clauses
  std::string heading;  // 分期缴纳城市基础设施配套费 (without its closing 。)
  // The heading as it stands in the source, for the facts read from it: a
  // short item is all heading (五、本通知自2023年1月1日起执行。) and its dates
  // count as much as a body's. Empty for a 编/章/节 and without a heading.
  Paragraph heading_source;
  std::vector<Paragraph> body;  // the text after the number and heading, 款 by 款
  Span span;                    // from the number to the end of the last body paragraph
  std::vector<Fact> facts;
  std::vector<Clause> children;

  // The body paragraphs joined by "\n".
  std::string text() const;
};

}  // namespace clausecheck
