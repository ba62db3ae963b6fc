#include <doctest/doctest.h>

#include "grammar/quantity.hpp"

using namespace clausecheck::grammar;

namespace {
clausecheck::Quantity q(std::string_view text) {
  auto m = match_quantity(text);
  REQUIRE(m);
  return m->quantity;
}
}  // namespace

TEST_CASE("amounts of money keep value, scale and unit apart") {
  CHECK(q("40万元") == clausecheck::Quantity{400000, "40万", "万", "元"});
  CHECK(q("1.2万元") == clausecheck::Quantity{12000, "1.2万", "万", "元"});
  CHECK(q("3200亿元") == clausecheck::Quantity{3200e8, "3200亿", "亿", "元"});
  CHECK(q("四十万元") == clausecheck::Quantity{400000, "四十万", "万", "元"});
  CHECK(q("1,107元") == clausecheck::Quantity{1107, "1,107", "", "元"});
  CHECK(q("２０万元").value == 200000);
}

TEST_CASE("percentages") {
  CHECK(q("2%") == clausecheck::Quantity{2, "2", "", "%"});
  CHECK(q("5.5％以内").value == 5.5);
  CHECK(q("百分之三十") == clausecheck::Quantity{30, "百分之三十", "", "%"});
  CHECK(q("1.2个百分点") == clausecheck::Quantity{1.2, "1.2", "", "个百分点"});
  CHECK(q("65% 提高").unit == "%");
}

TEST_CASE("other units, with PDF spaces") {
  CHECK(q("1032 万亩") == clausecheck::Quantity{10320000, "1032万", "万", "亩"});
  CHECK(q("160 亿斤").value == 160e8);
  CHECK(q("72 微克/立方米").unit == "微克/立方米");
  CHECK(q("1800家").unit == "家");
  CHECK(q("82.3 万人次") == clausecheck::Quantity{823000, "82.3万", "万", "人次"});
  CHECK(q("787 万平方米").unit == "平方米");
  CHECK(q("800公里").value == 800);
  CHECK(match_quantity("3家")->counter_unit);
  CHECK_FALSE(match_quantity("3元")->counter_unit);
}

TEST_CASE("the match covers the quantity only") {
  CHECK(match_quantity("50%。逾期")->length == 3);
  CHECK(match_quantity("40万元，双职工")->length == std::string_view("40万元").size());
}

TEST_CASE("what is not a quantity") {
  CHECK_FALSE(match_quantity("5G网络"));
  CHECK_FALSE(match_quantity("463000"));
  CHECK_FALSE(match_quantity("18.3：42.3：39.4"));
  CHECK_FALSE(match_quantity("2601620"));
  CHECK_FALSE(match_quantity("一带一路"));
  CHECK_FALSE(match_quantity("3D打印"));
  CHECK_FALSE(match_quantity("元"));
}
