#include <doctest/doctest.h>

#include <functional>

#include "seed.hpp"

using namespace clausecheck;

namespace {

std::vector<std::string> labels(const std::vector<Clause>& clauses) {
  std::vector<std::string> out;
  for (const Clause& c : clauses) out.push_back(c.number.label);
  return out;
}

void each_clause(const std::vector<Clause>& clauses, const std::function<void(const Clause&)>& visit) {
  for (const Clause& c : clauses) {
    visit(c);
    each_clause(c.children, visit);
  }
}

void each_document(const std::vector<Document>& docs, const std::function<void(const Document&)>& visit) {
  for (const Document& d : docs) {
    visit(d);
    each_document(d.attachments, visit);
  }
}

std::string all_text(const ParsedFile& file) {
  std::string out;
  each_document(file.documents, [&](const Document& d) {
    for (const Paragraph& p : d.preamble) out += p.text + "\n";
    each_clause(d.clauses, [&](const Clause& c) { out += c.heading + "\n" + c.text() + "\n"; });
  });
  return out;
}

}  // namespace

TEST_CASE("the masthead and the table of contents") {
  const auto& g = seed_gazette().gazette;
  REQUIRE(g);
  CHECK(g->name == "驻马店市人民政府公报");
  CHECK(g->issue == 2);
  CHECK(g->running == 124);
  CHECK(g->year == 2023);
  CHECK(g->published->iso() == "2023-04");
  REQUIRE(g->toc.size() == 5);
  CHECK(g->toc[0].title == "政府工作报告");
  CHECK(g->toc[0].page == 3);
  CHECK(g->toc[2].title ==
        "驻马店市人民政府关于印发《驻马店市进一步促进房地产市场平稳健康发展若干措施（试行）》的通知");
  CHECK(g->toc[2].page == 31);
  CHECK(g->toc[3].title == "驻马店市人民政府关于新时代加快大别山革命老区振兴发展的实施意见");
  CHECK(g->toc[4].page == 47);
}

TEST_CASE("five documents in order, with numbers and signing dates") {
  const auto& docs = seed_gazette().documents;
  REQUIRE(docs.size() == 5);
  CHECK(docs[0].title == "政府工作报告");
  CHECK(docs[0].type == "报告");
  CHECK_FALSE(docs[0].number);
  CHECK(docs[0].signed_date->iso() == "2023-01-04");
  const char* numbers[] = {"驻政〔2023〕4号", "驻政〔2023〕9号", "驻政〔2023〕10号", "驻政办〔2023〕10号"};
  const char* dates[] = {"2023-02-24", "2023-03-04", "2023-03-18", "2023-01-09"};
  for (std::size_t i = 0; i < 4; ++i) {
    CAPTURE(i);
    const Document& d = docs[i + 1];
    REQUIRE(d.number);
    CHECK(d.number->raw == numbers[i]);
    CHECK(d.signed_date->iso() == dates[i]);
    CHECK(d.issuer.starts_with("驻马店市人民政府"));
  }
  CHECK(docs[2].number->agency == "驻政");
  CHECK(docs[2].number->year == 2023);
  CHECK(docs[2].number->seq == 9);
  CHECK(docs[4].title == "驻马店市人民政府办公室关于进一步加强见义勇为工作的通知");
  CHECK(docs[4].issuer == "驻马店市人民政府办公室");
  CHECK(docs[2].addressees.front() == "各县、区人民政府");
}

TEST_CASE("驻政〔2023〕4号 carries the 实施方案 with sections 一 to 六") {
  const Document& notice = seed_gazette().documents.at(1);
  REQUIRE(notice.attachments.size() == 1);
  const Document& plan = notice.attachments[0];
  CHECK(plan.title == "驻马店市加快推动现代服务业发展实施方案");
  CHECK(plan.type == "方案");
  CHECK(labels(plan.clauses) == std::vector<std::string>{"一", "二", "三", "四", "五", "六"});
  CHECK(plan.clauses[0].children.size() == 3);
  CHECK(plan.clauses[0].children[1].children.size() == 4);
}

