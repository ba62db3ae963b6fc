#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/comparator.hpp"

namespace clausecheck::grammar {
namespace comparator_detail {

struct before_table : x3::symbols<Comparator> {
  before_table() {
    using enum Comparator;
    for (const char* w : {"不超过", "不得超过", "不应超过", "不高于", "不得高于", "不大于", "不多于", "最高", "最多", "最长",
                          "至多", "控制在", "低于或等于"})
      add(w, le);
    for (const char* w : {"不低于", "不得低于", "不少于", "不得少于", "不小于", "不短于", "至少", "最低", "最少", "最短"})
      add(w, ge);
    for (const char* w : {"超过", "高于", "大于", "多于", "突破"}) add(w, gt);
    for (const char* w : {"低于", "少于", "小于", "不足", "不满"}) add(w, lt);
    for (const char* w : {"达到", "达", "提高到", "提高至", "降至", "降低到", "增至"}) add(w, eq);
    for (const char* w : {"约", "大约", "接近"}) add(w, approx);
  }
};

struct after_table : x3::symbols<Comparator> {
  after_table() {
    using enum Comparator;
    add("以上", ge)("及以上", ge)("以下", le)("及以下", le)("以内", le)("之内", le)("内", le)("左右", approx)("上下", approx)
       ("多", gt)("余", gt);
  }
};

const before_table before;
const after_table after;
const auto copy = [](auto& c) { x3::_val(c) = x3::_attr(c); };
const auto greater = [](auto& c) { x3::_val(c) = Comparator::gt; };

}  // namespace comparator_detail

const comparator_before_type comparator_before_rule = "comparator_before";
const comparator_after_type comparator_after_rule = "comparator_after";

// 不超过 wins over 超过 by longest match; a bare 超 bounds only the figure right
// after it (超60%), not a word (超值, 超净排放).
const auto comparator_before_rule_def =
    comparator_detail::before[comparator_detail::copy] |
    (x3::lit("超") >> &(x3::char_('0', '9') | ' '))[comparator_detail::greater];
const auto comparator_after_rule_def = comparator_detail::after[comparator_detail::copy];

BOOST_SPIRIT_DEFINE(comparator_before_rule, comparator_after_rule)

}  // namespace clausecheck::grammar
