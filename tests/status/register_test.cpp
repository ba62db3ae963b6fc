#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <sstream>

#include "status/register.hpp"
#include "reports/register_format.hpp"
#include "status_helpers.hpp"

using namespace clausecheck;
using namespace clausecheck::status;
using namespace clausecheck::test;
using namespace std::chrono;

namespace {

Date date(int y, int m = 0, int d = 0) { return *make_date(y, m, d); }

// A hand-built model of 驻政〔2023〕9号 as the parser reads it from the seed: the
// notice, signed 2023-03-04, carries the 措施 whose closing says
// 本通知自发布之日起实施，有效期一年.
struct Seed {
  std::shared_ptr<SourceText> source;
  ParsedFile file;

  Span span_of(const std::string& text) const {
    const auto at = static_cast<std::uint32_t>(source->text().find(text));
    REQUIRE(at != std::string::npos);
    return {at, static_cast<std::uint32_t>(at + text.size())};
  }
  Fact fact(FactValue value, const std::string& text) const { return Fact{std::move(value), text, span_of(text)}; }

  explicit Seed(std::vector<Fact> extra_doc_facts = {}) {
    source = std::make_shared<SourceText>("seed.txt",
                                          "关于印发若干措施的通知\n"
                                          "驻政〔2023〕9号\n"
                                          "2023年3月4日\n"
                                          "若干措施（试行）\n"
                                          "一、分期缴纳城市基础设施配套费。\n"
                                          "2023年12月31日前，房地产企业可申请分期缴纳。\n"
                                          "十四、落实购房税收优惠政策。自2023年1月1日至2023年12月31日，予以退税优惠。\n"
                                          "本通知自发布之日起实施，有效期一年。\n"
                                          "有效期至2024年6月30日。\n");
    file.source = source;
    Document notice;
    notice.title = "关于印发若干措施的通知";
    notice.number = DocNumber{"驻政〔2023〕9号", "驻政", 2023, 9};
    notice.signed_date = date(2023, 3, 4);
    notice.span = span_of(notice.title);
    Document measures;
    measures.title = "若干措施（试行）";
    measures.trial = true;
    measures.span = span_of(measures.title);
    Clause one;
    one.number.label = "一";
    one.facts.push_back(fact(facts::Deadline{date(2023, 12, 31), true}, "2023年12月31日前"));
    Clause fourteen;
    fourteen.number.label = "十四";
    fourteen.facts.push_back(
        fact(facts::Period{date(2023, 1, 1), date(2023, 12, 31)}, "自2023年1月1日至2023年12月31日"));
    measures.clauses = {one, fourteen};
    measures.facts.push_back(
        fact(facts::Effective{facts::Effective::Rule::on_publication, {}}, "本通知自发布之日起实施"));
    measures.facts.push_back(fact(facts::Validity{DurationValue{1, 0, 0, 0}, {}, false}, "有效期一年"));
    for (Fact& f : extra_doc_facts) measures.facts.push_back(std::move(f));
    notice.attachments.push_back(std::move(measures));
    file.documents.push_back(std::move(notice));
  }
};

Register register_on(const Seed& seed, year_month_day as_of, StatusOptions options = {}) {
  return build_register({&seed.file, 1}, as_of, options);
}

const Entry& find(const Register& reg, const std::string& title, std::optional<std::string> clause) {
  for (const Entry& e : reg.entries)
    if (e.document_title == title && e.clause == clause) return e;
  FAIL("no entry for " << title << " " << clause.value_or("-"));
  return reg.entries.front();
}

}  // namespace

