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

TEST_CASE("a clause gains a penalty before an unchanged one: the new bounds added, the old ones unchanged") {
  // 道路运输条例 第七十五条 2022 → 第七十四条 2023: 处200元以上2000元以下 inserted before 处5000元以上2万元以下.
  const auto fine = [](Comparator op, double value, const char* text) {
    return threshold_fact("处", op, value, "元", text);
  };
  const std::vector<Fact> old_facts = {fine(Comparator::ge, 5000, "5000元以上"),
                                       fine(Comparator::le, 20000, "2万元以下")};
  const std::vector<Fact> new_facts = {fine(Comparator::ge, 200, "200元以上"), fine(Comparator::le, 2000, "2000元以下"),
                                       fine(Comparator::ge, 5000, "5000元以上"),
                                       fine(Comparator::le, 20000, "2万元以下")};
  const auto changes = compare_facts(old_facts, new_facts);
  REQUIRE(changes.size() == 2);
  for (const FactChange& c : changes) CHECK(c.old_fact == nullptr);
  CHECK(changes[0].new_fact->text == "200元以上");
  CHECK(changes[1].new_fact->text == "2000元以下");

  // As many bounds on both sides: edited in order (处5000元以上 → 处3000元以上), not by equal value.
  const std::vector<Fact> edited = {fine(Comparator::ge, 3000, "3000元以上"), fine(Comparator::le, 5000, "5000元以下")};
  const auto in_order = compare_facts(old_facts, edited);  // the changes point into both vectors
  REQUIRE(in_order.size() == 2);
  CHECK(in_order[0].old_fact->text == "5000元以上");
  CHECK(in_order[0].new_fact->text == "3000元以上");
}

TEST_CASE("two merged articles that stated the same fine: stated once in the article they became, no change") {
  // 会计法 2017 第四十三、四十四条 each 处五千元以上十万元以下; 2024 第四十一条 (their merger) once, here unchanged.
  const auto fine = [](Comparator op, double value, const char* text) {
    return threshold_fact("可以对单位并处", op, value, "元", text);
  };
  const std::vector<Fact> first = {fine(Comparator::ge, 5000, "五千元以上"),
                                   fine(Comparator::le, 100000, "十万元以下")};
  const std::vector<Fact> second = {fine(Comparator::ge, 5000, "五千元以上"),
                                    fine(Comparator::le, 100000, "十万元以下")};
  const std::vector<Fact> merged = {fine(Comparator::ge, 5000, "五千元以上"),
                                    fine(Comparator::le, 100000, "十万元以下")};
  CHECK(compare_facts(FactGroups{&first, &second}, FactGroups{&merged}).empty());

  // Raised in the merger: one change per bound, not two.
  const std::vector<Fact> raised = {fine(Comparator::ge, 200000, "二十万元以上"),
                                    fine(Comparator::le, 2000000, "二百万元以下")};
  const auto changes = compare_facts(FactGroups{&first, &second}, FactGroups{&raised});
  REQUIRE(changes.size() == 2);
  for (const FactChange& c : changes) CHECK((c.old_fact != nullptr && c.new_fact != nullptr));

  // One clause that says a figure twice keeps both: against one, one is removed.
  const std::vector<Fact> twice = {fine(Comparator::ge, 5000, "五千元以上"), fine(Comparator::ge, 5000, "五千元以上")};
  const std::vector<Fact> once = {fine(Comparator::ge, 5000, "五千元以上")};
  const auto removed = compare_facts(FactGroups{&twice}, FactGroups{&once});
  REQUIRE(removed.size() == 1);
  CHECK(removed[0].new_fact == nullptr);
}

TEST_CASE("lineage statements pair by verb, or across verbs only for the same target") {
  using Kind = facts::Repeal::Kind;
  // 行政复议法 2017 → 2023: its 同时废止 went, a 题注's 修订 came: two changes, not one.
  const std::vector<Fact> old_facts = {lineage_fact(Kind::repeal, "《行政复议条例》", "《行政复议条例》同时废止")};
  const std::vector<Fact> new_facts = {lineage_fact(Kind::revision, "", "2023年9月1日…修订")};
  const auto changes = compare_facts(old_facts, new_facts);
  REQUIRE(changes.size() == 2);
  CHECK((changes[0].old_fact && !changes[0].new_fact));
  CHECK((!changes[1].old_fact && changes[1].new_fact));
  // 停止执行《X》 → 废止《X》: one change of what happens to X, even beside another repeal.
  const std::vector<Fact> suspended = {lineage_fact(Kind::suspension, "《X办法》", "《X办法》停止执行")};
  const std::vector<Fact> repealed = {lineage_fact(Kind::repeal, "《Y通知》", "《Y通知》同时废止"),
                                      lineage_fact(Kind::repeal, "《X办法》", "《X办法》同时废止")};
  const auto verb_changed = compare_facts(suspended, repealed);
  REQUIRE(verb_changed.size() == 2);
  CHECK(verb_changed[0].old_fact->text == "《X办法》停止执行");
  CHECK(verb_changed[0].new_fact->text == "《X办法》同时废止");
  CHECK((!verb_changed[1].old_fact && verb_changed[1].new_fact->text == "《Y通知》同时废止"));
}
