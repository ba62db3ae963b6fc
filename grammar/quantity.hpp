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
// 1.2个百分点, 72 微克/立方米. The value has the scale applied.
struct QuantityMatch {
  Quantity quantity;
  std::size_t length = 0;
  std::size_t numeral_length = 0;  // bytes of the numeral alone: 40 of 40万元
  bool chinese = false;       // the numeral is in Chinese characters
  bool counter_unit = false;  // 个, 家, 人 … (count nouns, not measures)
};

struct quantity_class;
using quantity_type = x3::rule<quantity_class, QuantityMatch>;
BOOST_SPIRIT_DECLARE(quantity_type)
quantity_type const& quantity();

// The quantity at the start of text. A bare number is not one: 5G, 463000.
std::optional<QuantityMatch> match_quantity(std::string_view text);

}  // namespace clausecheck::grammar