TEST_CASE("the register of the seed's 驻政〔2023〕9号 on 2026-11-28") {
  const Seed seed;
  const Register reg = register_on(seed, ymd(2026, 11, 28));
  REQUIRE(reg.entries.size() == 4);  // notice, attachment, clause 一, clause 十四

  const Entry& notice = find(reg, "关于印发若干措施的通知", std::nullopt);
  CHECK(notice.document_number == "驻政〔2023〕9号");
  CHECK(notice.status == Status::expired);
  CHECK(notice.effective_from == ymd(2023, 3, 4));
  CHECK(notice.expires_on == ymd(2024, 3, 3));
  CHECK(notice.evidence.text == "有效期一年");
  CHECK(notice.evidence.location == Location{8, 13});
  // 自发布之日起 with no publication date: the signing date stands in, and the entry says so.
  CHECK(notice.signing_date_stood_in);
  REQUIRE(notice.notes.size() == 1);
  CHECK(notice.notes[0].find("以成文日期2023-03-04代替") != std::string::npos);

  const Entry& measures = find(reg, "若干措施（试行）", std::nullopt);
  CHECK(measures.document_number == "驻政〔2023〕9号");  // cited by its notice's number
  CHECK(measures.status == Status::expired);
  CHECK(measures.expires_on == ymd(2024, 3, 3));

  const Entry& one = find(reg, "若干措施（试行）", "一");
  CHECK(one.status == Status::expired);
  CHECK_FALSE(one.effective_from);
  CHECK(one.expires_on == ymd(2023, 12, 31));
  CHECK(one.evidence.location == Location{6, 1});

  const Entry& fourteen = find(reg, "若干措施（试行）", "十四");
  CHECK(fourteen.status == Status::expired);
  CHECK(fourteen.effective_from == ymd(2023, 1, 1));
  CHECK(fourteen.expires_on == ymd(2023, 12, 31));
  CHECK(fourteen.evidence.location == Location{7, 15});
}

TEST_CASE("the same register on other dates") {
  const Seed seed;
  CHECK(find(register_on(seed, ymd(2023, 6, 1)), "若干措施（试行）", std::nullopt).status == Status::in_force);
  CHECK(find(register_on(seed, ymd(2023, 6, 1)), "若干措施（试行）", "十四").status == Status::in_force);
  CHECK(find(register_on(seed, ymd(2024, 3, 3)), "关于印发若干措施的通知", std::nullopt).status == Status::expiring);
  CHECK(find(register_on(seed, ymd(2024, 3, 3), {DayCount::administrative, 0}), "关于印发若干措施的通知", std::nullopt)
            .status == Status::expiring);
  CHECK(find(register_on(seed, ymd(2024, 3, 4)), "关于印发若干措施的通知", std::nullopt).status == Status::expired);
  CHECK(find(register_on(seed, ymd(2023, 3, 3)), "关于印发若干措施的通知", std::nullopt).status ==
        Status::not_yet_effective);
}

TEST_CASE("the civil-code count moves the last day to the anniversary") {
  const Seed seed;
  const Register reg = register_on(seed, ymd(2024, 3, 4), {DayCount::civil_code, 90});
  const Entry& notice = find(reg, "关于印发若干措施的通知", std::nullopt);
  CHECK(notice.expires_on == ymd(2024, 3, 4));
  CHECK(notice.status == Status::expiring);
}

TEST_CASE("an explicit 有效期至 wins over the counted period, and the conflict is kept") {
  Seed seed;
  auto& validity = std::get<facts::Validity>(seed.file.documents[0].attachments[0].facts[1].value);
  validity.until = date(2024, 6, 30);
  const Register reg_notice = register_on(seed, ymd(2024, 5, 1));
  const Entry& notice = find(reg_notice, "关于印发若干措施的通知", std::nullopt);
  CHECK(notice.expires_on == ymd(2024, 6, 30));
  CHECK(notice.status == Status::expiring);
  REQUIRE(notice.conflict);
  CHECK(notice.conflict->counted == ymd(2024, 3, 3));
  CHECK(notice.conflict->stated == ymd(2024, 6, 30));
}

TEST_CASE("有效期一年 and 有效期至… in two sentences are one validity: the stated date wins, the conflict is kept") {
  const Seed seed({Seed().fact(facts::Validity{std::nullopt, date(2024, 6, 30), false}, "有效期至2024年6月30日")});
  const Register reg = register_on(seed, ymd(2024, 5, 1));
  const Entry& notice = find(reg, "关于印发若干措施的通知", std::nullopt);
  CHECK(notice.expires_on == ymd(2024, 6, 30));
  CHECK(notice.evidence.text == "有效期至2024年6月30日");
  REQUIRE(notice.conflict);
  CHECK(notice.conflict->counted == ymd(2024, 3, 3));
  CHECK(notice.conflict->stated == ymd(2024, 6, 30));
}

TEST_CASE("an explicit 有效期至 that agrees with the count is no conflict") {
  Seed seed;
  auto& validity = std::get<facts::Validity>(seed.file.documents[0].attachments[0].facts[1].value);
  validity.until = date(2024, 3, 3);
  const Register reg_notice = register_on(seed, ymd(2024, 5, 1));
  const Entry& notice = find(reg_notice, "关于印发若干措施的通知", std::nullopt);
  CHECK_FALSE(notice.conflict);
  CHECK(notice.status == Status::expired);
}

