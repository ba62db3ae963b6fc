#include <doctest/doctest.h>

#include "diff/redline.hpp"

using namespace clausecheck::diff;

namespace {
RedlinePiece del(std::string t) { return {RedlineOp::deleted, std::move(t)}; }
RedlinePiece ins(std::string t) { return {RedlineOp::inserted, std::move(t)}; }
RedlinePiece eq(std::string t) { return {RedlineOp::equal, std::move(t)}; }
}  // namespace

TEST_CASE("identical texts: one equal piece") {
  CHECK(make_redline("有效期一年。", "有效期一年。") == Redline{eq("有效期一年。")});
}

TEST_CASE("a changed CJK character is one deletion and one insertion") {
  CHECK(make_redline("缓缴时间半年。", "缓缴时间一年。") == Redline{eq("缓缴时间"), del("半"), ins("一"), eq("年。")});
}

TEST_CASE("a number grows to the whole number: 40万元 → 50万元 reads 40 → 50") {
  CHECK(make_redline("最高贷款额度为40万元", "最高贷款额度为50万元") ==
        Redline{eq("最高贷款额度为"), del("40"), ins("50"), eq("万元")});
  CHECK(make_redline("2023年12月31日前", "2024年12月31日前") == Redline{del("2023"), ins("2024"), eq("年12月31日前")});
  CHECK(make_redline("不超过2%", "不超过2.5%") == Redline{eq("不超过"), del("2"), ins("2.5"), eq("%")});
}

TEST_CASE("a changed Latin word is one deletion and one insertion, not letters") {
  CHECK(make_redline("the apple tree", "the apply tree") ==
        Redline{eq("the "), del("apple"), ins("apply"), eq(" tree")});
}

TEST_CASE("short equal runs between edits fold into one change instead of confetti") {
  // 比率不超过 → 比例不得超过: 不 between two one-character edits folds in.
  CHECK(make_redline("最高比率不超过", "最高比例不得超过") ==
        Redline{eq("最高比"), del("率不"), ins("例不得"), eq("超过")});
  // Edits far apart stay apart.
  const Redline apart = make_redline("鼓励商业银行降低按揭贷款保证金比例", "支持商业银行提高按揭贷款保证金比例");
  CHECK(apart == Redline{del("鼓励"), ins("支持"), eq("商业银行"), del("降低"), ins("提高"), eq("按揭贷款保证金比例")});
}

TEST_CASE("pure insertion and pure deletion") {
  CHECK(make_redline("", "新增条款") == Redline{ins("新增条款")});
  CHECK(make_redline("原条款全文", "") == Redline{del("原条款全文")});
  CHECK(make_redline("支持团购商品住房", "支持团购在售商品住房") ==
        Redline{eq("支持团购"), ins("在售"), eq("商品住房")});
}

TEST_CASE("thousands of edits fold and grow as a few do") {
  // Two-character edits with one equal character between them fold into one change.
  std::string old_text, new_text;
  for (int i = 0; i < 2000; ++i) old_text += "甲乙中", new_text += "丙丁中";
  const Redline folded = make_redline(old_text + "。附则", new_text + "。附则");
  REQUIRE(folded.size() == 3);
  CHECK(folded[0] == del(old_text.substr(0, old_text.size() - 3)));
  CHECK(folded[1] == ins(new_text.substr(0, new_text.size() - 3)));
  CHECK(folded[2] == eq("中。附则"));
  // One-digit edits inside numbers, 年 between: each grows to its number, none folds.
  old_text.clear(), new_text.clear();
  for (int i = 0; i < 500; ++i) old_text += "121年", new_text += "122年";
  const Redline grown = make_redline(old_text + "。", new_text + "。");
  REQUIRE(grown.size() == 1500);
  CHECK(grown[0] == del("121"));
  CHECK(grown[1] == ins("122"));
  CHECK(grown[2] == eq("年"));
  CHECK(grown[1499] == eq("年。"));
  // A change at each end of a 40,000-digit number grows over all of it.
  const std::string digits(40000, '7');
  CHECK(make_redline("甲1" + digits + "1乙", "甲2" + digits + "2乙") ==
        Redline{eq("甲"), del("1" + digits + "1"), ins("2" + digits + "2"), eq("乙")});
}
