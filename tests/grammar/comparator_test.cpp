#include <doctest/doctest.h>

#include "grammar/comparator.hpp"

using namespace clausecheck::grammar;
using clausecheck::Comparator;

namespace {
std::optional<Comparator> before(std::string_view text) {
  auto m = find_comparator_before(text);
  return m ? std::optional(m->op) : std::nullopt;
}
std::optional<Comparator> after(std::string_view text) {
  auto m = match_comparator_after(text);
  return m ? std::optional(m->op) : std::nullopt;
}
}  // namespace

TEST_CASE("comparators written before the figure") {
  CHECK(before("最高比率不超过") == Comparator::le);
  CHECK(before("保函置换金额不得超过监管账户中确保项目竣工交付所需的资金额度的") == Comparator::le);
  CHECK(before("置换后的监管资金不得低于监管账户中的") == Comparator::ge);
  CHECK(before("第一期缴纳不得少于") == Comparator::ge);
  CHECK(before("比重超过") == Comparator::gt);
  CHECK(before("覆盖率达到") == Comparator::eq);
  CHECK(before("规模以上企业突破") == Comparator::gt);
  CHECK(before("控制在") == Comparator::le);
  CHECK(before("最高贷款额度为") == Comparator::le);
  CHECK(before("最长不超过") == Comparator::le);
  CHECK(before("收入低于") == Comparator::lt);
  CHECK(before("不满") == Comparator::lt);
  CHECK(before("约") == Comparator::approx);
}

TEST_CASE("where the comparator word stands") {
  auto m = find_comparator_before("保函置换金额不得超过额度的");
  REQUIRE(m);
  CHECK(m->offset == std::string_view("保函置换金额").size());
  CHECK(m->length == std::string_view("不得超过").size());
}

TEST_CASE("comparators written after the figure") {
  CHECK(after("以上") == Comparator::ge);
  CHECK(after("以下") == Comparator::le);
  CHECK(after("以内") == Comparator::le);
  CHECK(after("内") == Comparator::le);
  CHECK(after("左右，") == Comparator::approx);
  CHECK(after("及以上") == Comparator::ge);
}

TEST_CASE("no comparator") {
  CHECK_FALSE(before("服务业增加值年均增长"));
  CHECK_FALSE(before("对超值抵押部分"));
  CHECK_FALSE(before("海川电子超净排放"));
  CHECK(match_comparator_before("超60%")->op == Comparator::gt);
  CHECK_FALSE(after("，"));
  CHECK_FALSE(after("的"));
}
