#include <doctest/doctest.h>

#include <algorithm>

#include "diff/clause_align.hpp"
#include "diff/hand_built.hpp"

using namespace clausecheck;
using namespace clausecheck::diff;
using clausecheck::test::clause;
using clausecheck::test::cn;

namespace {

// Twelve measures of distinct wording, as a 若干措施 lists them.
const std::vector<std::string> kMeasures = {
    "分期缴纳城市基础设施配套费，最长不超过6个月。",
    "优化联合验收备案制度，精简综合验收备案资料。",
    "优化房屋网签备案服务，全面实现商品房网签即备案。",
    "全面推行交房即交证，推动新建商品房完成首次登记。",
    "推行小区停车位办理不动产权证，有效盘活现有资产。",
    "实行多样化回迁安置，缩短回迁安置周期。",
    "支持团购在售商品住房，解决职工住房问题。",
    "完善配套设施建设，大力推进15分钟便民服务圈建设。",
    "为新市民进城购房提供购房优惠，享受城区人口同等政策。",
    "支持农民工进城购房，简化农业转移人口购房落户手续。",
    "扩大住房有效需求，支持购买存量商品房用于保障房。",
    "推进租购并举，将存量房转为租赁住房。",
};

std::vector<Clause> numbered(const std::vector<std::string>& texts) {
  std::vector<Clause> out;
  for (std::size_t k = 0; k < texts.size(); ++k) out.push_back(clause(cn(static_cast<int>(k) + 1), texts[k]));
  return out;
}

int count(const std::vector<ClauseChange>& changes, ClauseChangeKind kind) {
  return static_cast<int>(
      std::count_if(changes.begin(), changes.end(), [&](const ClauseChange& c) { return c.kind == kind; }));
}

const ClauseChange& by_new_path(const std::vector<ClauseChange>& changes, const std::string& path) {
  for (const ClauseChange& c : changes)
    if (c.new_path == path) return c;
  FAIL("no clause at new path " << path);
  return changes.front();
}

}  // namespace

TEST_CASE("identical clause lists: every clause unchanged") {
  const auto changes = align_clauses(numbered(kMeasures), numbered(kMeasures));
  REQUIRE(changes.size() == kMeasures.size());
  CHECK(count(changes, ClauseChangeKind::unchanged) == 12);
  CHECK(changes[3].old_path == "四");
  CHECK(changes[3].new_path == "四");
}

TEST_CASE("a clause inserted after 三: one insertion, every later clause renumbered, nothing modified") {
  auto revised = kMeasures;
  revised.insert(revised.begin() + 3, "建立房地产市场监测预警机制，按月发布市场运行情况。");
  const auto changes = align_clauses(numbered(kMeasures), numbered(revised));
  REQUIRE(changes.size() == 13);
  CHECK(count(changes, ClauseChangeKind::inserted) == 1);
  CHECK(count(changes, ClauseChangeKind::renumbered) == 9);
  CHECK(count(changes, ClauseChangeKind::unchanged) == 3);
  CHECK(count(changes, ClauseChangeKind::modified) == 0);
  CHECK(changes[3].kind == ClauseChangeKind::inserted);
  CHECK(changes[3].new_path == "四");
  CHECK(changes[3].old_path.empty());
  CHECK(changes[4].old_path == "四");
  CHECK(changes[4].new_path == "五");
  CHECK(changes[12].old_path == "十二");
  CHECK(changes[12].new_path == "十三");
}

TEST_CASE("a deleted clause stands where it was; the clauses after it move up") {
  auto revised = kMeasures;
  revised.erase(revised.begin() + 5);
  const auto changes = align_clauses(numbered(kMeasures), numbered(revised));
  REQUIRE(changes.size() == 12);
  CHECK(changes[5].kind == ClauseChangeKind::deleted);
  CHECK(changes[5].old_path == "六");
  CHECK(changes[5].new_path.empty());
  CHECK(count(changes, ClauseChangeKind::renumbered) == 6);
}

