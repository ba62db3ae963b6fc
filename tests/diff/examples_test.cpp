// The revised examples of examples/revisions/ diffed and compared, clause by
// clause, with the expected result written by hand next to each pair.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "diff/diff_files.hpp"
#include "parse/parse_file.hpp"
#include "reports/diff_json.hpp"
#include "source_paths.hpp"

using namespace clausecheck;
using namespace clausecheck::test;
using nlohmann::json;

namespace {

json read_json(const std::filesystem::path& path) {
  std::ifstream in(path);
  REQUIRE(in.good());
  return json::parse(in);
}

bool contains(const json& actual_text, const json& expected_part) {
  return actual_text.is_string() &&
         actual_text.get<std::string>().find(expected_part.get<std::string>()) != std::string::npos;
}

// An expected fact change ({"kind"?, "old", "new", "direction"?}) is matched by
// an actual one of that kind whose texts contain the expected ones.
bool has_fact_change(const json& actual_facts, const json& expected) {
  for (const json& a : actual_facts) {
    if (expected.contains("kind") && a["kind"] != expected["kind"]) continue;
    if (expected.contains("direction") && a["direction"] != expected["direction"]) continue;
    if (contains(a["old"], expected["old"]) && contains(a["new"], expected["new"])) return true;
  }
  return false;
}

void check_facts(const json& actual, const json& expected, const std::string& where) {
  if (!expected.contains("facts")) return;
  for (const json& f : expected["facts"]) {
    INFO(where << ": fact change " << f.dump() << " among " << actual["facts"].dump());
    CHECK(has_fact_change(actual["facts"], f));
  }
}

void check_document(const json& actual, const json& expected) {
  const std::string where = expected["old"].dump() + " → " + expected["new"].dump();
  INFO(where);
  CHECK(actual["old"] == expected["old"]);
  CHECK(actual["new"] == expected["new"]);
  CHECK(actual["status"] == expected["status"]);
  CHECK(actual.value("attachment_of", json()) == expected.value("attachment_of", json()));
  if (expected.contains("fields")) {
    for (const auto& item : expected["fields"].items()) {
      const std::string& field = item.key();
      const json& values = item.value();
      bool found = false;
      for (const json& f : actual["fields"])
        found = found || (f["field"] == field && f["old"] == values[0] && f["new"] == values[1]);
      INFO("field " << field << " among " << actual["fields"].dump());
      CHECK(found);
    }
  }
  check_facts(actual, expected, where);
  if (expected["status"] == "unchanged") {
    for (const json& c : actual["clauses"]) CHECK(c["kind"] == "unchanged");
  }
  if (!expected.contains("clauses")) return;
  const json& want = expected["clauses"];
  const json& got = actual["clauses"];
  CHECK(got.size() == want.size());
  for (std::size_t k = 0; k < std::min(got.size(), want.size()); ++k) {
    const std::string at =
        where + " clause #" + std::to_string(k) + " " + want[k]["old"].dump() + " → " + want[k]["new"].dump();
    INFO(at << "; got " << got[k]["old"].dump() << " → " << got[k]["new"].dump() << " " << got[k]["kind"]);
    CHECK(got[k]["old"] == want[k]["old"]);
    CHECK(got[k]["new"] == want[k]["new"]);
    CHECK(got[k]["kind"] == want[k]["kind"]);
    check_facts(got[k], want[k], at);
  }
}

void check_example(const std::string& name) {
  const json expected = read_json(source_dir() / "examples/revisions" / name / "expected.json");
  const ParsedFile old_file = parse::parse_path(source_dir() / expected["old"].get<std::string>());
  const ParsedFile new_file = parse::parse_path(source_dir() / expected["new"].get<std::string>());
  const json actual = json::parse(reports::diff_json(diff::diff_files(old_file, new_file), {}));
  CHECK(actual["schema"] == "clausecheck/diff@1");
  CHECK(actual["changed"] == true);
  REQUIRE(actual["documents"].size() == expected["documents"].size());
  for (std::size_t k = 0; k < expected["documents"].size(); ++k)
    check_document(actual["documents"][k], expected["documents"][k]);
  const json want_toc = expected.value("toc", json::array());
  REQUIRE(actual["toc"].size() == want_toc.size());
  for (std::size_t k = 0; k < want_toc.size(); ++k) {
    CHECK(actual["toc"][k]["change"] == want_toc[k]["change"]);
    CHECK(actual["toc"][k]["title"] == want_toc[k]["title"]);
  }
}

}  // namespace

TEST_CASE("若干措施 revised: insertion after 三, deletion, move, figures, new number, 试行 dropped") {
  check_example("measures");
}

TEST_CASE("若干措施 with one clause inserted: one insertion, every later clause renumbered, nothing modified") {
  check_example("measures-insert");
}

