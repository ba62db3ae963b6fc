#pragma once
#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <optional>
#include <string_view>

#include "grammar/x3_config.hpp"
#include "model/fact.hpp"

namespace clausecheck::grammar {
namespace x3 = boost::spirit::x3;

// A figure with its unit: 40万元, 1.2万元, 3200亿元, 1032 万亩, 2%, 百分之三十,
// 1.2个百分点, 72 微克/立方米, 千分之五 and 三成 (in %), 壹拾万元整, 123元1角1分,
// 人民币8千元, 五十克, 一吨半, 负3.9%, -22.2%, 三分之二 (in %), 3000余元. The
// value has the scale applied.
struct QuantityMatch {
  Quantity quantity;
  std::size_t length = 0;
  const char* numeral_at = nullptr;  // where the numeral starts (after a sign or a currency)
  std::size_t numeral_length = 0;    // bytes of the numeral alone: 40 of 40万元
  bool chinese = false;              // the numeral is in Chinese characters
  bool counter_unit = false;         // 个, 家, 人 … (count nouns, not measures)
  bool negative = false;             // 负, - before the numeral
  bool whole_figure = false;         // the figure is the whole text read: 百分之三十, 三成半, 123元1角1分
  bool over = false;                 // 3000余元, 100多家: more than the figure
  double share = 1;                  // 百分之 1, 千分之 10, 万分之 100: the figure over this is in %
};

struct quantity_class;
using quantity_type = x3::rule<quantity_class, QuantityMatch>;
BOOST_SPIRIT_DECLARE(quantity_type)
quantity_type const& quantity();

// The quantity at the start of text. A bare number is not one: 5G, 463000.
// A sign (负, -) is read when text starts with it: the caller starts there
// only where no figure stands before the sign (10-20% is a range).
std::optional<QuantityMatch> match_quantity(std::string_view text);

}  // namespace clausecheck::grammar
