// A document summary survives JSON, so an index that stores summaries builds
// the very register a run builds from the files.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "model/input_error.hpp"
#include "parse/parse_file.hpp"
#include "reports/register_format.hpp"
#include "status/register.hpp"
#include "status/summary_json.hpp"
#include "status_helpers.hpp"

using namespace clausecheck;
using namespace clausecheck::status;
using namespace clausecheck::test;
using namespace std::chrono;

TEST_CASE("the seed's summaries, through JSON and back, give the register the files give") {
  const StatusOptions options;
  const std::vector<DocumentSummary> summaries = summarize(seed().front(), options);
  REQUIRE(summaries.size() > 1);
  std::vector<DocumentSummary> back;
  for (const DocumentSummary& s : summaries) {
    const nlohmann::json stored = nlohmann::json::parse(to_json(s).dump());
    back.push_back(summary_from_json(stored, s.file, "index.db"));
    CHECK(to_json(back.back()) == to_json(s));
  }
  for (const year_month_day as_of : {year{2023} / 6 / 1, year{2026} / 11 / 28}) {
    const nlohmann::json from_files = to_json(build_register(seed(), as_of, options));
    CHECK(to_json(build_register(back, as_of, options)) == from_files);
  }
}

TEST_CASE("a statement's date before the title it names survives JSON") {
  // 1995年3月1日宁川市人民政府发布的《宁川市集贸市场管理办法》同时废止, in a text first made in 2003.
  const ParsedFile file =
      parse::parse_path(std::string(CLAUSECHECK_SOURCE_DIR) + "/tests/data/lineage/d21-market-rules-2023.txt");
  const std::vector<DocumentSummary> summaries = summarize(file, StatusOptions{});
  REQUIRE(summaries.size() == 1);
  const DocumentSummary& s = summaries.front();
  CHECK(s.signed_on == year_month_day{year{2003} / 5 / 20});
  CHECK(s.revised_on == year_month_day{year{2023} / 4 / 1});
  const auto repeal = std::find_if(s.lineage.begin(), s.lineage.end(),
                                   [](const LineageStatement& l) { return l.kind == LineageKind::repeal; });
  REQUIRE(repeal != s.lineage.end());
  CHECK(repeal->target_made_by == year_month_day{year{1995} / 3 / 1});
  const DocumentSummary back = summary_from_json(nlohmann::json::parse(to_json(s).dump()), s.file, "index.db");
  CHECK(to_json(back) == to_json(s));
}

TEST_CASE("evidence names its file in the stored JSON only where it is not the summary's own") {
  const ParsedFile file =
      parse::parse_path(std::string(CLAUSECHECK_SOURCE_DIR) + "/tests/data/lineage/d21-market-rules-2023.txt");
  std::vector<DocumentSummary> summaries = summarize(file, StatusOptions{});
  REQUIRE(summaries.size() == 1);
  DocumentSummary& s = summaries.front();
  REQUIRE(!s.entries.empty());
  REQUIRE(!s.lineage.empty());
  const nlohmann::json stored = to_json(s);
  CHECK(!stored["entries"][0]["evidence"].contains("file"));
  CHECK(!stored["lineage"][0]["evidence"].contains("file"));
  CHECK(summary_from_json(stored, s.file, "index.db").entries[0].evidence.file == s.file);
  s.lineage.front().evidence.file = "other.txt";
  const nlohmann::json other = to_json(s);
  CHECK(other["lineage"][0]["evidence"]["file"] == "other.txt");
  CHECK(to_json(summary_from_json(other, s.file, "index.db")) == other);
}

TEST_CASE("a stored summary keeps the citations the register reads, not its file") {
  const std::vector<DocumentSummary> summaries = summarize(seed().front(), StatusOptions{});
  const auto basis = [](const Citation& c) { return c.basis; };
  const auto cites_both = [&](const DocumentSummary& s) {
    return std::any_of(s.cites.begin(), s.cites.end(), basis) && !std::all_of(s.cites.begin(), s.cites.end(), basis);
  };
  const auto both = std::find_if(summaries.begin(), summaries.end(), cites_both);
  REQUIRE(both != summaries.end());  // the seed cites documents both as its basis and otherwise
  const nlohmann::json stored = to_json(*both);
  CHECK_FALSE(stored.contains("file"));
  CHECK(stored["cites"].size() ==
        static_cast<std::size_t>(std::count_if(both->cites.begin(), both->cites.end(), basis)));
  const DocumentSummary back = summary_from_json(stored, both->file, "index.db");
  CHECK(back.file == both->file);
  CHECK(std::all_of(back.cites.begin(), back.cites.end(), basis));
}

