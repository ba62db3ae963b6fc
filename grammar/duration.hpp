#pragma once
#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <optional>
#include <string_view>

#include "grammar/x3_config.hpp"
#include "model/date.hpp"

namespace clausecheck::grammar {
namespace x3 = boost::spirit::x3;

// A length of time: 一年, 两年, 半年, 一年半, 6个月, 90日, 30天, 30个工作日, 2周,
// 半个月 (15 days), 一个半月, 四年六个月, 五个季度, 15个交易日 (workdays), 十周年.
struct DurationMatch {
  DurationValue value;
  std::size_t length = 0;
};

struct duration_class;
using duration_type = x3::rule<duration_class, DurationMatch>;
BOOST_SPIRIT_DECLARE(duration_type)
duration_type const& duration();

// The duration at the start of text. Whether it is one in context (第十四个五年
//规划 is a plan's name) is for the caller, who sees what precedes it.
std::optional<DurationMatch> match_duration(std::string_view text);

}  // namespace clausecheck::grammar