TEST_CASE("驻政〔2023〕10号: an item inserted, one deleted and one moved between sections") {
  check_example("opinions");
}

TEST_CASE("a later gazette issue: one notice replaced, one removed, contents changed") { check_example("gazette"); }

TEST_CASE("the seed against itself: no change at all") {
  const ParsedFile a = parse::parse_path(source_dir() / "examples/zhumadian-gazette-2023-02.txt");
  const ParsedFile b = parse::parse_path(source_dir() / "examples/zhumadian-gazette-2023-02.txt");
  const diff::ChangeSet changes = diff::diff_files(a, b);
  CHECK(changes.empty());
  CHECK(changes.documents.size() == a.documents.size());
  for (const auto& d : changes.documents) CHECK(d.status == diff::DocumentStatus::unchanged);
}

TEST_CASE("text outside the clauses is compared: a changed 印发语, and the whole file as the last word") {
  const std::string head = "驻马店市人民政府关于印发测试办法的通知\n\n驻政〔2023〕9号\n\n各县区人民政府：\n\n";
  const std::string clauses = "\n\n一、加强管理。\n\n二、落实责任。\n\n2023年3月4日\n";
  const auto parse = [](const std::string& text) {
    return parse::parse_source(std::make_shared<const SourceText>("t.txt", text));
  };
  const ParsedFile a = parse(head + "经市政府第2次常务会议研究同意，现印发给你们。" + clauses);
  const ParsedFile b = parse(head + "经市政府第26次常务会议研究同意，现印发给你们。" + clauses);
  const diff::ChangeSet changes = diff::diff_files(a, b);
  CHECK_FALSE(changes.empty());
  REQUIRE(changes.documents.size() == 1);
  REQUIRE(changes.documents[0].passages.size() == 1);
  const diff::PassageChange& p = changes.documents[0].passages[0];
  CHECK(p.part == diff::PassagePart::preamble);
  CHECK(p.kind == diff::ClauseChangeKind::modified);
  CHECK(p.old_text.find("第2次") != std::string::npos);
  CHECK(p.new_text.find("第26次") != std::string::npos);
  // Spaces inside a clause: no clause, field or passage changes, yet the files differ.
  const ParsedFile c = parse(head + "经市政府第2次常务会议研究同意，现印发给你们。" +
                             "\n\n一、加强 管理。\n\n二、落实责任。\n\n2023年3月4日\n");
  const diff::ChangeSet spaced = diff::diff_files(a, c);
  CHECK_FALSE(spaced.empty());
  CHECK_FALSE(spaced.text.empty());
  CHECK(diff::diff_files(a, a).text.empty());
}

TEST_CASE("two unrelated documents: paired as the one document of each file, every clause inserted or deleted") {
  const ParsedFile measures = parse::parse_path(source_dir() / "examples/revisions/measures/old.txt");
  const ParsedFile opinions = parse::parse_path(source_dir() / "examples/revisions/opinions/old.txt");
  const diff::ChangeSet changes = diff::diff_files(measures, opinions);
  REQUIRE(changes.documents.size() == 1);
  const diff::DocumentChange& d = changes.documents[0];
  CHECK(d.status == diff::DocumentStatus::changed);
  std::size_t inserted = 0, deleted = 0;
  for (const auto& c : d.clauses) {
    CHECK((c.kind == diff::ClauseChangeKind::inserted || c.kind == diff::ClauseChangeKind::deleted));
    inserted += c.kind == diff::ClauseChangeKind::inserted;
    deleted += c.kind == diff::ClauseChangeKind::deleted;
  }
  CHECK(inserted == 29);  // 6 sections and 23 items of the 实施意见
  CHECK(deleted == 0);    // the 通知 itself has no clauses; its 措施 are an attachment
  REQUIRE(d.attachments.size() == 1);
  CHECK(d.attachments[0].status == diff::DocumentStatus::removed);
}

TEST_CASE("the clauses of two unrelated documents never pair: 27 measures deleted, 29 items inserted") {
  const ParsedFile measures = parse::parse_path(source_dir() / "examples/revisions/measures/old.txt");
  const ParsedFile opinions = parse::parse_path(source_dir() / "examples/revisions/opinions/old.txt");
  REQUIRE(measures.documents.size() == 1);
  REQUIRE(measures.documents[0].attachments.size() == 1);
  const auto changes = diff::align_clauses(measures.documents[0].attachments[0].clauses, opinions.documents[0].clauses);
  std::size_t inserted = 0, deleted = 0;
  for (const auto& c : changes) {
    inserted += c.kind == diff::ClauseChangeKind::inserted;
    deleted += c.kind == diff::ClauseChangeKind::deleted;
  }
  CHECK(deleted == 27);
  CHECK(inserted == 29);
  CHECK(changes.size() == 56);
}
