#include <doctest/doctest.h>

#include <algorithm>
#include <utility>

#include "facts_helpers.hpp"

using namespace clausecheck;
using namespace clausecheck::test;

namespace {
std::vector<Fact> facts_in(const std::string& text) { return extract(text).clause_facts(); }
}  // namespace

TEST_CASE("dates with their precision") {
  auto dates = of<facts::DateFact>(facts_in("2023年3月4日召开会议，2023年4月开始，2023年启动。"));
  REQUIRE(dates.size() == 3);
  CHECK(dates[0].date == d(2023, 3, 4));
  CHECK(dates[1].date == d(2023, 4));
  CHECK(dates[2].date == d(2023));
  CHECK(first<facts::DateFact>(facts_in("二〇二三年三月四日")).date == d(2023, 3, 4));
  CHECK(first<facts::DateFact>(facts_in("于2023 年 1 月 4 日")).date == d(2023, 1, 4));
  CHECK(first<facts::DateFact>(facts_in("于2023-03-04发布")).date == d(2023, 3, 4));
  CHECK(first<facts::DateFact>(facts_in("于2023.3.4发布")).date == d(2023, 3, 4));
  CHECK(first<facts::DateFact>(facts_in("是2017 年末的近两倍")).date == d(2017, 12, 31));
}

TEST_CASE("a date without a year takes the document's") {
  CHECK(first<facts::DateFact>(extract("5月1日召开", 2024).clause_facts()).date == d(2024, 5, 1));
}

TEST_CASE("2035年远景目标 is a year, not a date of effect") {
  auto r = extract("《第十四个五年规划和2035年远景目标纲要》");
  auto dates = of<facts::DateFact>(r.clause_facts());
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].date == d(2035));
  CHECK(of<facts::Effective>(r.document_facts()).empty());
  CHECK(of<facts::Duration>(r.clause_facts()).empty());
}

TEST_CASE("periods") {
  auto p = of<facts::Period>(facts_in("自2023年1月1日至2023年12月31日，对出售"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].from == d(2023, 1, 1));
  CHECK(p[0].to == d(2023, 12, 31));
  CHECK(texts<facts::Period>(facts_in("自2023年1月1日至2023年12月31日，对出售"))[0] ==
        "自2023年1月1日至2023年12月31日");
  p = of<facts::Period>(facts_in("2023年1月1日起至2023年12月31日止"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].to == d(2023, 12, 31));
  p = of<facts::Period>(facts_in("实施2023—2025年行动"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].from == d(2023));
  CHECK(p[0].to == d(2025));
  p = of<facts::Period>(facts_in("2023-2025年"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].to == d(2025));
  p = of<facts::Period>(facts_in("自2023年1月1日起，"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].from == d(2023, 1, 1));
  CHECK_FALSE(p[0].to);
}

TEST_CASE("a period's end without a year is in its start's year, or the next") {
  // The document's year (2018, from its number) must not be the end's.
  auto p = of<facts::Period>(extract("2019年1月1日至12月31日，对面临暂时性生产经营困难的企业", 2018).clause_facts());
  REQUIRE(p.size() == 1);
  CHECK(p[0].from == d(2019, 1, 1));
  CHECK(p[0].to == d(2019, 12, 31));
  p = of<facts::Period>(facts_in("2023年11月15日至3月15日为供热期"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].to == d(2024, 3, 15));
}

TEST_CASE("a term over before the document was signed is history") {
  const auto role_in = [](const std::string& text, Date signed_on) {
    auto facts = extract(text, static_cast<int>(signed_on.ymd.year()), signed_on).clause_facts();
    REQUIRE(facts.size() >= 1);
    return std::visit(
        [](const auto& v) -> std::optional<facts::DateRole> {
          if constexpr (requires { v.role; }) return v.role;
          return std::nullopt;
        },
        facts[0].value);
  };
  CHECK(role_in("自2004年3月8日至7月7日，马鬃山地震监测共记录到振动事件567次。", d(2004, 11, 4)) ==
        facts::DateRole::history);
  CHECK(role_in("2004年10月31日前，已完成搬迁。", d(2004, 11, 4)) == facts::DateRole::history);
  // Ending on or after the signing day, it is still a term.
  CHECK(role_in("自2004年3月8日至2004年11月4日，暂停审批。", d(2004, 11, 4)) == facts::DateRole::term);
  CHECK(role_in("2004年12月31日前，完成搬迁。", d(2004, 11, 4)) == facts::DateRole::term);
}

