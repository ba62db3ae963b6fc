// The register of the real seed gazette, end to end: the parser, the fact
// extraction and the counting together, then the same through the CLI.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/run_cli.hpp"
#include "parse/parse_file.hpp"
#include "status/register.hpp"
#include "status_helpers.hpp"

using namespace clausecheck;
using namespace clausecheck::status;
using namespace clausecheck::test;
using namespace std::chrono;

namespace {

const std::string kNumber = "驻政〔2023〕9号";

// The entry of 驻政〔2023〕9号 itself (the notice), or of one of its clauses.
const Entry& entry(const Register& reg, const std::optional<std::string>& clause) {
  for (const Entry& e : reg.entries)
    if (e.document_number == kNumber && e.clause == clause && !e.attachment) return e;
  for (const Entry& e : reg.entries)
    if (e.document_number == kNumber && e.clause == clause) return e;
  FAIL("no entry for " << kNumber << " clause " << clause.value_or("-"));
  return reg.entries.front();
}

Register on(year_month_day as_of) { return build_register(seed(), as_of, StatusOptions{}); }

}  // namespace

TEST_CASE("seed on 2026-11-28: 驻政〔2023〕9号, its clause 十四 window and clause 一 deadline have expired") {
  const Register reg = on(ymd(2026, 11, 28));
  const Entry& doc = entry(reg, std::nullopt);
  CHECK(doc.status == Status::expired);
  CHECK(doc.effective_from == ymd(2023, 3, 4));
  CHECK(doc.expires_on == ymd(2024, 3, 3));  // 有效期一年
  CHECK(doc.evidence.text.find("有效期一年") != std::string::npos);
  CHECK(doc.evidence.location.line == 641);
  CHECK(doc.signing_date_stood_in);  // 自发布之日起, no publication date in the text

  const Entry& fourteen = entry(reg, "十四");
  CHECK(fourteen.status == Status::expired);
  CHECK(fourteen.effective_from == ymd(2023, 1, 1));
  CHECK(fourteen.expires_on == ymd(2023, 12, 31));
  CHECK(fourteen.evidence.location.line == 605);

  const Entry& one = entry(reg, "一");
  CHECK(one.status == Status::expired);
  CHECK(one.expires_on == ymd(2023, 12, 31));
  CHECK(one.evidence.location == Location{575, 1});
}

TEST_CASE("seed on 2023-06-01: the document and clause 十四 are in force") {
  const Register reg = on(ymd(2023, 6, 1));
  CHECK(entry(reg, std::nullopt).status == Status::in_force);
  CHECK(entry(reg, "十四").status == Status::in_force);
  CHECK(entry(reg, "一").status == Status::in_force);
}

TEST_CASE("seed around the last day: in force (expiring) on 2024-03-03, expired on 2024-03-04") {
  CHECK(entry(on(ymd(2024, 3, 3)), std::nullopt).status == Status::expiring);
  CHECK(
      entry(build_register(seed(), ymd(2024, 3, 3), StatusOptions{DayCount::administrative, 0}), std::nullopt).status ==
      Status::expiring);
  CHECK(entry(on(ymd(2024, 3, 4)), std::nullopt).status == Status::expired);
  CHECK(entry(on(ymd(2023, 12, 4)), std::nullopt).status == Status::expiring);  // 90 days left
  CHECK(entry(on(ymd(2023, 12, 3)), std::nullopt).status == Status::in_force);  // 91 days left
}

TEST_CASE("status CLI: JSON on the seed") {
  const CliRun r = run_cli("status --format json --as-of 2026-11-28 " + kSeed);
  REQUIRE(r.code == 0);
  const auto json = nlohmann::json::parse(r.out);
  CHECK(json["schema"] == "clausecheck/status@1");
  CHECK(json["as_of"] == "2026-11-28");
  bool seen_doc = false, seen_fourteen = false;
  for (const auto& e : json["entries"]) {
    if (e["document"]["number"] != kNumber || e["document"]["attachment"] == true) continue;
    if (e["clause"].is_null()) {
      seen_doc = true;
      CHECK(e["status"] == "expired");
      CHECK(e["effective_from"] == "2023-03-04");
      CHECK(e["expires_on"] == "2024-03-03");
      CHECK(e["evidence"]["line"] == 641);
    }
  }
  for (const auto& e : json["entries"])
    if (e["document"]["number"] == kNumber && e["clause"] == "十四") {
      seen_fourteen = true;
      CHECK(e["status"] == "expired");
      CHECK(e["effective_from"] == "2023-01-01");
      CHECK(e["expires_on"] == "2023-12-31");
    }
  CHECK(seen_doc);
  CHECK(seen_fourteen);
}

TEST_CASE("status CLI: the civil-code count and the warning window are options") {
  const auto json =
      nlohmann::json::parse(run_cli("status --format json --count civil_code --as-of 2024-03-04 " + kSeed).out);
  bool seen = false;
  for (const auto& e : json["entries"])
    if (e["document"]["number"] == kNumber && e["clause"].is_null() && e["document"]["attachment"] == false) {
      seen = true;
      CHECK(e["expires_on"] == "2024-03-04");
      CHECK(e["status"] == "expiring");
    }
  CHECK(seen);
  const std::string text = run_cli("status --warn-days 0 --as-of 2024-03-02 " + kSeed).out;
  const auto in_force = text.find("\n现行有效 ");  // the row's label, then its expiry
  REQUIRE(in_force != std::string::npos);
  CHECK(text.find("2024-03-03", in_force) < text.find('\n', in_force + 1));
}

TEST_CASE("status CLI: bad input is exit 2, and -o never overwrites an input") {
  CHECK(run_cli("status --as-of 2024-13-01 " + kSeed).code == 2);
  CHECK(run_cli("status --as-of 2024 " + kSeed).code == 2);
  CHECK(run_cli("status no/such/file.txt").code == 2);
  CHECK(run_cli("status --format pdf " + kSeed).code == 2);
  CHECK(run_cli("status -o " + kSeed + " " + kSeed).code == 2);
  std::ifstream in(kSeed);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str().find("驻政〔2023〕9号") != std::string::npos);  // still the gazette
}