TEST_CASE("a date bracketed after one title bounds no other title of the statement") {
  const ParsedFile file = parse::parse_source(std::make_shared<SourceText>(
      "rules.txt",
      "宁川市集贸市场管理办法\n\n（2023年5月20日宁川市人民政府令第12号公布）\n\n"
      "第一条　为了加强集贸市场管理，制定本办法。\n\n"
      "第二条　本办法自2023年7月1日起施行。《宁川市农贸市场管理办法》（2015年3月1日发布）、"
      "《宁川市早市管理办法》和2018年6月1日宁川市人民政府发布的《宁川市夜市管理办法》同时废止。\n"));
  const std::vector<DocumentSummary> summaries = summarize(file, StatusOptions{});
  REQUIRE(summaries.size() == 1);
  std::map<std::string, std::optional<year_month_day>> bound;
  for (const LineageStatement& l : summaries.front().lineage)
    if (l.kind == LineageKind::repeal) bound[l.target_title] = l.target_made_by;
  REQUIRE(bound.size() == 3);
  CHECK(bound["宁川市农贸市场管理办法"] == std::nullopt);  // its date follows it
  CHECK(bound["宁川市早市管理办法"] == std::nullopt);      // the bracketed date went with the title before
  CHECK(bound["宁川市夜市管理办法"] == year_month_day{year{2018} / 6 / 1});
}

TEST_CASE("a citation is a basis only when 依据, 根据 or 按照 stands in its own sentence") {
  const ParsedFile file = parse::parse_source(
      std::make_shared<SourceText>("basis.txt",
                                   "宁川市集贸市场管理办法\n\n"
                                   "第一条　根据《宁川市城市管理条例》，结合本市实际，制定本办法。\n\n"
                                   "第二条　按照上级要求开展检查。《宁川市市容管理办法》另有规定的，从其规定。\n\n"
                                   "第三条　依据本办法处罚；《宁川市行政处罚程序规定》适用于程序。\n"));
  const std::vector<DocumentSummary> summaries = summarize(file, StatusOptions{});
  REQUIRE(summaries.size() == 1);
  std::map<std::string, bool> basis;
  for (const Citation& c : summaries.front().cites) basis[c.title] = c.basis;
  CHECK(basis.size() == 3);
  CHECK(basis["宁川市城市管理条例"]);            // 根据 in its sentence
  CHECK_FALSE(basis["宁川市市容管理办法"]);      // 按照 ends with the sentence before (。)
  CHECK_FALSE(basis["宁川市行政处罚程序规定"]);  // 依据 before the ； that opens its clause
}

TEST_CASE("a summary's entries carry the document's number and title, the document's own first") {
  for (const DocumentSummary& s : summarize(seed().front(), StatusOptions{})) {
    REQUIRE_FALSE(s.entries.empty());
    CHECK_FALSE(s.entries.front().clause.has_value());
    for (const Entry& e : s.entries) {
      CHECK(e.document_title == s.title);
      CHECK(e.document_number == s.number);
      CHECK(e.evidence.file == s.file);
    }
  }
}

TEST_CASE("a stored summary of the wrong shape is an input error naming its origin and the key") {
  nlohmann::json stored = to_json(summarize(seed().front(), StatusOptions{}).front());
  stored["effective_from"] = "2023-02-30";
  CHECK_THROWS_WITH_AS(summary_from_json(stored, "a.txt", "index.db"), doctest::Contains("effective_from"), InputError);
  stored.erase("effective_from");
  CHECK_THROWS_WITH_AS(summary_from_json(stored, "a.txt", "index.db"), doctest::Contains("index.db"), InputError);
  stored = to_json(summarize(seed().front(), StatusOptions{}).front());
  stored["lineage"] = {{{"kind", "abolish"}}};
  CHECK_THROWS_WITH_AS(summary_from_json(stored, "a.txt", "index.db"), doctest::Contains("kind"), InputError);
}
