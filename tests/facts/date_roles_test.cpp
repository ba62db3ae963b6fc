// The role of every date, on phrasings drawn from real documents (the laws
// corpus, the 国务院 policies, municipal notices): who qualifies, what is due
// every cycle, what a measure's term is. Each row is one clause of text and
// the role its first date, period, deadline or recurring date must have.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "facts_helpers.hpp"

using namespace clausecheck;
using namespace clausecheck::test;

namespace {

// The role of the first date fact of the text, with its text.
std::pair<std::string, facts::DateRole> first_role(const std::string& text) {
  const Extracted e = extract(text);
  for (const Fact& f : e.clause_facts()) {
    if (const auto* d = std::get_if<facts::DateFact>(&f.value)) return {f.text, d->role};
    if (const auto* p = std::get_if<facts::Period>(&f.value)) return {f.text, p->role};
    if (const auto* d = std::get_if<facts::Deadline>(&f.value)) return {f.text, d->role};
    if (const auto* r = std::get_if<facts::Recurring>(&f.value)) return {f.text, r->role};
  }
  FAIL("no date fact in: " << text);
  return {};
}

void check_roles(const std::vector<std::string>& texts, facts::DateRole role) {
  for (const std::string& text : texts) {
    CAPTURE(text);
    const auto found = first_role(text);
    const std::string& fact_text = found.first;
    CAPTURE(fact_text);
    CHECK(std::string(role_name(found.second)) == role_name(role));
  }
}

}  // namespace

TEST_CASE("a date before the event it qualifies is a condition, whatever the distance to 的") {
  check_roles({"1937年7月6日以前参加革命工作的离休干部，生活补贴标准每人每月提高300元。",
               "1949年9月30日以前参加革命工作、享受原工资百分之百退休费待遇的退休干部，参照执行。",
               "2020年6月30日以前取得本市户籍、在本市无自有住房且家庭人均收入低于标准的，可以申请。",
               "2011年4月30日以前犯罪，判处死刑缓期执行的，适用修正前刑法第五十条的规定。",
               "1997年12月31日以前参加工作，2011年1月1日以后退休且缴费年限累计满十五年的人员",
               "2007年6月30日前在本市统筹范围内参加基本养老保险并按规定缴费的人员",
               "年满60周岁农村籍退役士兵、1954年10月31日之前入伍后经批准退出现役的人员，按照规定领取补助。",
               "1997年9月30日以前被采取强制措施的犯罪嫌疑人，适用修订前的规定。",
               "2021年12月31日以前被认定为市级龙头企业的，按本细则重新监测。",
               "2024年6月30日前登记设立的公司，有限责任公司剩余认缴出资期限自2027年7月1日起超过5年的，应当调整。",
               "2017年4月1日前缴纳的新型墙体材料专项基金预缴款，予以清算。",
               "2019年12月31日前已完成转制的企业，继续享受优惠。"},
              facts::DateRole::condition);
}

TEST_CASE("a definition names who qualifies") {
  check_roles({"本细则所称老旧小区，是指2000年底前建成、失养失修失管的住宅小区。",
               "本办法所称复员军人，是指在1954年10月31日之前入伍、后经批准从部队复员的人员。",
               "所称既有建筑，系指2010年以前建成的建筑。"},
              facts::DateRole::condition);
}

TEST_CASE("a range that says who qualifies is a condition; the measure's own window stays a term") {
  check_roles({"1937年7月7日至1945年9月2日期间参加革命工作的离休干部，每人每月提高200元。",
               "对2022年10月1日至2023年9月30日期间购买新建商品住房的，给予契税补贴。",
               "2020年1月1日至2022年12月31日期间登记注册的小微企业，给予补助。"},
              facts::DateRole::condition);
  check_roles(
      {"本政策执行期限为2023年1月1日至2025年12月31日。", "自2023年1月1日至2023年12月31日，对出售自有住房的给予补贴。"},
      facts::DateRole::term);
}

TEST_CASE("a date after which the event qualifies is a condition, not history") {
  check_roles(
      {"2023年1月1日以后新建的住宅，按新标准执行。", "对2023年1月1日后取得营业执照的首店，给予一次性奖励。",
       "2023年1月1日之后登记注册的企业，可以申请。", "2011年1月1日以后退休的人员，按月领取。",
       "且在2023年1月1日后新引进或新设立的航运服务企业。", "申报企业应当是2021年12月31日以前在本市依法设立的企业。"},
      facts::DateRole::condition);
  const auto [text, role] = first_role("2023年1月1日以后新建的住宅，按新标准执行。");
  CHECK(text == "2023年1月1日以后");
}