TEST_CASE("halves of a year are periods") {
  auto p = of<facts::Period>(facts_in("2023年上半年"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].from == d(2023, 1, 1));
  CHECK(p[0].to == d(2023, 6, 30));
  p = of<facts::Period>(facts_in("2023年下半年"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].from == d(2023, 7, 1));
  CHECK(p[0].to == d(2023, 12, 31));
}

TEST_CASE("deadlines and whether they include their day") {
  auto dl = of<facts::Deadline>(facts_in("2023年12月31日前，房地产企业可申请"));
  REQUIRE(dl.size() == 1);
  CHECK(dl[0].date == d(2023, 12, 31));
  CHECK(dl[0].inclusive);  // the stated day is the last one
  dl = of<facts::Deadline>(facts_in("2023年前完成"));
  REQUIRE(dl.size() == 1);
  CHECK_FALSE(dl[0].inclusive);  // a year names no last day: before 2023
  dl = of<facts::Deadline>(facts_in("截至2023年底，"));
  REQUIRE(dl.size() == 1);
  CHECK(dl[0].date == d(2023, 12, 31));
  CHECK(dl[0].inclusive);
  dl = of<facts::Deadline>(facts_in("到2025年，"));
  REQUIRE(dl.size() == 1);
  CHECK(dl[0].date == d(2025));
  CHECK(dl[0].inclusive);
  dl = of<facts::Deadline>(facts_in("2024年全面消除大班额"));
  REQUIRE(dl.size() == 1);
  CHECK(dl[0].date == d(2024));
  dl = of<facts::Deadline>(facts_in("2023年底前完成"));
  REQUIRE(dl.size() == 1);
  CHECK(dl[0].inclusive);
}

TEST_CASE("a deadline's role: a term of the measure, a goal of a plan, or a condition on who qualifies") {
  using enum facts::DateRole;
  const std::vector<std::pair<std::string, facts::DateRole>> cases = {
      {"2023年12月31日前，房地产企业可申请分期缴纳", term},
      {"应当在2027年6月30日前按照其认购的股份全额缴纳股款", term},
      {"2023年底前完成全市老旧小区的改造", term},  // a 的 alone binds nothing
      {"截至2023年底，", term},
      {"截止到2013年6月30日。", term},                                   // closing its sentence: a term's end
      {"截止至1999年5月31日，依法成立的仲裁委员会名单如下：", history},  // a statement as of that day
      {"（截至2006年5月31日）", history},                                // a list's date
      {"缓缴到2023年12月31日", term},                                    // 到 before a full date: no plan's year
      {"到2025年，服务业增加值年均增长9%左右", goal},
      {"至2025年，", goal},
      {"2024年全面消除大班额", goal},
      {"力争2023年底前建成10个产业园", goal},
      {"对2022年12月31日前申请办理商品房交付备案的房地产开发项目，", condition},
      {"凡2022年12月31日前取得预售许可的项目，", condition},
      {"对于2011年4月30日以前犯罪，依法应当判处管制的", condition},
      {"2011年11月1日前已依法订立中外合作开采陆上石油资源合同的，", condition},
      {"人民法院对2010年12月1日以前已经受理但尚未审结的国家赔偿确认案件", condition},
      {"按照职工本人1997年12月31日以前的指数化月平均缴费工资", condition},
      {"审理1997年9月30日以前发生的刑事案件", condition},
  };
  for (const auto& c : cases) {
    const std::string& text = c.first;
    CAPTURE(text);
    const auto dl = of<facts::Deadline>(facts_in(text));
    REQUIRE(dl.size() == 1);
    CHECK(dl[0].role == c.second);
  }
}

TEST_CASE("after 到2025年 in the clause, later deadlines belong to the plan too") {
  auto dl = of<facts::Deadline>(facts_in("到2025年，全市建成5个中心；2023年12月31日前完成选址。"));
  REQUIRE(dl.size() == 2);
  CHECK(dl[1].role == facts::DateRole::goal);
}

