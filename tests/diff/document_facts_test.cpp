// Facts compared where a revision moves them: with the pieces of a split
// article, across a page break, and in a law's header lines.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "diff/diff_files.hpp"
#include "parse/parse_file.hpp"

using namespace clausecheck;

namespace {

ParsedFile read_text(const std::string& name, const std::string& text) {
  return parse::parse_source(std::make_shared<const SourceText>(name, text));
}

const std::string kLawHead =
    "# 中华人民共和国测试管理法\n\n## 第一章 总则\n\n第一条 为了规范测试活动，保障公众健康和生命安全，制定本法。\n\n";
const std::string kUnlicensed =
    "违反本法规定，未取得测试许可擅自从事测试活动的，由县级以上人民政府市场监督管理部门责令停止违法行为，"
    "处一万元以上五万元以下的罚款。";
const std::string kForged = "伪造、变造或者出租、出借测试许可证件的，没收违法所得，并处二千元以上一万元以下的罚款。";
const std::string kLawTail =
    "国务院市场监督管理部门负责全国测试活动的监督管理工作，县级以上地方人民政府有关部门在各自职责范围内负责相关工作。"
    "\n";

// The fact changes of every clause change, as "kind old → new" ("" for a side that has none).
std::vector<std::string> fact_lines(const diff::ChangeSet& changes) {
  std::vector<std::string> out;
  for (const auto& d : changes.documents)
    for (const auto& c : d.clauses)
      for (const auto& f : c.facts)
        out.push_back(f.kind + " " + (f.old_fact ? f.old_fact->text : "") + " → " +
                      (f.new_fact ? f.new_fact->text : ""));
  return out;
}

}  // namespace

TEST_CASE("an article split in two: its fines are compared with both pieces, none removed or added") {
  const ParsedFile old_file =
      read_text("old.md", kLawHead + "第二条 " + kUnlicensed + kForged + "\n\n第三条 " + kLawTail);
  const ParsedFile new_file =
      read_text("new.md", kLawHead + "第二条 " + kUnlicensed + "\n\n第三条 " + kForged + "\n\n第四条 " + kLawTail);
  const diff::ChangeSet changes = diff::diff_files(old_file, new_file);
  REQUIRE(changes.documents.size() == 1);
  bool split = false;
  for (const auto& c : changes.documents[0].clauses) split |= c.kind == diff::ClauseChangeKind::split;
  CHECK(split);
  CHECK(fact_lines(changes).empty());  // the 二千元/一万元 of the piece are not removed from 第二条

  // The piece's fine raised: reported once, as a change of the old article's fine.
  std::string raised = kForged;
  raised.replace(raised.find("二千元"), std::string("二千元").size(), "三千元");
  const ParsedFile raised_file =
      read_text("new.md", kLawHead + "第二条 " + kUnlicensed + "\n\n第三条 " + raised + "\n\n第四条 " + kLawTail);
  const auto lines = fact_lines(diff::diff_files(old_file, raised_file));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find("二千元") != std::string::npos);
  CHECK(lines[0].find("三千元") != std::string::npos);
}

TEST_CASE("a page break inside a date, as the seed has them, changes nothing") {
  const std::string head =
      "驻马店市人民政府关于印发测试办法的通知\n\n驻政〔2023〕9号\n\n各县区人民政府：\n\n经市政府研究同意，现印发给你们"
      "。\n\n";
  const std::string whole =
      "一、加强管理。各地要在2023年12月31日前完成全部整改任务，整改资金不超过200万元。\n\n"
      "二、落实责任。\n\n本办法自2023年3月1日起施行，有效期至2025年2月28日。\n\n2023年3月4日\n";
  // The same text with two page breaks (a blank line, as the gazette's pages end), each inside a date.
  const std::string broken =
      "一、加强管理。各地要在2023年12\n\n月31日前完成全部整改任务，整改资金不超过200万元。\n\n"
      "二、落实责任。\n\n本办法自2023年3月1日起施行，有效期至2025年\n\n2月28日。\n\n2023年3月4日\n";
  const diff::ChangeSet changes = diff::diff_files(read_text("a.txt", head + whole), read_text("b.txt", head + broken));
  CHECK(changes.empty());
  CHECK(fact_lines(changes).empty());
}

TEST_CASE("header dates pair only with the same header date: a revision line replaced is removed and added") {
  const std::string adopted =
      "# 中华人民共和国测试管理法\n\n1999年4月29日 第九届全国人民代表大会常务委员会第九次会议通过\n\n";
  const std::string body =
      "<!-- INFO END -->\n\n第一条 为了规范测试活动，制定本法。\n\n第二条 本法自1999年10月1日起施行。\n";
  const ParsedFile a = read_text(
      "a.md",
      adopted + "2009年8月27日 第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》修正\n\n" + body);
  const ParsedFile b =
      read_text("b.md", adopted + "2023年9月1日 第十四届全国人民代表大会常务委员会第五次会议修订\n\n" + body);
  const diff::ChangeSet changes = diff::diff_files(a, b);
  REQUIRE(changes.documents.size() == 1);
  int removed = 0, added = 0;
  for (const diff::FactChange& f : changes.documents[0].facts) {
    if (f.kind != "date") continue;
    CHECK((f.old_fact == nullptr || f.new_fact == nullptr));  // never 2009年8月27日 → 2023年9月1日
    removed += f.old_fact != nullptr && f.old_fact->text == "2009年8月27日";
    added += f.new_fact != nullptr && f.new_fact->text == "2023年9月1日";
  }
  CHECK(removed == 1);
  CHECK(added == 1);
}

TEST_CASE("a new signer is a change of the closing's signature line, not of the last clause") {
  const std::string head =
      "安阳市人民政府关于调整市级财政专项资金管理的通知\n\n安政〔2024〕5号\n\n各县（市、区）人民政府：\n\n"
      "一、市级财政专项资金实行目录管理。\n\n二、本通知自印发之日起施行。\n\n";
  const ParsedFile old_file = read_text("old.txt", head + "安阳市人民政府\n\n2024年3月1日\n");
  const ParsedFile new_file = read_text("new.txt", head + "安阳市人民政府办公室\n\n2024年3月1日\n");
  const diff::ChangeSet changes = diff::diff_files(old_file, new_file);
  REQUIRE(changes.documents.size() == 1);
  const auto& doc = changes.documents.front();
  for (const auto& c : doc.clauses) CHECK(c.kind == diff::ClauseChangeKind::unchanged);
  REQUIRE(doc.passages.size() == 1);
  CHECK(doc.passages.front().part == diff::PassagePart::closing);
  CHECK(doc.passages.front().kind == diff::ClauseChangeKind::modified);
  CHECK(doc.passages.front().old_text == "安阳市人民政府");
  CHECK(doc.passages.front().new_text == "安阳市人民政府办公室");
}
