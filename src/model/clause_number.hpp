#pragma once
#include <string>

#include "clausecheck/export.hpp"

namespace clausecheck {

// How a clause is numbered. The order is the usual nesting order of GB/T 9704
// (一、 → （一） → 1. → （1）) preceded by the statute levels 编/章/节/条.
enum class NumberStyle {
  part,          // 第一编 (also 分编)
  chapter,       // 第一章
  section,       // 第一节
  article,       // 第一条
  cn_dun,        // 一、
  cn_paren,      // （一） or (一)
  arabic_dot,    // 1.  1．  1、
  arabic_paren,  // （1） or (1)
};

// "第X编", "第X章", "第X节", "第X条", "一、", "（一）", "1.", "（1）"
CLAUSECHECK_API const char* style_name(NumberStyle style);

struct ClauseNumber {
  NumberStyle style = NumberStyle::cn_dun;
  int value = 0;            // 二十六 → 26; 第十七条之一 → 17
  int sub = 0;              // 之一 → 1
  std::string label;        // as printed, without the trailing 、 or . : "二十六", "（五）", "3", "第十条"
  std::string printed;      // the whole number as printed, trailing punctuation included
  bool half_width = false;  // (一) written with ASCII brackets
};

}  // namespace clausecheck
