// The lineage set (tests/data/lineage): twenty-one documents of one city in chains
// — repealed, amended twice, replaced, suspended, cited after repeal, a short
// title, a number alone, a target outside the set, a repeal not yet in effect, a
// part given way, a 规章 revised twice in a one-bracket 题注 whose revisions keep
// repeating the 1995 text's repeal (d21 amends d20; the repeal means neither) —
// read, resolved and put in the register, checked against
// TRUTH.tsv edge by edge and status by status.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "parse/parse_file.hpp"
#include "status/register.hpp"

using namespace clausecheck;
using namespace clausecheck::status;
using namespace std::chrono;

namespace {

const std::filesystem::path kDir = std::filesystem::path(CLAUSECHECK_SOURCE_DIR) / "tests/data/lineage";

std::string name_of(const std::string& file) { return std::filesystem::path(file).filename().string(); }

struct Truth {
  std::set<std::pair<std::string, std::string>> statuses;             // file, status
  std::set<std::tuple<std::string, std::string, std::string>> edges;  // source, kind, target
  std::set<std::pair<std::string, std::string>> unresolved;           // source, target
};

Truth read_truth() {
  Truth truth;
  std::ifstream in(kDir / "TRUTH.tsv");
  REQUIRE(in);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.starts_with("#")) continue;
    std::istringstream fields(line);
    std::string what, a, b, c;
    std::getline(fields, what, '\t');
    std::getline(fields, a, '\t');
    std::getline(fields, b, '\t');
    std::getline(fields, c, '\t');
    if (what == "status") truth.statuses.insert({a, b});
    else if (what == "edge") truth.edges.insert({a, b, c});
    else if (what == "unresolved") truth.unresolved.insert({a, b});
    else FAIL("TRUTH.tsv: unknown line " << line);
  }
  return truth;
}

std::vector<ParsedFile> read_set() {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(kDir))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<ParsedFile> files;
  for (const auto& path : paths) files.push_back(parse::parse_path(path));
  return files;
}

const char* kind_of(const std::vector<LineageLink>* links, const Entry& e) {
  if (links == &e.repealed_by) return "repeal";
  if (links == &e.amended_by) return "amend";
  if (links == &e.replaced_by) return "replace";
  return "suspend";
}

}  // namespace

TEST_CASE("the lineage set: every status, every edge and every unresolved target as TRUTH.tsv says") {
  const Truth truth = read_truth();
  const std::vector<ParsedFile> files = read_set();
  REQUIRE(files.size() >= 15);
  const Register reg = build_register(files, year{2026} / 12 / 1, StatusOptions{});

  Truth found;
  for (const Entry& e : reg.entries) {
    if (e.clause) continue;
    const std::string file = name_of(e.evidence.file);
    found.statuses.insert({file, to_string(e.status)});
    for (const auto* links : {&e.repealed_by, &e.amended_by, &e.replaced_by, &e.suspended_by})
      for (const LineageLink& l : *links) found.edges.insert({name_of(l.file), kind_of(links, e), file});
  }
  for (const UnresolvedLineage& u : reg.unresolved)
    found.unresolved.insert({name_of(u.by.file), u.target_title.empty() ? u.target_number : u.target_title});

  CHECK(found.statuses.size() == files.size());  // one document each
  for (const auto& s : truth.statuses) CHECK_MESSAGE(found.statuses.count(s), s.first << " should be " << s.second);
  for (const auto& s : found.statuses) CHECK_MESSAGE(truth.statuses.count(s), s.first << " is " << s.second);
  for (const auto& e : truth.edges)
    CHECK_MESSAGE(found.edges.count(e), "missing " << std::get<0>(e) << " " << std::get<1>(e) << " " << std::get<2>(e));
  for (const auto& e : found.edges)
    CHECK_MESSAGE(truth.edges.count(e), "extra " << std::get<0>(e) << " " << std::get<1>(e) << " " << std::get<2>(e));
  CHECK(found.unresolved == truth.unresolved);

  // d10 rests on (依据) the measures d02 repealed; the other basis citations name
  // documents outside the set (《城市道路管理条例》) or in force.
  REQUIRE(reg.ended_citations.size() == 1);
  const EndedCitation& cited = reg.ended_citations.front();
  CHECK(name_of(cited.by.file) == "d10-road-cites-repealed-2023.txt");
  CHECK(name_of(cited.cited_file) == "d01-road-excavation-2018.txt");
  CHECK(cited.cited_status == Status::repealed);
}

TEST_CASE("the lineage set before the repeals: on 2021-01-01 the road measures of 2018 are in force") {
  const std::vector<ParsedFile> files = read_set();
  const Register reg = build_register(files, year{2021} / 1 / 1, StatusOptions{});
  for (const Entry& e : reg.entries) {
    if (e.clause || name_of(e.evidence.file) != "d01-road-excavation-2018.txt") continue;
    CHECK(e.status == Status::no_validity);
    REQUIRE(e.repealed_by.size() == 1);  // listed, from 2021-07-01, not yet in effect
    CHECK(e.repealed_by.front().takes_effect == year{2021} / 7 / 1);
  }
}
