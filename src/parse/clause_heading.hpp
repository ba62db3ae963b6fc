#pragma once
#include <string>
#include <vector>

#include "model/clause_number.hpp"
#include "model/paragraph.hpp"

namespace clausecheck::parse {

// The text after a clause number split into heading and body:
// 一、分期缴纳城市基础设施配套费。 is all heading; 二、优化联合验收备案制度。支持… has a
// heading sentence and a body; 第一条 为了… and （一）办理…； have no heading;
// 第一章 总 则 is a heading (letter-spacing removed).
struct HeadingSplit {
  std::string heading;
  Paragraph heading_source;     // the heading sentence with its place (not for 编/章/节)
  std::vector<Paragraph> body;  // zero or one paragraph
};
HeadingSplit split_heading(NumberStyle style, Paragraph rest);

}  // namespace clausecheck::parse