TEST_CASE("durations") {
  auto du = of<facts::Duration>(facts_in("最长不超过6个月，且在当年缴齐"));
  REQUIRE(du.size() == 1);
  CHECK(du[0].value == DurationValue{0, 6, 0, 0});
  CHECK(du[0].op == Comparator::le);
  du = of<facts::Duration>(facts_in("在1年内重新购买住房"));
  REQUIRE(du.size() == 1);
  CHECK(du[0].value == DurationValue{1, 0, 0, 0});
  CHECK(du[0].op == Comparator::le);
  du = of<facts::Duration>(facts_in("缓缴时间半年。"));
  REQUIRE(du.size() == 1);
  CHECK(du[0].value == DurationValue{0, 6, 0, 0});
  CHECK_FALSE(du[0].op);
  du = of<facts::Duration>(facts_in("应当在30个工作日内作出决定"));
  REQUIRE(du.size() == 1);
  CHECK(du[0].value == DurationValue{0, 0, 0, 30});
  du = of<facts::Duration>(facts_in("正常缴存住房公积金满6个月的职工"));
  REQUIRE(du.size() == 1);
  CHECK(du[0].op == Comparator::ge);
  du = of<facts::Duration>(facts_in("缴存社会保险一年以上"));
  REQUIRE(du.size() == 1);
  CHECK(du[0].op == Comparator::ge);
  CHECK(first<facts::Duration>(facts_in("期限为90日")).value == DurationValue{0, 0, 90, 0});
}

TEST_CASE("第十四个五年规划 is not a duration") {
  auto f = facts_in("第十四个五年规划");
  CHECK(of<facts::Duration>(f).empty());
  CHECK(of<facts::QuantityFact>(f).empty());
  CHECK(f.empty());
}

TEST_CASE("quantities normalized") {
  auto q = of<facts::QuantityFact>(facts_in("单职工缴存家庭最高贷款额度为40万元，双职工为50万元。"));
  REQUIRE(q.size() == 2);
  CHECK(q[0].quantity == Quantity{400000, "40万", "万", "元"});
  CHECK(q[1].quantity.value == 500000);
  CHECK(first<facts::QuantityFact>(facts_in("提高到不超过1.2万元")).quantity.value == 12000);
  CHECK(first<facts::QuantityFact>(facts_in("GDP达到3200亿元")).quantity.value == 3200e8);
  CHECK(first<facts::QuantityFact>(facts_in("比率为百分之三十")).quantity == Quantity{30, "百分之三十", "", "%"});
  CHECK(first<facts::QuantityFact>(facts_in("高标准农田达 1032 万亩")).quantity.unit == "亩");
  CHECK(first<facts::QuantityFact>(facts_in("项目１２个")).quantity.value == 12);
}

TEST_CASE("what holds no quantity") {
  CHECK(facts_in("一带一路").empty());
  CHECK(facts_in("深化5G、人工智能等").empty());
  CHECK(facts_in("PM2.5 平均浓度").empty());
  CHECK(facts_in("产业结构由 18.3：42.3：39.4 调整为 18.1：38.9：43。").empty());
  CHECK(facts_in("电话：(0396)2601620").empty());
  CHECK(facts_in("邮编463000").empty());
  CHECK(facts_in("两个确保、三项指标、一批项目").empty());
  CHECK(facts_in("开工G107东移改建").empty());
  CHECK(facts_in("第2次常务会议").empty());
}

TEST_CASE("thresholds: comparator, figure and the subject they bound") {
  auto t = of<facts::Threshold>(facts_in("原则上最高比率不超过2%，"));
  REQUIRE(t.size() == 1);
  CHECK(t[0].op == Comparator::le);
  CHECK(t[0].quantity.value == 2);
  CHECK(t[0].quantity.unit == "%");
  CHECK(t[0].subject == "最高比率");
  t = of<facts::Threshold>(facts_in("第一期缴纳不得少于50%。"));
  REQUIRE(t.size() == 1);
  CHECK(t[0].op == Comparator::ge);
  CHECK(t[0].subject == "第一期缴纳");
  t = of<facts::Threshold>(facts_in(
      "保函置换金额不得超过监管账户中确保项目竣工交付所需的资金额度的30%，置换后的监管资金不得低于监管账户中的70%。"));
  REQUIRE(t.size() == 2);
  CHECK(t[0].op == Comparator::le);
  CHECK(t[0].subject == "保函置换金额");
  CHECK(t[1].op == Comparator::ge);
  CHECK(t[1].quantity.value == 70);
  CHECK(first<facts::Threshold>(facts_in("确保进出口增长3%以上")).op == Comparator::ge);
  CHECK(first<facts::Threshold>(facts_in("城镇调查失业率控制在5.5%以内")).op == Comparator::le);
  CHECK(first<facts::Threshold>(facts_in("居民消费价格涨幅3%左右")).op == Comparator::approx);
  CHECK(first<facts::Threshold>(facts_in("比重超过60%")).op == Comparator::gt);
  CHECK(first<facts::Threshold>(facts_in("绿化覆盖率达到96%")).op == Comparator::eq);
}