TEST_CASE("a stated effective date is used as it is, without a note") {
  Seed seed;
  auto& effective = std::get<facts::Effective>(seed.file.documents[0].attachments[0].facts[0].value);
  effective = facts::Effective{facts::Effective::Rule::on_date, date(2023, 4, 1)};
  const Register reg_notice = register_on(seed, ymd(2024, 3, 31));
  const Entry& notice = find(reg_notice, "关于印发若干措施的通知", std::nullopt);
  CHECK(notice.effective_from == ymd(2023, 4, 1));
  CHECK(notice.expires_on == ymd(2024, 3, 31));
  CHECK_FALSE(notice.signing_date_stood_in);
  CHECK(notice.notes.empty());
}

TEST_CASE("a document without validity facts has no_validity and its title as evidence") {
  Seed seed;
  seed.file.documents[0].attachments[0].facts.clear();
  const Register reg = register_on(seed, ymd(2024, 3, 31));
  const Entry& notice = find(reg, "关于印发若干措施的通知", std::nullopt);
  CHECK(notice.status == Status::no_validity);
  CHECK(notice.effective_from == ymd(2023, 3, 4));
  CHECK(notice.evidence.text == "关于印发若干措施的通知");
  CHECK(notice.evidence.location == Location{1, 1});
}

TEST_CASE("a deadline's date is its last day, whatever the wording's inclusive flag") {
  Seed seed;
  auto& deadline = std::get<facts::Deadline>(seed.file.documents[0].attachments[0].clauses[0].facts[0].value);
  deadline.inclusive = false;
  CHECK(find(register_on(seed, ymd(2023, 12, 31)), "若干措施（试行）", "一").status == Status::expiring);
  CHECK(find(register_on(seed, ymd(2024, 1, 1)), "若干措施（试行）", "一").status == Status::expired);
}

TEST_CASE("a plan's goal and a condition on who qualifies are no deadline of the clause") {
  for (auto role : {facts::DateRole::goal, facts::DateRole::condition}) {
    Seed seed;
    std::get<facts::Deadline>(seed.file.documents[0].attachments[0].clauses[0].facts[0].value).role = role;
    const Register reg = register_on(seed, ymd(2024, 1, 1));
    CHECK(std::none_of(reg.entries.begin(), reg.entries.end(), [](const Entry& e) { return e.clause == "一"; }));
    CHECK(std::any_of(reg.entries.begin(), reg.entries.end(), [](const Entry& e) { return e.clause == "十四"; }));
  }
}

TEST_CASE("the JSON form follows the status@1 contract") {
  const Seed seed;
  const nlohmann::json json = to_json(register_on(seed, ymd(2026, 11, 28)));
  CHECK(json["schema"] == "clausecheck/status@1");
  CHECK(json["as_of"] == "2026-11-28");
  REQUIRE(json["entries"].size() == 4);
  const auto& notice = json["entries"][0];
  CHECK(notice["document"]["number"] == "驻政〔2023〕9号");
  CHECK(notice["document"]["attachment"] == false);
  CHECK(json["entries"][1]["document"]["attachment"] == true);
  CHECK(notice["clause"].is_null());
  CHECK(notice["status"] == "expired");
  CHECK(notice["effective_from"] == "2023-03-04");
  CHECK(notice["expires_on"] == "2024-03-03");
  CHECK(notice["evidence"]["file"] == "seed.txt");
  CHECK(notice["evidence"]["line"] == 8);
  CHECK(notice["evidence"]["column"] == 13);
  const auto& one = json["entries"][2];
  CHECK(one["clause"] == "一");
  CHECK(one["effective_from"].is_null());
  CHECK(one["expires_on"] == "2023-12-31");
}

TEST_CASE("the text table is sorted by expiry, open-ended last") {
  Seed seed;
  seed.file.documents[0].attachments[0].clauses[1].facts[0].value = facts::Period{date(2023, 1, 1), std::nullopt};
  std::ostringstream out;
  write_text(register_on(seed, ymd(2026, 11, 28)), out);
  const std::string text = out.str();
  const auto clause_one = text.find("2023-12-31");
  const auto notice = text.find("2024-03-03");
  const auto open = text.find("未载明有效期");
  CHECK(clause_one < notice);
  CHECK(notice < open);
  CHECK(text.find("说明：自发布之日起施行") != std::string::npos);
}