TEST_CASE("a clause moved to another place is moved, not deleted and inserted") {
  auto revised = kMeasures;
  const std::string moved = revised[1];
  revised.erase(revised.begin() + 1);
  revised.insert(revised.begin() + 8, moved);
  const auto changes = align_clauses(numbered(kMeasures), numbered(revised));
  CHECK(count(changes, ClauseChangeKind::moved) == 1);
  CHECK(count(changes, ClauseChangeKind::inserted) == 0);
  CHECK(count(changes, ClauseChangeKind::deleted) == 0);
  const ClauseChange& m = by_new_path(changes, "九");
  CHECK(m.kind == ClauseChangeKind::moved);
  CHECK(m.old_path == "二");
}

TEST_CASE("an edited clause is modified, with its redline and its similarity") {
  auto revised = kMeasures;
  revised[0] = "分期缴纳城市基础设施配套费，最长不超过12个月。";
  const auto changes = align_clauses(numbered(kMeasures), numbered(revised));
  const ClauseChange& c = by_new_path(changes, "一");
  CHECK(c.kind == ClauseChangeKind::modified);
  CHECK(c.old_path == "一");
  CHECK(c.similarity > 0.8);
  CHECK(c.similarity < 1.0);
  REQUIRE(c.redline.size() == 4);
  CHECK(c.redline[1] == RedlinePiece{RedlineOp::deleted, "6"});
  CHECK(c.redline[2] == RedlinePiece{RedlineOp::inserted, "12"});
  CHECK(count(changes, ClauseChangeKind::unchanged) == 11);
}

TEST_CASE("unrelated clause lists: all deleted and inserted, no pairing below the threshold") {
  const std::vector<std::string> other = {
      "切实提高对见义勇为工作的认识，全面加强对见义勇为工作的领导。",
      "巩固见义勇为组织建设成果，充分发挥各级见义勇为组织作用。",
      "认真落实奖励保障政策措施，切实维护见义勇为人员合法权益。",
  };
  const auto changes = align_clauses(numbered(kMeasures), numbered(other));
  CHECK(changes.size() == 15);
  CHECK(count(changes, ClauseChangeKind::deleted) == 12);
  CHECK(count(changes, ClauseChangeKind::inserted) == 3);
}

TEST_CASE("an item moved between sections is moved; an item inserted and one deleted in other sections") {
  auto section = [](const std::string& label, const std::string& heading, std::vector<Clause> items) {
    Clause c = clause(label, heading, std::move(items));
    return c;
  };
  auto item = [](int n, const std::string& text) { return clause("（" + cn(n) + "）", text, {}, 2); };
  const std::vector<Clause> old_tree = {
      section("一", "总体要求", {item(1, kMeasures[0]), item(2, kMeasures[1])}),
      section("二", "产业振兴", {item(3, kMeasures[2]), item(4, kMeasures[3]), item(5, kMeasures[4])}),
      section("三", "公共服务", {item(6, kMeasures[5]), item(7, kMeasures[6])}),
  };
  const std::vector<Clause> new_tree = {
      section("一", "总体要求", {item(1, kMeasures[0]), item(2, kMeasures[1]), item(3, kMeasures[11])}),
      section("二", "产业振兴", {item(4, kMeasures[2]), item(5, kMeasures[4])}),
      section("三", "公共服务", {item(6, kMeasures[5]), item(7, kMeasures[6]), item(8, kMeasures[3])}),
  };
  const auto changes = align_clauses(old_tree, new_tree);
  CHECK(by_new_path(changes, "一/（三）").kind == ClauseChangeKind::inserted);
  const ClauseChange& moved = by_new_path(changes, "三/（八）");
  CHECK(moved.kind == ClauseChangeKind::moved);
  CHECK(moved.old_path == "二/（四）");
  CHECK(by_new_path(changes, "二/（四）").old_path == "二/（三）");
  CHECK(by_new_path(changes, "二/（四）").kind == ClauseChangeKind::renumbered);
  CHECK(by_new_path(changes, "二").kind == ClauseChangeKind::unchanged);
  CHECK(count(changes, ClauseChangeKind::moved) == 1);
  CHECK(count(changes, ClauseChangeKind::deleted) == 0);
}