TEST_CASE("a list of figures shares its bound") {
  auto t = of<facts::Threshold>(facts_in("绿化覆盖率达96%、76%、46.1%"));
  REQUIRE(t.size() == 3);
  CHECK(t[2].quantity.value == 46.1);
  CHECK(t[2].subject == "绿化覆盖率");
  CHECK(t[2].op == Comparator::eq);
}

TEST_CASE("the ends of a range share their subject") {
  auto t = of<facts::Threshold>(facts_in("对单位处5万元以上20万元以下的罚款"));
  REQUIRE(t.size() == 2);
  CHECK(t[0].op == Comparator::ge);
  CHECK(t[0].quantity.value == 50000);
  CHECK(t[1].op == Comparator::le);
  CHECK(t[1].quantity.value == 200000);
  CHECK(t[1].subject == t[0].subject);
  CHECK(t[0].subject == "对单位处");
}

TEST_CASE("a change is not bounded by a word before it") {
  CHECK(of<facts::Threshold>(facts_in("基础养老金最低标准分别提高 40%")).empty());
}

TEST_CASE("targets: year, indicator, comparator, quantity") {
  auto t = of<facts::Target>(facts_in("到2025年，服务业增加值年均增长9%左右，服务业规模以上企业突破1800家。"));
  REQUIRE(t.size() == 2);
  CHECK(t[0].year == 2025);
  CHECK(t[0].indicator == "服务业增加值年均增长");
  CHECK(t[0].op == Comparator::approx);
  CHECK(t[0].quantity.value == 9);
  CHECK(t[1].indicator == "服务业规模以上企业");
  CHECK(t[1].op == Comparator::gt);
  CHECK(t[1].quantity.value == 1800);
  CHECK(t[1].quantity.unit == "家");
}

TEST_CASE("a target without a year is for the document's year") {
  auto t = of<facts::Target>(extract("力争资本市场融资达到200亿元", 2023).clause_facts());
  REQUIRE(t.size() == 1);
  CHECK(t[0].year == 2023);
  CHECK(t[0].quantity.value == 200e8);
}

TEST_CASE("a count's noun completes the indicator") {
  auto t = of<facts::Target>(facts_in("到2025年培育1家全国供应链百强企业。"));
  REQUIRE(t.size() == 1);
  CHECK(t[0].indicator == "培育全国供应链百强企业");
}

TEST_CASE("no target outside a goal") { CHECK(of<facts::Target>(facts_in("第一期缴纳不得少于50%。")).empty()); }

TEST_CASE("responsibility lists") {
  auto r = of<facts::Responsibility>(facts_in("实现突破。（责任单位：市科技局、市市场监管局，各县区政府）"));
  REQUIRE(r.size() == 1);
  CHECK(r[0].units == std::vector<std::string>{"市科技局", "市市场监管局", "各县区政府"});
  r = of<facts::Responsibility>(facts_in("提升能力。(责任单位：市科技局)"));
  REQUIRE(r.size() == 1);
  CHECK(r[0].units == std::vector<std::string>{"市科技局"});
  r = of<facts::Responsibility>(facts_in("积极建设承接产业转移示范区。（市工信局、市发改委、市科技局）"));
  REQUIRE(r.size() == 1);
  CHECK(r[0].units.size() == 3);
  CHECK(r[0].units[1] == "市发改委");
  CHECK(of<facts::Responsibility>(facts_in("支持县（区）创建示范区。（含转学、入学）")).empty());
}