TEST_CASE("the markdown table names a document by its number, else its title, pipes escaped") {
  Seed seed;
  std::ostringstream numbered;
  write_markdown(register_on(seed, ymd(2026, 11, 28)), numbered);
  CHECK(numbered.str().find("| 状态 | 到期日 |") != std::string::npos);
  CHECK(numbered.str().find("| 失效 | 2023-12-31 | - | 驻政〔2023〕9号/附件 | 一 |") != std::string::npos);
  CHECK(numbered.str().find("| 失效 | 2024-03-03 | 2023-03-04 | 驻政〔2023〕9号 | - |") != std::string::npos);

  seed.file.documents[0].number.reset();
  seed.file.documents[0].attachments[0].title = "措施|试行";
  std::ostringstream titled;
  write_markdown(register_on(seed, ymd(2026, 11, 28)), titled);
  CHECK(titled.str().find("| 措施\\|试行 | 一 |") != std::string::npos);
}

TEST_CASE("a clause's validity (证书有效期为三年) is not the document's, wherever it is kept") {
  Seed seed({Seed().fact(facts::Validity{std::nullopt, date(2024, 6, 30), false, facts::Scope::clause, "证书"},
                         "有效期至2024年6月30日")});
  // The clause's period stands first: the document's own one year still counts.
  auto& facts = seed.file.documents[0].attachments[0].facts;
  std::rotate(facts.begin(), facts.end() - 1, facts.end());
  const Register reg = register_on(seed, ymd(2024, 5, 1));
  const Entry& notice = find(reg, "关于印发若干措施的通知", std::nullopt);
  CHECK(notice.expires_on == ymd(2024, 3, 3));
  CHECK(notice.evidence.text == "有效期一年");
  // With only the clause's, the document has no validity.
  std::erase_if(facts, [](const Fact& f) {
    return is_document_statement(f) && std::holds_alternative<facts::Validity>(f.value);
  });
  CHECK(find(register_on(seed, ymd(2024, 5, 1)), "关于印发若干措施的通知", std::nullopt).status == Status::no_validity);
}

TEST_CASE("an effective date that does not exist leaves no first day, and a note says why") {
  Seed seed;
  auto& effective = std::get<facts::Effective>(seed.file.documents[0].attachments[0].facts[0].value);
  effective = facts::Effective{facts::Effective::Rule::on_date, std::nullopt};
  const Register reg = register_on(seed, ymd(2024, 3, 31));
  const Entry& notice = find(reg, "关于印发若干措施的通知", std::nullopt);
  CHECK_FALSE(notice.effective_from);
  CHECK_FALSE(notice.signing_date_stood_in);
  REQUIRE(notice.notes.size() == 1);
  CHECK(notice.notes[0].find("施行日期不存在") != std::string::npos);
}

TEST_CASE("a deadline to the month lapses after the month before it (2023年6月前: last day 05-31)") {
  Seed seed;
  auto& deadline = std::get<facts::Deadline>(seed.file.documents[0].attachments[0].clauses[0].facts[0].value);
  deadline = facts::Deadline{date(2023, 6), false};
  CHECK(find(register_on(seed, ymd(2023, 5, 31), {DayCount::administrative, 0}), "若干措施（试行）", "一").status ==
        Status::expiring);
  CHECK(find(register_on(seed, ymd(2023, 6, 1)), "若干措施（试行）", "一").status == Status::expired);
}

TEST_CASE("only a term lapses a clause: periods with other roles make no entry") {
  for (auto role :
       {facts::DateRole::effective, facts::DateRole::condition, facts::DateRole::history, facts::DateRole::reporting}) {
    Seed seed;
    std::get<facts::Period>(seed.file.documents[0].attachments[0].clauses[1].facts[0].value).role = role;
    std::get<facts::Deadline>(seed.file.documents[0].attachments[0].clauses[0].facts[0].value).role = role;
    const Register reg = register_on(seed, ymd(2024, 1, 1));
    CHECK(std::none_of(reg.entries.begin(), reg.entries.end(), [](const Entry& e) { return e.clause.has_value(); }));
  }
}