TEST_CASE("a clause moved and edited is moved, with its redline") {
  auto revised = kMeasures;
  std::string moved = revised[2];
  moved.replace(moved.find("全面实现"), std::string("全面实现").size(), "逐步实现");
  revised.erase(revised.begin() + 2);
  revised.push_back(moved);
  const auto changes = align_clauses(numbered(kMeasures), numbered(revised));
  const ClauseChange& m = by_new_path(changes, "十二");
  CHECK(m.kind == ClauseChangeKind::moved);
  CHECK(m.old_path == "三");
  CHECK(m.similarity < 1.0);
  CHECK(std::find(m.redline.begin(), m.redline.end(), RedlinePiece{RedlineOp::inserted, "逐步"}) != m.redline.end());
  CHECK(count(changes, ClauseChangeKind::moved) == 1);
  CHECK(count(changes, ClauseChangeKind::modified) == 0);
}

TEST_CASE("empty clause lists on either side") {
  CHECK(align_clauses({}, {}).empty());
  const auto all_new = align_clauses({}, numbered(kMeasures));
  CHECK(count(all_new, ClauseChangeKind::inserted) == 12);
  const auto all_gone = align_clauses(numbered(kMeasures), {});
  CHECK(count(all_gone, ClauseChangeKind::deleted) == 12);
  CHECK(all_gone[0].old_path == "一");
}

TEST_CASE("past 128 unpaired clauses, each edited clause still pairs with its own near its place") {
  // 600 clauses of one wording but their figures, each edited: more than the window's 2 × 64,
  // so each old clause is compared only with the new ones near its relative place.
  std::vector<Clause> old_clauses, new_clauses;
  for (int k = 0; k < 600; ++k) {
    const std::string n = std::to_string(k);
    old_clauses.push_back(clause(n, "第" + n + "批项目自受理之日起" + n + "日内完成审查，逾期视为同意。"));
    new_clauses.push_back(clause(n, "第" + n + "批项目自受理之日起" + n + "个工作日内完成审查，逾期视为同意。"));
  }
  const auto changes = align_clauses(old_clauses, new_clauses);
  REQUIRE(changes.size() == 600);
  CHECK(count(changes, ClauseChangeKind::modified) == 600);
  CHECK(std::all_of(changes.begin(), changes.end(), [](const ClauseChange& c) { return c.old_path == c.new_path; }));
}

TEST_CASE("articles regrouped under new chapters pair across levels; an item does not pair with an article") {
  const auto article = [](int n, const std::string& text, int level) {
    Clause c = clause("第" + cn(n) + "条", text, {}, level);
    c.number.style = NumberStyle::article;
    return c;
  };
  const auto chapter = [](int n, const std::string& text, std::vector<Clause> articles) {
    Clause c = clause("第" + cn(n) + "章", text, std::move(articles));
    c.number.style = NumberStyle::chapter;
    return c;
  };
  // A law without chapters (国务院组织法 1982) against its revision in two chapters, the third
  // article edited: every article keeps its partner although its depth went from 1 to 2.
  std::vector<Clause> old_law;
  for (int k = 0; k < 4; ++k) old_law.push_back(article(k + 1, kMeasures[static_cast<std::size_t>(k)], 1));
  std::string edited = kMeasures[2];
  edited.replace(edited.find("全面"), 6, "逐步");
  const std::vector<Clause> new_law = {
      chapter(1, "总则", {article(1, kMeasures[0], 2), article(2, kMeasures[1], 2)}),
      chapter(2, "服务", {article(3, edited, 2), article(4, kMeasures[3], 2)}),
  };
  const auto changes = align_clauses(old_law, new_law);
  CHECK(count(changes, ClauseChangeKind::deleted) == 0);
  CHECK(count(changes, ClauseChangeKind::inserted) == 2);  // the two chapters
  const ClauseChange& third = by_new_path(changes, "第二章/第三条");
  CHECK(third.old_path == "第三条");
  // The chapters added are the structural change, reported once each: the articles under
  // them are not moved, only edited (三) or given another path (一, 二, 四).
  CHECK(third.kind == ClauseChangeKind::modified);
  CHECK(count(changes, ClauseChangeKind::moved) == 0);
  CHECK(count(changes, ClauseChangeKind::renumbered) == 3);
  // An item of the same text is another kind of unit: it stays apart from the article.
  std::vector<Clause> as_item = {clause("（一）", kMeasures[0], {}, 2)};
  as_item.front().number.style = NumberStyle::cn_paren;
  const auto apart = align_clauses({article(1, kMeasures[0], 1)}, {chapter(1, "总则", as_item)});
  CHECK(count(apart, ClauseChangeKind::deleted) == 1);
}