TEST_CASE("references: titles and document numbers") {
  auto r = of<facts::Reference>(facts_in("按照《关于促进发展的意见》（豫财综〔2022〕77号），支持购买。"));
  REQUIRE(r.size() == 1);
  CHECK(r[0].title == "关于促进发展的意见");
  REQUIRE(r[0].number);
  CHECK(r[0].number->agency == "豫财综");
  CHECK(r[0].number->year == 2022);
  CHECK(r[0].number->seq == 77);
  r = of<facts::Reference>(facts_in("依据《河南省见义勇为人员奖励和保障条例》"));
  REQUIRE(r.size() == 1);
  CHECK(r[0].title == "河南省见义勇为人员奖励和保障条例");
  CHECK_FALSE(r[0].number);
  r = of<facts::Reference>(facts_in("参照豫政〔2021〕27号文件"));
  REQUIRE(r.size() == 1);
  CHECK(r[0].title.empty());
  CHECK(r[0].number->raw == "豫政〔2021〕27号");
}

TEST_CASE("a document's own number is not a reference") {
  CHECK(of<facts::Reference>(extract("驻政〔2023〕1号").clause_facts()).empty());
}

TEST_CASE("validity and effect go to the document") {
  auto r = extract("本通知自发布之日起实施，有效期一年。原市政府已出台的相关政策继续有效。");
  const auto& doc = r.document_facts();
  auto v = of<facts::Validity>(doc);
  REQUIRE(v.size() == 1);
  CHECK(v[0].duration == DurationValue{1, 0, 0, 0});
  CHECK_FALSE(v[0].trial);
  auto e = of<facts::Effective>(doc);
  REQUIRE(e.size() == 1);
  CHECK(e[0].rule == facts::Effective::Rule::on_publication);
  auto c = of<facts::Repeal>(doc);
  REQUIRE(c.size() == 1);
  CHECK(c[0].kind == facts::Repeal::Kind::continuation);
  CHECK(c[0].target == "市政府已出台的相关政策");
  CHECK(of<facts::Duration>(doc).empty());
}

TEST_CASE("validity forms") {
  CHECK(first<facts::Validity>(extract("有效期为5年。").document_facts()).duration == DurationValue{5, 0, 0, 0});
  auto v = of<facts::Validity>(extract("有效期至2025年12月31日。").document_facts());
  REQUIRE(v.size() == 1);
  CHECK(v[0].until == d(2025, 12, 31));
  CHECK_FALSE(v[0].duration);
  v = of<facts::Validity>(extract("试行期两年。").document_facts());
  REQUIRE(v.size() == 1);
  CHECK(v[0].trial);
  CHECK(v[0].duration == DurationValue{2, 0, 0, 0});
  CHECK(of<facts::Validity>(extract("若干措施（试行）").document_facts()).empty());
}

TEST_CASE("effect forms") {
  auto e = of<facts::Effective>(extract("本办法自印发之日起施行。").document_facts());
  REQUIRE(e.size() == 1);
  CHECK(e[0].rule == facts::Effective::Rule::on_issue);
  e = of<facts::Effective>(extract("本办法自2023年5月1日起施行。").document_facts());
  REQUIRE(e.size() == 1);
  CHECK(e[0].rule == facts::Effective::Rule::on_date);
  CHECK(e[0].date == d(2023, 5, 1));
  CHECK(of<facts::Effective>(extract("自成立以来").document_facts()).empty());
}

TEST_CASE("repeal") {
  auto r = of<facts::Repeal>(extract("《驻马店市某某办法》（驻政〔2018〕5号）同时废止。").document_facts());
  REQUIRE(r.size() == 1);
  CHECK(r[0].kind == facts::Repeal::Kind::repeal);
  CHECK(r[0].target == "《驻马店市某某办法》（驻政〔2018〕5号）");
}

TEST_CASE("停止执行 of other measures is a suspension, kept apart from 废止; a statute's procedure is none") {
  // 国务院关于取消和下放一批行政审批项目的决定 style: measures stop being applied.
  auto s =
      of<facts::Repeal>(extract("《某某暂行办法》（国发〔2001〕8号）自本决定发布之日起停止执行。").document_facts());
  REQUIRE(s.size() == 1);
  CHECK(s[0].kind == facts::Repeal::Kind::suspension);
  CHECK(s[0].target == "《某某暂行办法》（国发〔2001〕8号）自本决定发布之日");
  auto t = of<facts::Repeal>(extract("原有关规定同时停止执行。").document_facts());
  REQUIRE(t.size() == 1);
  CHECK(t[0].kind == facts::Repeal::Kind::suspension);
  // 行政复议法（2017）第二十一条: the procedure of a review, not a statement about other measures.
  for (const char* text : {"行政复议期间具体行政行为不停止执行；但是，有下列情形之一的，可以停止执行：",
                           "申请人申请停止执行的；", "行政复议机关认为需要停止执行的；"}) {
    CAPTURE(text);
    CHECK(of<facts::Repeal>(extract(text).document_facts()).empty());
  }
}

