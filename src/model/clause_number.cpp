#include "model/clause_number.hpp"

namespace clausecheck {

const char* style_name(NumberStyle style) {
  switch (style) {
    case NumberStyle::part:
      return "第X编";
    case NumberStyle::chapter:
      return "第X章";
    case NumberStyle::section:
      return "第X节";
    case NumberStyle::article:
      return "第X条";
    case NumberStyle::cn_dun:
      return "一、";
    case NumberStyle::cn_paren:
      return "（一）";
    case NumberStyle::arabic_dot:
      return "1.";
    case NumberStyle::arabic_paren:
      return "（1）";
  }
  return "";
}

}  // namespace clausecheck
