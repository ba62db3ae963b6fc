// The public API (include/clausecheck/, docs/library.md), through
// libclausecheck.so only: parse, the model's fields, the rules, the register,
// the diff and the reports, and the errors a caller can cause.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "clausecheck/diff.hpp"
#include "clausecheck/parse.hpp"
#include "clausecheck/report.hpp"
#include "clausecheck/rules.hpp"
#include "clausecheck/status.hpp"
#include "clausecheck/version.hpp"

using namespace clausecheck;
using namespace std::chrono;

namespace {

// examples/drafts/trial-three-years.txt: a 试行 measure with a validity of three years.
const std::string kNotice =
    "驻马店市人民政府关于印发驻马店市促进消费若干措施（试行）的通知\n\n"
    "驻政〔2023〕12号\n\n"
    "各县区人民政府，市直有关部门：\n\n"
    "《驻马店市促进消费若干措施（试行）》已经市政府研究通过，现印发给你们，请认真贯彻执行。\n\n"
    "驻马店市促进消费若干措施（试行）\n\n"
    "一、发放消费券。对在本市购买家电的个人给予补贴。\n\n"
    "二、支持商贸企业。对新开业的商贸企业给予一次性奖励。\n\n"
    "本通知自2023年3月4日起施行，有效期三年。\n\n"
    "2023年3月4日\n";

const std::string kRevisions = CLAUSECHECK_SOURCE_DIR "/examples/revisions/measures/";

const RegisterEntry* document_entry(const Register& reg, const std::string& number) {
  const auto& entries = reg.entries();
  const auto it = std::find_if(entries.begin(), entries.end(), [&](const RegisterEntry& e) {
    return e.document_number == number && !e.clause && !e.attachment;
  });
  return it == entries.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("the library's version is the headers'") {
  const std::string expected = std::to_string(CLAUSECHECK_VERSION_MAJOR) + "." +
                               std::to_string(CLAUSECHECK_VERSION_MINOR) + "." +
                               std::to_string(CLAUSECHECK_VERSION_PATCH);
  CHECK(std::string(version()) == expected);
}

TEST_CASE("a string parses into documents whose fields a program reads") {
  const ParsedFile file = parse_text(kNotice, "notice.txt");
  REQUIRE(file.source);
  CHECK(file.source->path() == "notice.txt");
  REQUIRE(file.documents.size() == 1);
  const Document& doc = file.documents.front();
  CHECK(doc.title == "驻马店市人民政府关于印发驻马店市促进消费若干措施（试行）的通知");
  CHECK(doc.type == "通知");
  CHECK(doc.trial);
  REQUIRE(doc.number);
  CHECK(doc.number->agency == "驻政");
  CHECK(doc.number->year == 2023);
  CHECK(doc.number->seq == 12);
  REQUIRE(doc.signed_date);
  CHECK(doc.signed_date->iso() == "2023-03-04");
  // The measures stand in the notice itself (no 附件 line): its two clauses.
  REQUIRE(doc.clauses.size() == 2);
  CHECK(doc.clauses[1].number.label == "二");
  CHECK(doc.clauses[1].heading == "支持商贸企业");
  CHECK(file.source->locate(doc.span.begin) == Location{1, 1});
}

TEST_CASE("a date as the CLI's --as-of takes it, with its precision; none for another text") {
  REQUIRE(parse_iso_date("2023-06-01"));
  CHECK(parse_iso_date("2023-06-01")->ymd == 2023y / 6 / 1);
  CHECK(parse_iso_date("2023-06")->precision == Precision::month);
  CHECK_FALSE(parse_iso_date("2023-06-31"));
  CHECK_FALSE(parse_iso_date("2023年6月1日"));
}

TEST_CASE("what a caller gets wrong is an InputError, not a crash") {
  CHECK_THROWS_AS(parse_file(CLAUSECHECK_SOURCE_DIR "/examples/no-such-file.txt"), InputError);
  CHECK_THROWS_AS(parse_file(CLAUSECHECK_SOURCE_DIR "/examples"), InputError);
  CHECK_THROWS_AS(parse_text(std::string("\x01\x02\x00\x03", 4)), InputError);
  CHECK_THROWS_AS(Rules::load("no-such-pack"), InputError);
  CHECK_THROWS_AS(Rules::from_yaml("pack: broken\nrules:\n  - id: x\n    kind: no-such-kind\n"), InputError);
  const ParsedFile file = parse_text(kNotice);
  CHECK_THROWS_AS(findings_report({}, Rules::builtin(), "pdf"), InputError);
  CHECK_THROWS_AS(register_report(build_register({file}, 2023y / 6 / 1), "sarif"), InputError);
  // html is a format of all three, as on the command line.
  CHECK(register_report(build_register({file}, 2023y / 6 / 1), "html").find("<svg") != std::string::npos);
  CHECK_THROWS_AS(diff_report(compare(file, file), "junit"), InputError);
}

TEST_CASE("the built-in rules find a trial over its cap, and the reports write it") {
  const std::vector<ParsedFile> files{parse_text(kNotice, "notice.txt")};
  const Rules rules = Rules::builtin();
  const auto ids = rules.ids();
  CHECK(std::find(ids.begin(), ids.end(), "validity.trial-over-cap") != ids.end());
  CheckOptions options;
  options.as_of = 2023y / 6 / 1;
  const std::vector<Finding> findings = check(rules, files, options);
  const auto it = std::find_if(findings.begin(), findings.end(),
                               [](const Finding& f) { return f.rule == "validity.trial-over-cap"; });
  REQUIRE(it != findings.end());
  CHECK(it->severity == Severity::error);
  CHECK(std::string(to_string(it->severity)) == "error");
  CHECK(it->file == "notice.txt");
  CHECK(it->location.line == 15);
  CHECK(it->fingerprint.size() == 16);
  CHECK(findings_report(findings, rules, "json").find("\"validity.trial-over-cap\"") != std::string::npos);
  CHECK(findings_report(findings, rules, "sarif").find("\"version\": \"2.1.0\"") != std::string::npos);
}

TEST_CASE("a pack of the caller's own runs alone") {
  const Rules rules = Rules::from_yaml(
      "pack: mine\n"
      "rules:\n"
      "  - id: mine.consumption\n"
      "    severity: info\n"
      "    kind: pattern\n"
      "    pattern: '消费券'\n"
      "    message: \"提到{match}\"\n",
      "mine.yaml");
  CHECK(rules.ids() == std::vector<std::string>{"mine.consumption"});
  const std::vector<Finding> findings = check(rules, {parse_text(kNotice)});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "mine.consumption");
  CHECK(findings[0].severity == Severity::info);
  CHECK(findings[0].message == "提到消费券");
}

TEST_CASE("the register says what is in force on a date") {
  const std::vector<ParsedFile> files{parse_text(kNotice, "notice.txt")};
  const Register june = build_register(files, 2023y / 6 / 1);
  CHECK(june.as_of() == 2023y / 6 / 1);
  const RegisterEntry* notice = document_entry(june, "驻政〔2023〕12号");
  REQUIRE(notice);
  CHECK(notice->status == status::Status::in_force);
  CHECK(std::string(status::label_zh(notice->status)) == "现行有效");
  REQUIRE(notice->effective_from);
  CHECK(*notice->effective_from == 2023y / 3 / 4);
  REQUIRE(notice->expires_on);
  CHECK(*notice->expires_on == 2026y / 3 / 3);
  CHECK(notice->file == "notice.txt");

  const Register later = build_register(files, 2026y / 3 / 4);
  REQUIRE(document_entry(later, "驻政〔2023〕12号"));
  CHECK(document_entry(later, "驻政〔2023〕12号")->status == status::Status::expired);
  // 民法典 第二百零一条: the first day does not count, so the anniversary is the last.
  RegisterOptions civil;
  civil.civil_code_count = true;
  CHECK(document_entry(build_register(files, 2023y / 6 / 1, civil), "驻政〔2023〕12号")->expires_on == 2026y / 3 / 4);
  CHECK(register_report(june, "json").find("\"clausecheck/status@1\"") != std::string::npos);
}

TEST_CASE("two versions of the measures diff clause by clause") {
  const Diff changes = compare(parse_file(kRevisions + "old.txt"), parse_file(kRevisions + "new.txt"));
  CHECK_FALSE(changes.empty());
  REQUIRE(changes.documents().size() == 1);
  const DocumentDiff& notice = changes.documents().front();
  CHECK(notice.status == "changed");
  CHECK(notice.old_name == "驻政〔2023〕9号");
  CHECK(notice.new_name == "驻政〔2024〕3号");
  const auto number =
      std::find_if(notice.fields.begin(), notice.fields.end(), [](const FieldDiff& f) { return f.field == "number"; });
  REQUIRE(number != notice.fields.end());
  CHECK(number->new_value == "驻政〔2024〕3号");
  REQUIRE(notice.attachments.size() == 1);
  const auto& clauses = notice.attachments.front().clauses;
  const auto count = [&](const std::string& kind) {
    return std::count_if(clauses.begin(), clauses.end(), [&](const ClauseDiff& c) { return c.kind == kind; });
  };
  CHECK(count("inserted") == 1);
  CHECK(count("deleted") == 1);
  CHECK(count("moved") == 1);
  CHECK(count("modified") == 6);
  CHECK(diff_report(changes, "json").find("\"clausecheck/diff@1\"") != std::string::npos);

  const ParsedFile same = parse_file(kRevisions + "old.txt");
  CHECK(compare(same, same).empty());
}
