#pragma once
#include <boost/spirit/home/x3.hpp>
#include <cmath>
#include <string>

#include "grammar/numeral.hpp"
#include "grammar/quantity.hpp"

namespace clausecheck::grammar {
namespace quantity_detail {

struct Unit {
  const char* base;    // the unit after normalization
  bool counter;        // a count noun (个, 家): a lone Chinese digit before it is a word (一个, 三项)
  double divisor = 1;  // the written unit is the base unit divided by this (‰ is % / 10)
};

struct unit_table : x3::symbols<Unit> {
  unit_table() {
    for (const char* m : {"元", "亩", "斤", "公斤", "吨", "公里", "平方公里", "平方米", "立方米", "微克/立方米",
                          "元/平方米", "个百分点", "千瓦", "千瓦时", "米", "公顷", "倍", "岁",
                          // measures of the criminal law, food safety and environment statutes
                          "克", "毫克", "微克", "厘米", "毫米", "升", "毫升", "立方厘米", "分贝", "毫克/升",
                          "毫克/千克", "毫克/立方米", "克/千克"})
      add(m, Unit{m, false});
    // Other names of the same unit.
    add("圆", Unit{"元", false})("千克", Unit{"公斤", false})("千米", Unit{"公里", false})(
        "平方千米", Unit{"平方公里", false})("市斤", Unit{"斤", false})("周岁", Unit{"岁", false})(
        "百分点", Unit{"个百分点", false});
    for (const char* c :
         {"家", "个", "人", "人次", "户", "套", "所", "名", "项", "座", "条", "件", "辆", "张", "台", "床", "批"})
      add(c, Unit{c, true});
    add("%", Unit{"%", false})("％", Unit{"%", false})("‰", Unit{"%", false, 10})("‱", Unit{"%", false, 100});
  }
};

struct Scale {
  double factor;
  const char* name;
};
struct scale_table : x3::symbols<Scale> {
  scale_table() {
    for (Scale s : {Scale{1e4, "万"}, Scale{1e8, "亿"}, Scale{1e7, "千万"}, Scale{1e6, "百万"}, Scale{1e12, "万亿"},
                    Scale{1e3, "千"}})
      add(s.name, s);
  }
};

// 百分之三十, 千分之五, 万分之五: a share of a hundred, a thousand, ten thousand, in %
// (the figure divided by 1, 10, 100).
struct share_table : x3::symbols<double> {
  share_table() { add("百分之", 1)("千分之", 10)("万分之", 100); }
};

// 三成, 两成半: tenths, a lone digit before 成.
struct tenth_table : x3::symbols<int> {
  tenth_table() {
    add("一", 1)("二", 2)("两", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)("九", 9)("十", 10);
  }
};

const unit_table unit;
const scale_table scale;
const share_table share;
const tenth_table tenth;

const auto set_numeral = [](auto& c) {
  const Numeral& n = x3::_attr(c);
  QuantityMatch& q = x3::_val(c);
  q.quantity.value = q.negative ? -n.value : n.value;
  q.chinese = n.chinese;
  q.numeral_length = n.length;
};
const auto set_scale = [](auto& c) {
  x3::_val(c).quantity.value *= x3::_attr(c).factor;
  x3::_val(c).quantity.scale = x3::_attr(c).name;
};
const auto set_unit = [](auto& c) {
  const Unit& u = x3::_attr(c);
  x3::_val(c).quantity.value /= u.divisor;  // divided, not multiplied by 0.1: 3‰ is 0.3, not 0.30000000000000004
  x3::_val(c).quantity.unit = u.base;
  x3::_val(c).counter_unit = u.counter;
};
const auto set_negative = [](auto& c) { x3::_val(c).negative = true; };
const auto set_over = [](auto& c) { x3::_val(c).over = true; };
// 三分之二: the denominator, then the share of it in %.
const auto set_denominator = [](auto& c) {
  x3::_pass(c) = x3::_attr(c).value > 0;
  x3::_val(c).share = x3::_attr(c).value / 100;
};
const auto set_fraction = [](auto& c) {
  QuantityMatch& q = x3::_val(c);
  q.quantity.value = x3::_attr(c).value / q.share;
  q.quantity.unit = "%";
  q.chinese = q.whole_figure = true;
};
// The numeral starts where what leads it (a currency, a sign) ends.
const auto set_lead = [](auto& c) { x3::_val(c).numeral_at = x3::_attr(c).end(); };
const auto set_share = [](auto& c) {
  x3::_val(c).share = x3::_attr(c);
  x3::_val(c).quantity.unit = "%";
  x3::_val(c).whole_figure = true;
};
const auto set_share_value = [](auto& c) {
  QuantityMatch& q = x3::_val(c);
  q.quantity.value = (q.negative ? -x3::_attr(c).value : x3::_attr(c).value) / q.share;
  q.chinese = true;
};
const auto set_hundred_percent = [](auto& c) {
  QuantityMatch& q = x3::_val(c);
  q.quantity.value = 100;
  q.quantity.unit = "%";
  q.chinese = q.whole_figure = true;
};
const auto set_tenths = [](auto& c) {
  QuantityMatch& q = x3::_val(c);
  q.quantity.value = 10 * x3::_attr(c);
  q.quantity.unit = "%";
  q.chinese = q.whole_figure = true;
};
const auto add_half_tenth = [](auto& c) { x3::_val(c).quantity.value += 5; };
// 一吨半, 十五斤半: half of the unit after it.
const auto add_half = [](auto& c) { x3::_val(c).quantity.value += x3::_val(c).quantity.value < 0 ? -0.5 : 0.5; };
// 123元1角1分: tenths and hundredths of a yuan after it, added in cents so
// 6007元1角4分 is 6007.14 and not 6007.1400000000003.
const auto add_cents = [](double cents) {
  return [cents](auto& c) {
    double& v = x3::_val(c).quantity.value;
    v = (std::round(v * 100) + cents * x3::_attr(c).value) / 100;
    x3::_val(c).whole_figure = true;
  };
};
const auto add_jiao = add_cents(10);
const auto add_fen = add_cents(1);
// Each form starts afresh: X3 keeps what the actions of a failed alternative
// wrote. Field by field: the strings keep their buffers (this runs at every figure).
const auto reset = [](auto& c) {
  QuantityMatch& q = x3::_val(c);
  q.quantity.value = 0;
  q.quantity.scale.clear();
  q.quantity.unit.clear();
  q.numeral_at = nullptr;
  q.numeral_length = 0;
  q.chinese = q.counter_unit = q.negative = q.whole_figure = q.over = false;
  q.share = 1;
};
const auto set_yuan = [](auto& c) { x3::_val(c).quantity.unit = "元"; };
const auto is_yuan = [](auto& c) { x3::_pass(c) = x3::_val(c).quantity.unit == "元"; };
const auto is_measure = [](auto& c) { x3::_pass(c) = !x3::_val(c).counter_unit && x3::_val(c).quantity.unit != "%"; };

const auto sp = *(x3::lit(' ') | x3::lit("\u3000"));
// 负3.9%, -22.2%, 百分之负三点八 (a figure below zero, not a range's dash: the scanner
// asks only where no figure stands before the sign).
const auto sign = (x3::lit("负") | x3::lit('-') | x3::lit("－") | x3::lit("−"))[set_negative];
// What may follow 三成 for it to be a share: 三成本 is 三 + 成本, 一成不变 a saying.
const auto after_tenths = x3::eoi | x3::lit("半") | "以" | "左右" | "上下" | "多" | "的" | "新" | "、" | "和" | "或" |
                          "至" | "到" | "是" | "用于" | "归" | "由" | "给" | "作为" | "。" | "，" | "；" | "：" | "）" |
                          ")" | "」" | "”" | " " | "\u3000";
// 元 may close with 整 or 正 (壹拾万元整, 叁仟元正), and carry 角 and 分 (123元1角1分).
// 叁佰贰拾伍元零肆分: a 零 stands for the 角 not written.
const auto yuan_tail = x3::eps[is_yuan] >> -(sp >> (numeral >> sp >> "角")[add_jiao]) >>
                       -(sp >> (-x3::lit("零") >> numeral >> sp >> "分")[add_fen]) >> -(x3::lit("整") | "正");
// 3000余元, 3万余人, 100多家, 4200多万元: more than the figure, 余 or 多 before the unit.
const auto over = (x3::lit("余") | "多")[set_over];
const auto unit_part = unit[set_unit] | (scale[set_scale] >> sp >> -over >> unit[set_unit]) |
                       (over >> -scale[set_scale] >> unit[set_unit]);  // 4200多万元
// ￥1,000.00, 人民币8千元, 人民币100万: the currency before the figure names the unit.
const auto currency = x3::lit("￥") | x3::lit("¥") | x3::lit("人民币");

}  // namespace quantity_detail

const quantity_type quantity_rule = "quantity";

namespace quantity_detail {
// Each form but the plain one is looked for by its first word before it resets
// the match: most figures that reach them are none of them.
const auto share_form = &share >> x3::eps[reset] >> share[set_share] >> sp >> -sign >> numeral[set_share_value];
// 三分之二, 五千分之一: a fraction, in % (百分之, 千分之, 万分之 are shares above).
const auto fraction_form =
    &(numeral >> "分之") >> x3::eps[reset] >> numeral[set_denominator] >> "分之" >> numeral[set_fraction];
const auto tenths_form = &(tenth >> "成") >> x3::eps[reset] >> tenth[set_tenths] >> "成" >>
                         -x3::lit("半")[add_half_tenth] >> &after_tenths;
const auto currency_form = &currency >> x3::eps[reset] >> x3::raw[currency >> sp >> -sign][set_lead] >>
                           numeral[set_numeral] >> sp >> -(scale[set_scale]) >> x3::eps[set_yuan] >>
                           -((x3::lit("元") | "圆") >> yuan_tail);
const auto measure_form = x3::eps[reset] >> x3::raw[-sign][set_lead] >> numeral[set_numeral] >> sp >> unit_part >>
                          -((x3::eps[is_measure] >> (x3::lit("半") >> !x3::lit("径"))[add_half]) | yuan_tail);
}  // namespace quantity_detail

// The plain figure and unit first: most figures are one, and no other form
// starts with a numeral that has a unit after it.
const auto quantity_rule_def = quantity_detail::measure_form | quantity_detail::share_form |
                               (&x3::lit("百分") >> x3::eps[quantity_detail::reset] >>
                                (x3::lit("百分之百") | "百分百")[quantity_detail::set_hundred_percent]) |
                               quantity_detail::fraction_form | quantity_detail::tenths_form |
                               quantity_detail::currency_form;

BOOST_SPIRIT_DEFINE(quantity_rule)

}  // namespace clausecheck::grammar