TEST_CASE(
    "lineage statements: 不再执行, 以本解释为准 (partial), 修改为, 代替, a 题注's 修正; none without a named "
    "document") {
  using Kind = facts::Repeal::Kind;
  auto no_longer = of<facts::Repeal>(
      extract("《最高人民法院关于办理未成年人刑事案件的解释》（法发〔1995〕9号）自本解释公布之日起不再执行。")
          .document_facts());
  REQUIRE(no_longer.size() == 1);
  CHECK(no_longer[0].kind == Kind::repeal);
  auto prevails = of<facts::Repeal>(
      extract("《最高人民法院关于审理骗购外汇刑事案件的解释》（法释〔1998〕20号）与本解释不一致的，以本解释为准。")
          .document_facts());
  REQUIRE(prevails.size() == 1);
  CHECK(prevails[0].kind == Kind::replacement);
  CHECK(prevails[0].partial);
  CHECK(of<facts::Repeal>(extract("此前发布的司法解释与本解释不一致的，以本解释为准。").document_facts()).empty());
  auto amend = of<facts::Repeal>(extract("将《宁川市某某意见》第一条修改为：“给予奖励30万元。”").document_facts());
  REQUIRE(amend.size() == 1);
  CHECK(amend[0].kind == Kind::amendment);
  CHECK(of<facts::Repeal>(extract("将第一条修改为：“给予奖励30万元。”").document_facts()).empty());
  auto replace =
      of<facts::Repeal>(extract("本办法代替《宁川市停车收费管理暂行办法》（宁政办〔2017〕21号）。").document_facts());
  REQUIRE(replace.size() == 1);
  CHECK(replace[0].kind == Kind::replacement);
  CHECK(of<facts::Repeal>(extract("以统一社会信用代码代替市场主体的名称。").document_facts()).empty());
  auto part = of<facts::Repeal>(extract("《某某条例》中有关看守所的规定即行废止。").document_facts());
  REQUIRE(part.size() == 1);
  CHECK(part[0].partial);
  auto revision = of<facts::Repeal>(extract("2021年12月24日第十三届全国人民代表大会常务委员会第三十二次会议《关于修改〈"
                                            "中华人民共和国民事诉讼法〉的决定》第四次修正")
                                        .document_facts());
  REQUIRE(revision.size() == 1);
  CHECK(revision[0].kind == Kind::revision);
  CHECK(revision[0].date == d(2021, 12, 24));
  // One bracket of several entries: the revision is the last 根据's, not the adoption opening it.
  auto bracket =
      of<facts::Repeal>(extract("（1999年4月29日第九届全国人民代表大会常务委员会第九次会议通过　根据2009年8月"
                                "27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第"
                                "一次修正　根据2017年9月1日第十二届全国人民代表大会常务委员会第二十九次会议《关"
                                "于修改〈中华人民共和国法官法〉等八部法律的决定》第二次修正）")
                            .document_facts());
  REQUIRE(bracket.size() == 1);
  CHECK(bracket[0].date == d(2017, 9, 1));
  auto basis_only = of<facts::Repeal>(
      extract("（根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议修正）").document_facts());
  REQUIRE(basis_only.size() == 1);
  CHECK(basis_only[0].date == d(2009, 8, 27));
  // A 根据 that no date follows, inside a line the date leads, leaves the line's date.
  auto cited =
      of<facts::Repeal>(extract("2010年12月29日根据《国务院关于废止和修改部分行政法规的决定》修订").document_facts());
  REQUIRE(cited.size() == 1);
  CHECK(cited[0].date == d(2010, 12, 29));
  CHECK(of<facts::Repeal>(extract("该条例经第三次修正后，适用范围扩大。").document_facts()).empty());
}