TEST_CASE("an article reworded in place below the threshold pairs by its neighbours; an unrelated one does not") {
  // 道路运输条例 第五十三条, 2019 → 2022: same subject and place, new wording (Dice < 0.5).
  auto revised = kMeasures;
  const std::string old_text = "县级以上人民政府交通主管部门应当加强对道路运输管理机构实施道路运输管理工作的指导监督。";
  const std::string new_text =
      "县级以上地方人民政府交通运输、公安、市场监督管理等部门应当建立信息共享和协同监管机制，"
      "按照职责分工加强对道路运输及相关业务的监督管理。";
  auto original = kMeasures;
  original[5] = old_text;
  revised[5] = new_text;
  const auto changes = align_clauses(numbered(original), numbered(revised));
  const ClauseChange& c = by_new_path(changes, "六");
  CHECK(c.kind == ClauseChangeKind::modified);
  CHECK(c.old_path == "六");
  CHECK(c.similarity < 0.5);
  CHECK(count(changes, ClauseChangeKind::unchanged) == 11);

  revised[5] = "切实提高对见义勇为工作的认识，全面加强对见义勇为工作的领导。";
  const auto unrelated = align_clauses(numbered(original), numbered(revised));
  CHECK(by_new_path(unrelated, "六").kind == ClauseChangeKind::inserted);
  CHECK(count(unrelated, ClauseChangeKind::deleted) == 1);
}

TEST_CASE("an article split in two: the piece split off names its source; joined again: merged") {
  // 二 of `joined` holds the texts of 二 and 三: one of them pairs with it, the other is a piece.
  auto joined = kMeasures;
  joined[1] = kMeasures[1] + kMeasures[2];
  joined.erase(joined.begin() + 2);
  const auto split = align_clauses(numbered(joined), numbered(kMeasures));
  CHECK(count(split, ClauseChangeKind::split) == 1);
  CHECK(count(split, ClauseChangeKind::modified) == 1);
  CHECK(count(split, ClauseChangeKind::inserted) == 0);
  for (const char* path : {"二", "三"}) {
    const ClauseChange& c = by_new_path(split, path);
    CHECK(c.old_path == "二");
    if (c.kind == ClauseChangeKind::split) CHECK(c.similarity > 0.8);  // the piece's share found in 二 only
  }

  const auto merged = align_clauses(numbered(kMeasures), numbered(joined));
  CHECK(count(merged, ClauseChangeKind::deleted) == 0);
  CHECK(count(merged, ClauseChangeKind::merged) == 1);
  CHECK(count(merged, ClauseChangeKind::modified) == 1);
  for (const ClauseChange& c : merged)
    if (c.kind == ClauseChangeKind::merged || c.kind == ClauseChangeKind::modified) CHECK(c.new_path == "二");
}

