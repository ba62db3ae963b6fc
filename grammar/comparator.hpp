#pragma once
#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <optional>
#include <string_view>

#include "grammar/x3_config.hpp"
#include "model/date.hpp"

namespace clausecheck::grammar {
namespace x3 = boost::spirit::x3;

// The words that bound a figure. Before it: 不超过 (<=), 不得低于 (>=), 超过 (>),
// 达到 (=), 约 (~) …; after it: 以上 (>=), 以下/以内/内 (<=), 左右 (~) — 以上, 以下,
// 以内 include the figure itself (民法典 第一千二百五十九条), 超过 and 不满 do not.
struct ComparatorMatch {
  Comparator op = Comparator::eq;
  std::size_t offset = 0;  // where the word starts in the text searched
  std::size_t length = 0;
};

struct comparator_before_class;
struct comparator_after_class;
using comparator_before_type = x3::rule<comparator_before_class, Comparator>;
using comparator_after_type = x3::rule<comparator_after_class, Comparator>;
struct change_word_class;
using change_word_type = x3::rule<change_word_class, int>;
BOOST_SPIRIT_DECLARE(comparator_before_type, comparator_after_type, change_word_type)
comparator_before_type const& comparator_before();
comparator_after_type const& comparator_after();

// A comparator word written before a figure, at the start of text.
std::optional<ComparatorMatch> match_comparator_before(std::string_view text);
// The last comparator word in text (the part of a sentence before a figure):
// 不得超过监管账户中…的 → <=, at the offset of 不得超过.
std::optional<ComparatorMatch> find_comparator_before(std::string_view text);
// The direction of a change word (增长, 提高: 1; 下降, 降低, 减少: -1) that ends
// `head`, the text right before a figure: 比上年下降3.9个百分点 is a decrease of
// 3.9 points, not a level. 降至, 提高到 set a level and are comparators.
std::optional<int> match_change_before(std::string_view head);
// A comparator word written right after a figure, at the start of text.
std::optional<ComparatorMatch> match_comparator_after(std::string_view text);

}  // namespace clausecheck::grammar