TEST_CASE("malformed dates: no fact, a diagnostic with its place") {
  auto r = extract("于2023年13月完成，2月30日前报送。");
  CHECK(of<facts::DateFact>(r.clause_facts()).empty());
  CHECK(of<facts::Deadline>(r.clause_facts()).empty());
  REQUIRE(r.file.diagnostics.size() == 2);
  CHECK(r.file.diagnostics[0].span.begin == std::string("于").size());
  CHECK(r.file.diagnostics[0].span.end == std::string("于2023年13月").size());
  CHECK(r.file.diagnostics[0].message.find("2023年13月") != std::string::npos);
  CHECK(r.file.diagnostics[1].message.find("2月30日") != std::string::npos);
}

TEST_CASE("facts keep their text and span into the source") {
  auto r = extract("前言。2023年12月31日前完成");
  const Fact& f = r.clause_facts().at(0);
  CHECK(f.text == "2023年12月31日前");
  CHECK(f.span.begin == std::string("前言。").size());
  CHECK(f.span.end == f.span.begin + f.text.size());
}

TEST_CASE("a paragraph glued from two places maps each fact back") {
  ParsedFile file;
  file.source = std::make_shared<SourceText>("t.txt", std::string(100, ' '));
  Document doc;
  Clause c;
  Paragraph p = make_paragraph("缴纳不得少于", 10);
  p.text += "50%。";
  p.segments.push_back(Segment{static_cast<std::uint32_t>(std::string("缴纳不得少于").size()), 60, 5});
  c.body.push_back(p);
  doc.clauses.push_back(c);
  file.documents.push_back(doc);
  parse::extract_facts(file);
  auto q = std::find_if(file.documents[0].clauses[0].facts.begin(), file.documents[0].clauses[0].facts.end(),
                        [](const Fact& f) { return std::holds_alternative<facts::QuantityFact>(f.value); });
  REQUIRE(q != file.documents[0].clauses[0].facts.end());
  CHECK(q->span.begin == 60);
  CHECK(q->span.end == 63);
}

TEST_CASE("attachments and nested clauses are walked") {
  ParsedFile file;
  file.source = std::make_shared<SourceText>("t.txt", "x");
  Document notice;
  Document attached;
  Clause parent;
  Clause child;
  child.body.push_back(make_paragraph("不超过2%", 0));
  parent.children.push_back(child);
  attached.clauses.push_back(parent);
  notice.attachments.push_back(attached);
  notice.closing.push_back(make_paragraph("本通知自发布之日起实施", 0));
  file.documents.push_back(notice);
  parse::extract_facts(file);
  CHECK(of<facts::Threshold>(file.documents[0].attachments[0].clauses[0].children[0].facts).size() == 1);
  CHECK(of<facts::Effective>(file.documents[0].facts).size() == 1);
}

TEST_CASE("thousands of facts of several kinds in one paragraph come in text order, none lost") {
  std::string body;
  for (int i = 0; i < 3000; ++i) body += "2024年3月4日前，三十日内罚款不超过5000元，";
  const auto& facts = facts_in(body);
  CHECK(std::is_sorted(facts.begin(), facts.end(),
                       [](const Fact& a, const Fact& b) { return a.span.begin < b.span.begin; }));
  CHECK(of<facts::Deadline>(facts).size() == 3000);
  CHECK(of<facts::Duration>(facts).size() == 3000);
  CHECK(of<facts::Threshold>(facts).size() == 3000);
}

TEST_CASE("of thousands of validity statements, each still drops only the duration inside it") {
  std::string body;
  for (int i = 0; i < 2000; ++i) body += "本办法有效期两年，三十日内办结。";
  ParsedFile file;  // a notice without clauses: its facts are the document's
  file.source = std::make_shared<SourceText>("t.txt", body);
  Document d;
  d.preamble.push_back(make_paragraph(body, 0));
  file.documents.push_back(std::move(d));
  parse::extract_facts(file);
  const auto& facts = file.documents[0].facts;
  CHECK(of<facts::Validity>(facts).size() == 2000);
  const auto durations = texts<facts::Duration>(facts);
  CHECK(durations.size() == 2000);  // 三十日内 of each sentence; 两年 lies inside its validity
  CHECK(std::all_of(durations.begin(), durations.end(), [](const std::string& t) { return t == "三十日内"; }));
}