TEST_CASE("an article moved to another chapter and grown below the threshold pairs by covering; an unrelated one not") {
  const auto article = [](int n, const std::string& text) {
    Clause c = clause("第" + cn(n) + "条", text, {}, 2);
    c.number.style = NumberStyle::article;
    return c;
  };
  const auto chapter = [](int n, std::vector<Clause> articles) {
    Clause c = clause("第" + cn(n) + "章", "", std::move(articles));
    c.number.style = NumberStyle::chapter;
    return c;
  };
  const std::string grown = kMeasures[2] +
                            "建立健全住房保障体系，完善公共租赁住房分配和退出管理机制，加强对保障性住房建设的监督检查。"
                            "对违反规定骗取住房保障待遇的，依法追回并记入信用档案。";
  const std::string deleted_text = "切实提高对见义勇为工作的认识，全面加强对见义勇为工作的领导。";
  const std::string inserted_text = "各级财政部门应当按照预算管理规定，及时足额拨付专项资金并公开使用情况。";
  // Old: 第一章 一–六 with 三 the one that moves, 第二章 七–十二 and a thirteenth that is deleted.
  std::vector<Clause> first, second;
  for (int k = 0; k < 6; ++k) first.push_back(article(k + 1, kMeasures[static_cast<std::size_t>(k)]));
  for (int k = 6; k < 12; ++k) second.push_back(article(k + 1, kMeasures[static_cast<std::size_t>(k)]));
  second.push_back(article(13, deleted_text));
  const std::vector<Clause> old_law = {chapter(1, first), chapter(2, second)};
  // New: 三 leaves 第一章, grown by a sentence, for the end of 第二章; an unrelated article inserted.
  std::vector<Clause> new_first, new_second;
  for (int k : {0, 1, 3, 4, 5})
    new_first.push_back(article(static_cast<int>(new_first.size()) + 1, kMeasures[static_cast<std::size_t>(k)]));
  for (int k = 6; k < 12; ++k) new_second.push_back(article(k, kMeasures[static_cast<std::size_t>(k)]));
  new_second.push_back(article(12, grown));
  new_second.push_back(article(13, inserted_text));
  const std::vector<Clause> new_law = {chapter(1, new_first), chapter(2, new_second)};

  const auto changes = align_clauses(old_law, new_law);
  const ClauseChange& moved = by_new_path(changes, "第二章/第十二条");
  CHECK(moved.old_path == "第一章/第三条");
  CHECK(moved.kind == ClauseChangeKind::moved);
  CHECK(moved.similarity > 0.9);  // not the Dice of the two texts (under 0.5): the share of 三 found in 十二
  CHECK(!moved.redline.empty());
  CHECK(by_new_path(changes, "第二章/第十三条").kind == ClauseChangeKind::inserted);
  CHECK(count(changes, ClauseChangeKind::deleted) == 1);  // 第十三条, whose words are nowhere in the new law
}

TEST_CASE("articles that became items of another article: merged into it, not deleted") {
  // 反间谍法 2014 → 2023: 第二十九、三十、三十三条 became items of 第六十条.
  const auto article = [](int n, const std::string& text, std::vector<Clause> items = {}) {
    Clause c = clause("第" + cn(n) + "条", text, std::move(items), 1);
    c.number.style = NumberStyle::article;
    return c;
  };
  const auto item = [](int n, const std::string& text) {
    Clause c = clause("（" + cn(n) + "）", text, {}, 2);
    c.number.style = NumberStyle::cn_paren;
    return c;
  };
  std::vector<Clause> old_law, new_law;
  for (int k = 0; k < 8; ++k) old_law.push_back(article(k + 1, kMeasures[static_cast<std::size_t>(k)]));
  for (int k = 0; k < 3; ++k) new_law.push_back(article(k + 1, kMeasures[static_cast<std::size_t>(k)]));
  new_law.push_back(article(4, "下列措施由住房城乡建设部门负责实施：", {item(1, kMeasures[3]), item(2, kMeasures[4])}));
  for (int k = 5; k < 8; ++k) new_law.push_back(article(k, kMeasures[static_cast<std::size_t>(k)]));
  const auto changes = align_clauses(old_law, new_law);
  CHECK(count(changes, ClauseChangeKind::deleted) == 0);
  int merged_into_fourth = 0;
  for (const ClauseChange& c : changes)
    if (c.kind == ClauseChangeKind::merged) merged_into_fourth += c.new_path == "第四条";
  CHECK(merged_into_fourth == 1);
  CHECK(by_new_path(changes, "第六条").old_path == "第七条");
}

