#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

#include "facts_helpers.hpp"
#include "parse/parse_file.hpp"

using namespace clausecheck;
using namespace clausecheck::test;

namespace {

const ParsedFile& seed() {
  static const ParsedFile file = parse::parse_path(CLAUSECHECK_SOURCE_DIR "/examples/zhumadian-gazette-2023-02.txt");
  return file;
}

const Document& by_number(int seq) {
  for (const Document& d : seed().documents)
    if (d.number && d.number->year == 2023 && d.number->seq == seq) return d;
  FAIL("no document 驻政〔2023〕" << seq << "号");
  throw;
}

const Clause& clause(const Document& d, const std::string& label) {
  for (const Clause& c : d.clauses)
    if (c.number.label == label) return c;
  FAIL("no clause " << label);
  throw;
}

// The 若干措施 the notice 驻政〔2023〕9号 carries.
const Document& measures() {
  const Document& notice = by_number(9);
  REQUIRE(notice.attachments.size() == 1);
  return notice.attachments[0];
}

template <typename T, typename Pred>
bool any(const std::vector<Fact>& facts, Pred pred) {
  auto v = of<T>(facts);
  return std::any_of(v.begin(), v.end(), pred);
}

}  // namespace

TEST_CASE("seed: 若干措施 has 27 clauses") { CHECK(measures().clauses.size() == 27); }

TEST_CASE("seed clause 一: deadline, bounded duration, threshold") {
  const auto& f = clause(measures(), "一").facts;
  // 2023年12月31日前，房地产企业可申请…: a term of the measure, its last day included.
  CHECK(any<facts::Deadline>(
      f, [](auto& x) { return x.date == d(2023, 12, 31) && x.inclusive && x.role == facts::DateRole::term; }));
  CHECK(any<facts::Duration>(f, [](auto& x) {
    return x.value == DurationValue{0, 6, 0, 0} && x.op == Comparator::le;
  }));
  CHECK(any<facts::Threshold>(
      f, [](auto& x) { return x.op == Comparator::ge && x.quantity.value == 50 && x.quantity.unit == "%"; }));
}

TEST_CASE("seed clause 十四: period of 2023 and a duration of one year") {
  const auto& f = clause(measures(), "十四").facts;
  CHECK(any<facts::Period>(f, [](auto& x) { return x.from == d(2023, 1, 1) && x.to == d(2023, 12, 31); }));
  CHECK(any<facts::Duration>(f, [](auto& x) { return x.value == DurationValue{1, 0, 0, 0}; }));
}

TEST_CASE("seed clause 十八: 40万元, 50万元 and six months") {
  const auto& f = clause(measures(), "十八").facts;
  CHECK(any<facts::QuantityFact>(f, [](auto& x) { return x.quantity.value == 400000 && x.quantity.unit == "元"; }));
  CHECK(any<facts::QuantityFact>(f, [](auto& x) { return x.quantity.value == 500000 && x.quantity.scale == "万"; }));
  CHECK(any<facts::Duration>(f, [](auto& x) { return x.value == DurationValue{0, 6, 0, 0}; }));
}

TEST_CASE("seed clause 十九: 1.2万元") {
  CHECK(any<facts::QuantityFact>(clause(measures(), "十九").facts,
                                 [](auto& x) { return x.quantity.value == 12000 && x.quantity.text == "1.2万"; }));
}

TEST_CASE("seed clause 二十四: 2022-12-31 and half a year") {
  const auto& f = clause(measures(), "二十四").facts;
  // 对2022年12月31日前申请办理…的房地产开发项目: who qualifies, not a term.
  CHECK(any<facts::Deadline>(
      f, [](auto& x) { return x.date == d(2022, 12, 31) && x.inclusive && x.role == facts::DateRole::condition; }));
  CHECK(any<facts::Duration>(f, [](auto& x) { return x.value == DurationValue{0, 6, 0, 0}; }));
}

TEST_CASE("seed clauses 二十六 and 二十七: thresholds") {
  CHECK(any<facts::Threshold>(clause(measures(), "二十六").facts, [](auto& x) {
    return x.op == Comparator::le && x.quantity.value == 2 && x.quantity.unit == "%";
  }));
  const auto& f = clause(measures(), "二十七").facts;
  CHECK(any<facts::Threshold>(f, [](auto& x) { return x.op == Comparator::le && x.quantity.value == 30; }));
  CHECK(any<facts::Threshold>(f, [](auto& x) { return x.op == Comparator::ge && x.quantity.value == 70; }));
}

TEST_CASE("seed 驻政〔2023〕9号: validity one year, effective on publication, earlier policies continue") {
  const auto& f = by_number(9).facts;
  CHECK(any<facts::Validity>(f, [](auto& x) { return x.duration == DurationValue{1, 0, 0, 0}; }));
  CHECK(any<facts::Effective>(f, [](auto& x) { return x.rule == facts::Effective::Rule::on_publication; }));
  CHECK(any<facts::Repeal>(f, [](auto& x) { return x.kind == facts::Repeal::Kind::continuation; }));
}

TEST_CASE("seed 驻政〔2023〕4号: targets for 2025 with year, quantity and comparator") {
  std::vector<facts::Target> targets;
  std::function<void(const Clause&)> walk = [&](const Clause& c) {
    for (auto& t : of<facts::Target>(c.facts)) targets.push_back(t);
    for (const Clause& child : c.children) walk(child);
  };
  const Document& notice = by_number(4);
  for (const Document& a : notice.attachments)
    for (const Clause& c : a.clauses) walk(c);
  for (const Clause& c : notice.clauses) walk(c);
  auto has = [&](std::string_view indicator, Comparator op, double value) {
    return std::any_of(targets.begin(), targets.end(), [&](const facts::Target& t) {
      return t.year == 2025 && t.indicator.find(indicator) != std::string::npos && t.op == op &&
             t.quantity.value == value;
    });
  };
  CHECK(has("服务业增加值年均增长", Comparator::approx, 9));
  CHECK(has("规模以上企业", Comparator::gt, 1800));
  CHECK(has("旅游业", Comparator::gt, 12));
  CHECK(has("物流行业规上企业收入规模", Comparator::gt, 160e8));
}

TEST_CASE("seed 驻政〔2023〕4号: 到2025年 is a goal, not a term") {
  std::vector<facts::Deadline> deadlines;
  std::function<void(const Clause&)> walk = [&](const Clause& c) {
    for (auto& x : of<facts::Deadline>(c.facts)) deadlines.push_back(x);
    for (const Clause& child : c.children) walk(child);
  };
  for (const Document& a : by_number(4).attachments)
    for (const Clause& c : a.clauses) walk(c);
  auto in_2025 = [](const facts::Deadline& x) { return x.date == d(2025); };
  REQUIRE(std::count_if(deadlines.begin(), deadlines.end(), in_2025) >= 5);
  for (const auto& x : deadlines)
    if (in_2025(x)) CHECK(x.role == facts::DateRole::goal);
}

TEST_CASE("seed: no impossible dates") {
  for (const Diagnostic& d : seed().diagnostics) CHECK(d.message.find("日期不存在") == std::string::npos);
}
