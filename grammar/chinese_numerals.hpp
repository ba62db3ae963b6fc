#pragma once
#include <boost/spirit/home/x3/string/symbols.hpp>

namespace clausecheck::grammar {

// The symbol tables the Chinese-numeral grammars share (numeral, date).
// Digits map to their value; units to minus their power of ten, so one token
// stream holds both.
struct chinese_digit_table : boost::spirit::x3::symbols<int> {
  chinese_digit_table() {
    add("零", 0)("〇", 0)("○", 0)("一", 1)("二", 2)("两", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)("九",
                                                                                                                   9);
    // Capital numerals (大写), as amounts of money are written on 票据 and in contracts: 壹拾万元整.
    add("壹", 1)("贰", 2)("貳", 2)("叁", 3)("參", 3)("肆", 4)("伍", 5)("陆", 6)("陸", 6)("柒", 7)("捌", 8)("玖", 9);
  }
};
// The digits after a Chinese decimal point (二点五, 六点四二): read one by one.
struct fraction_digit_table : boost::spirit::x3::symbols<int> {
  fraction_digit_table() {
    add("零", 0)("〇", 0)("○", 0)("一", 1)("二", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)("九", 9);
  }
};
struct chinese_unit_table : boost::spirit::x3::symbols<int> {
  chinese_unit_table() {
    add("十", -1)("百", -2)("千", -3)("万", -4)("亿", -8);
    add("拾", -1)("佰", -2)("仟", -3)("萬", -4)("億", -8);
  }
};
// Digits that may stand in a digit-by-digit year: 二〇二三, 二00五.
struct year_digit_table : boost::spirit::x3::symbols<int> {
  year_digit_table() {
    add("零", 0)("〇", 0)("○", 0)("0", 0)("O", 0)("Ｏ", 0)("一", 1)("二", 2)("三", 3)("四", 4)("五", 5)("六", 6)(
        "七", 7)("八", 8)("九", 9);
  }
};
}  // namespace clausecheck::grammar