namespace {

Clause statute_article(int n, const std::string& text) {
  Clause c = clause("第" + cn(n) + "条", text);
  c.number.style = NumberStyle::article;
  return c;
}

// 会计法 2017 → 2024: two penalty articles that share their 尚不构成犯罪
// paragraph word for word, and the article that joined them.
const std::string kForge =
    "伪造、变造会计凭证、会计帐簿，编制虚假财务会计报告，构成犯罪的，依法追究刑事责任。"
    "有前款行为，尚不构成犯罪的，由县级以上人民政府财政部门予以通报，可以对单位并处五千元以上十万元以下的罚款；"
    "对其直接负责的主管人员和其他直接责任人员，可以处三千元以上五万元以下的罚款。";
const std::string kHide =
    "隐匿或者故意销毁依法应当保存的会计凭证、会计帐簿、财务会计报告，构成犯罪的，依法追究刑事责任。"
    "有前款行为，尚不构成犯罪的，由县级以上人民政府财政部门予以通报，可以对单位并处五千元以上十万元以下的罚款；"
    "对其直接负责的主管人员和其他直接责任人员，可以处三千元以上五万元以下的罚款。";
const std::string kJoined =
    "伪造、变造会计凭证、会计账簿，编制虚假财务会计报告，隐匿或者故意销毁依法应当保存的会计凭证、会计账簿、"
    "财务会计报告的，由县级以上人民政府财政部门责令限期改正，给予警告、通报批评，没收违法所得，"
    "可以并处二十万元以上二百万元以下的罚款；对其直接负责的主管人员和其他直接责任人员，可以处十万元以上五十万元以下的罚"
    "款；"
    "构成犯罪的，依法追究刑事责任。";
// What the 2024 law says of 伪造 alone, had it dropped 隐匿: the shared paragraph is still there, 隐匿's own words not.
const std::string kForgeAlone =
    "伪造、变造会计凭证、会计账簿，编制虚假财务会计报告的，由县级以上人民政府财政部门责令限期改正，给予警告、"
    "通报批评，没收违法所得，可以并处二十万元以上二百万元以下的罚款；对其直接负责的主管人员和其他直接责任人员，"
    "可以处十万元以上五十万元以下的罚款；构成犯罪的，依法追究刑事责任。";

// 第一至五条 kMeasures, then `middle`, then 第…条 kMeasures[5…9].
std::vector<Clause> law_around(const std::vector<std::string>& middle) {
  std::vector<Clause> out;
  for (std::size_t k = 0; k < 5; ++k) out.push_back(statute_article(static_cast<int>(out.size()) + 1, kMeasures[k]));
  for (const std::string& text : middle) out.push_back(statute_article(static_cast<int>(out.size()) + 1, text));
  for (std::size_t k = 5; k < 10; ++k) out.push_back(statute_article(static_cast<int>(out.size()) + 1, kMeasures[k]));
  return out;
}

}  // namespace

TEST_CASE("two articles that shared most of their wording merged into one: merged, not deleted") {
  const auto changes = align_clauses(law_around({kForge, kHide}), law_around({kJoined}));
  CHECK(count(changes, ClauseChangeKind::deleted) == 0);
  CHECK(count(changes, ClauseChangeKind::merged) == 1);
  int into_sixth = 0;  // the pair and the piece both go to 第六条
  for (const ClauseChange& c : changes)
    if (c.old_path == "第六条" || c.old_path == "第七条") into_sixth += c.new_path == "第六条";
  CHECK(into_sixth == 2);
  CHECK(by_new_path(changes, "第七条").old_path == "第八条");
}

