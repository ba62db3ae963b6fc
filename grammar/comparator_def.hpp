#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/comparator.hpp"

namespace clausecheck::grammar {
namespace comparator_detail {

struct before_table : x3::symbols<Comparator> {
  before_table() {
    using enum Comparator;
    for (const char* w : {"不超过", "不得超过", "不应超过", "不高于", "不得高于", "不大于", "不多于", "最高", "最多",
                          "最长", "至多", "控制在", "低于或等于"})
      add(w, le);
    for (const char* w :
         {"不低于", "不得低于", "不少于", "不得少于", "不小于", "不短于", "至少", "最低", "最少", "最短"})
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
    add("以上", ge)("及以上", ge)("以下", le)("及以下", le)("以内", le)("之内", le)("内", le)("左右", approx)(
        "上下", approx)("多", gt)("余", gt);
  }
};

// A figure right after these is a change, not a level: 下降3.9个百分点, 增长8%.
struct change_table : x3::symbols<int> {
  change_table() {
    for (const char* w : {"增长", "增加", "提高", "上升", "上涨", "提升"}) add(w, 1);
    for (const char* w : {"下降", "降低", "减少", "下跌", "回落", "下滑"}) add(w, -1);
  }
};

const before_table before;
const change_table change;
const after_table after;
const auto copy = [](auto& c) { x3::_val(c) = x3::_attr(c); };
const auto greater = [](auto& c) { x3::_val(c) = Comparator::gt; };
const auto at_least = [](auto& c) { x3::_val(c) = Comparator::ge; };
// 三分之二多数通过 (香港特别行政区基本法 第四十九条): a majority of at least the
// share, not more than it; 100多数据中心 is 100多 and 数据 (数字, 数量, 数码 likewise).
const auto majority = x3::lit("多数") >> !(x3::lit("据") | "字" | "量" | "码");

}  // namespace comparator_detail

const comparator_before_type comparator_before_rule = "comparator_before";
const comparator_after_type comparator_after_rule = "comparator_after";
const change_word_type change_word_rule = "change_word";

// 不超过 wins over 超过 by longest match; a bare 超 bounds only the figure right
// after it (超60%), not a word (超值, 超净排放).
const auto comparator_before_rule_def = comparator_detail::before[comparator_detail::copy] |
                                        (x3::lit("超") >> &(x3::char_('0', '9') | ' '))[comparator_detail::greater];
const auto comparator_after_rule_def =
    comparator_detail::majority[comparator_detail::at_least] | comparator_detail::after[comparator_detail::copy];
// The change word closes the text before the figure (下降了3.9%).
const auto change_word_rule_def = comparator_detail::change[comparator_detail::copy] >> -x3::lit("了") >>
                                  *x3::lit(' ') >> x3::eoi;

BOOST_SPIRIT_DEFINE(comparator_before_rule, comparator_after_rule, change_word_rule)

}  // namespace clausecheck::grammar
