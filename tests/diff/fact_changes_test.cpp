#include <doctest/doctest.h>

#include "diff/fact_changes.hpp"
#include "diff/hand_built.hpp"

using namespace clausecheck;
using namespace clausecheck::diff;
using namespace clausecheck::test;

TEST_CASE("a threshold raised: one change with subject, old and new, direction up") {
  const std::vector<Fact> old_facts = {threshold_fact("保证金比例", Comparator::le, 2, "%", "不超过2%")};
  const std::vector<Fact> new_facts = {threshold_fact("保证金比例", Comparator::le, 3, "%", "不超过3%")};
  const auto changes = compare_facts(old_facts, new_facts);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == "threshold");
  CHECK(changes[0].subject == "保证金比例");
  CHECK(changes[0].old_fact->text == "不超过2%");
  CHECK(changes[0].new_fact->text == "不超过3%");
  CHECK(changes[0].direction == 1);
}

TEST_CASE("the same facts with other texts: no change") {
  const std::vector<Fact> old_facts = {duration_fact(0, 6, "半年")};
  const std::vector<Fact> new_facts = {duration_fact(0, 6, "6个月")};
  CHECK(compare_facts(old_facts, new_facts).empty());
}

TEST_CASE("a duration shortened is direction down") {
  const auto changes = compare_facts({duration_fact(1, 0, "一年")}, {duration_fact(0, 6, "半年")});
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == "duration");
  CHECK(changes[0].direction == -1);
}

TEST_CASE("figures edited in place pair by position, not by equal value") {
  // 40万元, 50万元 → 50万元, 60万元: both raised, not 40 → 60.
  const std::vector<Fact> old_facts = {quantity_fact(400000, "元", "40万元"), quantity_fact(500000, "元", "50万元")};
  const std::vector<Fact> new_facts = {quantity_fact(500000, "元", "50万元"), quantity_fact(600000, "元", "60万元")};
  const auto changes = compare_facts(old_facts, new_facts);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].old_fact->text == "40万元");
  CHECK(changes[0].new_fact->text == "50万元");
  CHECK(changes[1].old_fact->text == "50万元");
  CHECK(changes[1].new_fact->text == "60万元");
}

TEST_CASE("a fact added next to an unchanged one is an addition only") {
  const std::vector<Fact> old_facts = {quantity_fact(400000, "元", "40万元")};
  const std::vector<Fact> new_facts = {quantity_fact(100000, "元", "10万元"), quantity_fact(400000, "元", "40万元")};
  const auto changes = compare_facts(old_facts, new_facts);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].old_fact == nullptr);
  CHECK(changes[0].new_fact->text == "10万元");
}

TEST_CASE("thresholds pair by subject whatever their order") {
  const std::vector<Fact> old_facts = {threshold_fact("首付比例", Comparator::ge, 20, "%", "不低于20%"),
                                       threshold_fact("保证金比例", Comparator::le, 2, "%", "不超过2%")};
  const std::vector<Fact> new_facts = {threshold_fact("保证金比例", Comparator::le, 3, "%", "不超过3%"),
                                       threshold_fact("首付比例", Comparator::ge, 20, "%", "不低于20%")};
  const auto changes = compare_facts(old_facts, new_facts);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].subject == "保证金比例");
}