TEST_CASE("a task or a permission before a date stays a term") {
  check_roles({"各区县要于2023年6月30日前将资金足额发放到位。", "应当在2027年6月30日前按照其认购的股份全额缴纳股款。",
               "2023年底前完成全市老旧小区的改造。", "2023年12月31日前，房地产企业可申请分期缴纳土地出让金。",
               "企业应于2023年9月30日前申请登记。", "执行至2023年底，", "2023年12月31日前有效。",
               "各地要在2010年底前按国家规定建设标准建成并投入使用。", "2023年5月底前完成春播备耕工作。"},
              facts::DateRole::term);
}

TEST_CASE("a date due every cycle is a reporting fact, with or without a year") {
  check_roles({"各区应当于每年1月15日前将上年度补贴发放情况报送市人力资源社会保障局。",
               "申请补助的企业应于每年4月30日前向所在县区经信部门提出申请。",
               "各区应当于每年2月底前向市工信局报送上年度政策兑现情况。", "各企业于每月5日前报送上月安全生产情况。",
               "每季度末向市财政局报告资金使用情况。", "每半年向市政府报告一次工作进展。", "每年年底前向社会公布。",
               "每月十日前将本地上月危险废物转移情况报省生态环境厅。", "于2023年6月30日前将工作总结报送市发改委。"},
              facts::DateRole::reporting);
}

TEST_CASE("a recurring date keeps its cycle, day and end and names no calendar day") {
  auto r = of<facts::Recurring>(extract("每年2月底前报送").clause_facts());
  REQUIRE(r.size() == 1);
  CHECK(r[0].every == facts::Recurring::Cycle::year);
  CHECK(r[0].month == 2);
  CHECK(r[0].end);
  CHECK(r[0].before);
  r = of<facts::Recurring>(extract("每月15日前申报").clause_facts());
  REQUIRE(r.size() == 1);
  CHECK(r[0].every == facts::Recurring::Cycle::month);
  CHECK(r[0].day == 15);
  CHECK(r[0].month == 0);
  CHECK(of<facts::Deadline>(extract("每月15日前申报").clause_facts()).empty());
  r = of<facts::Recurring>(extract("每季度末报送").clause_facts());
  REQUIRE(r.size() == 1);
  CHECK(r[0].every == facts::Recurring::Cycle::quarter);
  CHECK(r[0].end);
  // A cycle alone is a due date only when a report is due by it.
  CHECK(of<facts::Recurring>(extract("每年增速保持全省前列").clause_facts()).empty());
  CHECK(of<facts::Recurring>(extract("每月发放一次").clause_facts()).empty());
}

TEST_CASE("month and year ends are the last day of the month or year") {
  auto dl = of<facts::Deadline>(extract("2023年5月底前完成").clause_facts());
  REQUIRE(dl.size() == 1);
  CHECK(dl[0].date == *make_date(2023, 5, 31));
  CHECK(last_day(dl[0]) ==
        std::chrono::year_month_day{std::chrono::year{2023}, std::chrono::May, std::chrono::day{31}});
  dl = of<facts::Deadline>(extract("2024年2月末前").clause_facts());
  REQUIRE(dl.size() == 1);
  CHECK(dl[0].date == *make_date(2024, 2, 29));
  dl = of<facts::Deadline>(extract("2020年年底前省属重点文化企业可免缴").clause_facts());
  REQUIRE(dl.size() == 1);
  CHECK(dl[0].date == *make_date(2020, 12, 31));
  // A month alone names no last day: 2023年6月前 ends on 05-31.
  dl = of<facts::Deadline>(extract("2023年6月前完成").clause_facts());
  REQUIRE(dl.size() == 1);
  CHECK(last_day(dl[0]) ==
        std::chrono::year_month_day{std::chrono::year{2023}, std::chrono::May, std::chrono::day{31}});
}

TEST_CASE("a window closed by 以后 and 以前 names who qualifies; 报…备案 is a report") {
  // 浙江省职工基本养老保险条例 第三十五条: the 以前 of the window's end is no term.
  const Extracted e = extract("1998年1月1日以后至2010年12月31日以前因病完全丧失劳动能力且缴费年限满十年的参保人员；");
  const auto deadlines = of<facts::Deadline>(e.clause_facts());
  REQUIRE(deadlines.size() == 1);
  CHECK(std::string(role_name(deadlines[0].role)) == "condition");
  // …and a deadline without the window stays a term.
  check_roles({"2010年12月31日以前完成改造。"}, facts::DateRole::term);
  check_roles({"各地应于六月底前将落实到生产队的基数情况报国家农委、农业部、粮食部备案。"}, facts::DateRole::reporting);
}