TEST_CASE("an article split into two that share most of their wording: split, not inserted") {
  const auto changes = align_clauses(law_around({kJoined}), law_around({kForge, kHide}));
  CHECK(count(changes, ClauseChangeKind::inserted) == 0);
  CHECK(count(changes, ClauseChangeKind::split) == 1);
  CHECK(by_new_path(changes, "第六条").old_path == "第六条");
  CHECK(by_new_path(changes, "第七条").old_path == "第六条");
}

TEST_CASE(
    "a deleted article whose shared wording is in its neighbour's successor but whose own words are not: deleted") {
  // 隐匿 dropped: its 尚不构成犯罪 paragraph is in the new 第六条 as much as 伪造's, its own words are nowhere.
  const auto changes = align_clauses(law_around({kForge, kHide}), law_around({kForgeAlone}));
  CHECK(count(changes, ClauseChangeKind::merged) == 0);
  CHECK(count(changes, ClauseChangeKind::deleted) == 1);
  CHECK(by_new_path(changes, "第六条").old_path == "第六条");
}

namespace {

// 行政复议法 2017 第十条: who applies, and (its last paragraph) who may act for them.
const std::string kApplicant =
    "依照本法申请行政复议的公民、法人或者其他组织是申请人。有权申请行政复议的公民死亡的，其近亲属可以申请行政复议。";
const std::string kAgent = "申请人、第三人可以委托代理人代为参加行政复议。";
// 2023 第十七条: that paragraph grown into an article of its own.
const std::string kAgentArticle =
    "申请人、第三人可以委托一至二名律师、基层法律服务工作者或者其他代理人代为参加行政复议。"
    "申请人、第三人委托代理人的，应当向行政复议机构提交授权委托书、委托人及被委托人的身份证明文件。"
    "授权委托书应当载明委托事项、权限和期限。";

Clause with_paragraphs(int n, const std::vector<std::string>& paragraphs) {
  Clause c = statute_article(n, paragraphs.front());
  for (std::size_t k = 1; k < paragraphs.size(); ++k) c.body.push_back(make_paragraph(paragraphs[k], 0));
  return c;
}

// law_around with 第六条 of the given paragraphs and, when `grown` is not empty, a 第七条 of it.
std::vector<Clause> law_with_sixth(const std::vector<std::string>& sixth, const std::string& grown) {
  std::vector<Clause> out =
      law_around(grown.empty() ? std::vector<std::string>{""} : std::vector<std::string>{"", grown});
  out[5] = with_paragraphs(6, sixth);
  return out;
}

}  // namespace

TEST_CASE("a paragraph that became an article of its own, grown by new sentences: split off from its article") {
  const auto changes =
      align_clauses(law_with_sixth({kApplicant, kAgent}, ""), law_with_sixth({kApplicant}, kAgentArticle));
  const ClauseChange& grown = by_new_path(changes, "第七条");
  CHECK(grown.kind == ClauseChangeKind::split);
  CHECK(grown.old_path == "第六条");
  CHECK(by_new_path(changes, "第六条").old_path == "第六条");
  CHECK(count(changes, ClauseChangeKind::inserted) == 0);
}

TEST_CASE("a new article that repeats a paragraph its neighbour kept: inserted, not split") {
  // 第六条 keeps its 代理人 paragraph: the new article's words are in its old partner as much as in it.
  const auto changes =
      align_clauses(law_with_sixth({kApplicant, kAgent}, ""), law_with_sixth({kApplicant, kAgent}, kAgentArticle));
  CHECK(by_new_path(changes, "第七条").kind == ClauseChangeKind::inserted);
  CHECK(count(changes, ClauseChangeKind::split) == 0);
}
