#pragma once
#include <boost/spirit/home/x3.hpp>
#include <string>

#include "grammar/numeral.hpp"
#include "grammar/quantity.hpp"

namespace clausecheck::grammar {
namespace quantity_detail {

struct Unit {
  const char* base;  // the unit after normalization
  bool counter;      // a count noun (个, 家): a lone Chinese digit before it is a word (一个, 三项)
};

struct unit_table : x3::symbols<Unit> {
  unit_table() {
    for (const char* m : {"元", "亩", "斤", "公斤", "吨", "公里", "平方公里", "平方米", "立方米", "微克/立方米",
                          "元/平方米", "个百分点", "千瓦", "千瓦时", "米", "公顷", "倍", "岁"})
      add(m, Unit{m, false});
    for (const char* c : {"家", "个", "人", "人次", "户", "套", "所", "名", "项", "座", "条", "件", "辆", "张", "台", "床", "批"})
      add(c, Unit{c, true});
    add("%", Unit{"%", false})("％", Unit{"%", false});
  }
};

struct Scale {
  double factor;
  const char* name;
};
struct scale_table : x3::symbols<Scale> {
  scale_table() {
    for (Scale s : {Scale{1e4, "万"}, Scale{1e8, "亿"}, Scale{1e7, "千万"}, Scale{1e6, "百万"}, Scale{1e12, "万亿"}}) add(s.name, s);
  }
};

const unit_table unit;
const scale_table scale;

const auto set_numeral = [](auto& c) {
  const Numeral& n = x3::_attr(c);
  x3::_val(c).quantity.value = n.value;
  x3::_val(c).chinese = n.chinese;
  x3::_val(c).numeral_length = n.length;
};
const auto set_scale = [](auto& c) {
  x3::_val(c).quantity.value *= x3::_attr(c).factor;
  x3::_val(c).quantity.scale = x3::_attr(c).name;
};
const auto set_unit = [](auto& c) {
  const Unit& u = x3::_attr(c);
  x3::_val(c).quantity.unit = u.base;
  x3::_val(c).counter_unit = u.counter;
};
const auto set_percent = [](auto& c) {
  x3::_val(c).quantity.value = x3::_attr(c).value;
  x3::_val(c).quantity.unit = "%";
  x3::_val(c).chinese = true;
};

const auto sp = *(x3::lit(' ') | x3::lit("\u3000"));

}  // namespace quantity_detail

const quantity_type quantity_rule = "quantity";

const auto quantity_rule_def =
    (x3::lit("百分之") >> numeral[quantity_detail::set_percent]) |
    (numeral[quantity_detail::set_numeral] >> quantity_detail::sp >> -quantity_detail::scale[quantity_detail::set_scale] >>
     quantity_detail::sp >> quantity_detail::unit[quantity_detail::set_unit]);

BOOST_SPIRIT_DEFINE(quantity_rule)

}  // namespace clausecheck::grammar