TEST_CASE("驻政〔2023〕9号 carries 27 measures on trial; its closing statement stays with the notice") {
  const Document& notice = seed_gazette().documents.at(2);
  CHECK(notice.trial);
  REQUIRE(notice.attachments.size() == 1);
  const Document& measures = notice.attachments[0];
  CHECK(measures.title == "驻马店市进一步促进房地产市场平稳健康发展若干措施（试行）");
  CHECK(measures.trial);
  REQUIRE(measures.clauses.size() == 27);
  CHECK(measures.clauses[0].number.label == "一");
  CHECK(measures.clauses[26].number.label == "二十七");
  for (std::size_t i = 0; i < 27; ++i) CHECK(measures.clauses[i].number.value == static_cast<int>(i + 1));
  CHECK(measures.clauses[0].heading == "分期缴纳城市基础设施配套费");
  CHECK(measures.clauses[0].text().starts_with("2023年12月31日前，房地产企业可申请分期缴纳"));
  CHECK(measures.clauses[26].text().find("预售资金监管账户的监管额度内资金") != std::string::npos);
  CHECK(measures.closing.empty());
  REQUIRE(notice.closing.size() == 1);
  CHECK(notice.closing[0].text == "本通知自发布之日起实施，有效期一年。原市政府已出台的相关政策继续有效。");
}

TEST_CASE("驻政〔2023〕10号: sections 一 to 六 with items （一） to （二十三） nested under them") {
  const Document& opinion = seed_gazette().documents.at(3);
  CHECK(opinion.type == "意见");
  CHECK(labels(opinion.clauses) == std::vector<std::string>{"一", "二", "三", "四", "五", "六"});
  std::vector<int> values;
  for (const Clause& section : opinion.clauses)
    for (const Clause& item : section.children) {
      CHECK(item.number.style == NumberStyle::cn_paren);
      values.push_back(item.number.value);
    }
  REQUIRE(values.size() == 23);
  for (std::size_t i = 0; i < 23; ++i) CHECK(values[i] == static_cast<int>(i) + 1);
  CHECK(opinion.clauses[3].heading == "统筹推进新型城镇化和乡村振兴，促进城乡协调发展");
}

TEST_CASE("驻政办〔2023〕10号 has sections 一 to 四; the work report has 一 to 四 with (一)… under 三") {
  CHECK(labels(seed_gazette().documents.at(4).clauses) == std::vector<std::string>{"一", "二", "三", "四"});
  const Document& report = seed_gazette().documents.at(0);
  CHECK(labels(report.clauses) == std::vector<std::string>{"一", "二", "三", "四"});
  CHECK(report.clauses[2].children.size() == 8);
  CHECK(report.clauses[2].children[0].number.half_width);
  CHECK_FALSE(report.clauses[2].children[1].number.half_width);
}

TEST_CASE("no page-break artefact survives in clause text") {
  const std::string text = all_text(seed_gazette());
  CHECK(text.find("最关键的是坚持产业兴市") != std::string::npos);
  CHECK(text.find("优质教育") != std::string::npos);
  CHECK(text.find("高新区管委会)") != std::string::npos);
  CHECK(text.find("高新区\n区管委会") == std::string::npos);
  CHECK(text.find("\n键的是坚持产业兴市") == std::string::npos);
}

TEST_CASE("spans map clauses back to the original lines") {
  const ParsedFile& file = seed_gazette();
  const Document& measures = file.documents.at(2).attachments.at(0);
  CHECK(file.source->locate(measures.clauses[0].span.begin) == Location{573, 1});
  CHECK(file.source->locate(measures.clauses[25].span.begin) == Location{635, 1});
  CHECK(file.source->locate(file.documents.at(4).span.begin) == Location{763, 1});
}
