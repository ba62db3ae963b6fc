// `index`, `status --db` and `query` through the binary, on SQLite.
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "index/store.hpp"
#include "index_fixture.hpp"

using namespace clausecheck;
using clausecheck::testing::count_rows;
using clausecheck::testing::quoted;

TEST_CASE("index: an unchanged file is not read again, a changed one is, a removed one goes; status --db follows") {
  TempDir dir;
  clausecheck::testing::copy_documents(dir.path() / "docs", 5);
  clausecheck::testing::check_index_life(dir.path() / "docs", (dir.path() / "index.db").string());
}

TEST_CASE("status --db gives the register of status DIR byte for byte") {
  TempDir dir;
  const std::string db = (dir.path() / "index.db").string();
  for (const char* folder : {"tests/data/documents", "examples"}) {
    std::filesystem::remove(db);
    REQUIRE(run_cli(std::string("index ") + folder + " --db " + quoted(db) + " -q").code == 0);
    for (const char* format : {"text", "json", "markdown"}) {
      CAPTURE(folder);
      CAPTURE(format);
      const std::string opts = std::string(" --as-of 2026-11-28 --format ") + format;
      const CliRun files = run_cli(std::string("status ") + folder + opts);
      REQUIRE(files.code == 0);
      CHECK(files.out.size() > 100);
      // The stored summaries are read back on --jobs threads: the same register whatever their number.
      for (const char* jobs : {"1", "3"}) {
        CAPTURE(jobs);
        const CliRun stored = run_cli("status --db " + quoted(db) + opts + " --jobs " + jobs);
        CHECK(stored.code == 0);
        CHECK(stored.out == files.out);
      }
    }
  }
}

TEST_CASE("status --db keeps the walk's order when a later run adds a file that sorts before the others") {
  TempDir dir;
  const std::filesystem::path docs = dir.path() / "docs";
  clausecheck::testing::copy_documents(docs, 5);
  const std::string db = (dir.path() / "index.db").string();
  REQUIRE(run_cli("index " + quoted(docs.string()) + " --db " + quoted(db) + " -q").code == 0);
  // Stored after the others, it comes first in the walk ('-' is below every letter and digit).
  const std::filesystem::path first = *std::filesystem::directory_iterator(docs);
  std::filesystem::copy_file(first, docs / ("-" + first.filename().string()));
  REQUIRE(run_cli("index " + quoted(docs.string()) + " --db " + quoted(db) + " -q").code == 0);
  const std::string opts = " --as-of 2026-11-28 --format json";
  const CliRun files = run_cli("status " + quoted(docs.string()) + opts);
  const CliRun stored = run_cli("status --db " + quoted(db) + opts);
  REQUIRE(files.code == 0);
  CHECK(stored.code == 0);
  CHECK(stored.out == files.out);
}

TEST_CASE("the stored findings are those check gives with the built-in packs") {
  TempDir dir;
  const std::string db = (dir.path() / "index.db").string();
  REQUIRE(run_cli("index tests/data/documents --db " + quoted(db) + " --as-of 2026-11-28 -q").code == 0);
  const CliRun check = run_cli("check tests/data/documents --as-of 2026-11-28 --format json --no-config-discovery");
  REQUIRE(check.code <= 1);
  const auto findings = nlohmann::json::parse(check.out)["findings"];
  auto store = index::open_store(db, index::Access::read);
  CHECK(findings.size() > 10);
  CHECK(count_rows(*store, "findings") == static_cast<long long>(findings.size()));
  // Each of check's findings is in the index at its place.
  for (const auto& f : findings) {
    const auto rows = store->query(
        "SELECT count(*) FROM findings x JOIN files f ON f.id = x.file_id WHERE f.path = $1 AND x.rule = $2 AND x.line "
        "= $3 AND x.col = $4",
        std::array<index::Value, 4>{f["file"].get<std::string>(), f["rule"].get<std::string>(),
                                    f["line"].get<std::int64_t>(), f["column"].get<std::int64_t>()});
    CHECK(rows.at(0).at(0) != "0");
  }
}

TEST_CASE("a database that cannot be used is one error line naming it, and exit 2") {
  TempDir dir;
  const auto text = dir.write("notes.db", "这不是数据库。This is not a database, only text that is long enough.\n");
  const auto docs = dir.path() / "docs";
  clausecheck::testing::copy_documents(docs, 1);
  const auto expect_refused = [](const CliRun& run, const std::string& says) {
    CHECK(run.code == 2);
    CHECK(run.out == "");
    CHECK(run.err.starts_with("error: "));
    CHECK(run.err.find(says) != std::string::npos);
  };
  expect_refused(run_cli("status --db " + quoted(text.string())), text.string() + ": SQLite: ");
  expect_refused(run_cli("index " + quoted(docs.string()) + " --db " + quoted(text.string())), "不是 clausecheck 索引");
  expect_refused(run_cli("query --db " + quoted(text.string()) + " cites-repealed"), "不是 clausecheck 索引");
  expect_refused(run_cli("status --db " + quoted((dir.path() / "none.db").string())), "没有这个索引");
  expect_refused(run_cli("index " + quoted(docs.string()) + " --db " + quoted(docs.string())), "不是普通文件");
  // The index is never one of the files the run reads.
  const auto doc = std::filesystem::directory_iterator(docs)->path();
  expect_refused(run_cli("index " + quoted(docs.string()) + " --db " + quoted(doc.string())), "--db");
  expect_refused(run_cli("status --db 'postgresql://nobody@/none?host=/nonexistent-socket-dir&connect_timeout=2'"),
                 "PostgreSQL：无法连接");
  expect_refused(run_cli("status --db 'postgresql://nobody:secret@/none?host=/nonexistent-socket-dir'"),
                 "postgresql://nobody:***@/none");
  CHECK(run_cli("status --db 'postgresql://nobody:secret@/none?host=/nonexistent-socket-dir'").err.find("secret") ==
        std::string::npos);
  // An older index: status refuses it, index migrates it.
  const std::string db = (dir.path() / "old.db").string();
  REQUIRE(run_cli("index " + quoted(docs.string()) + " --db " + quoted(db) + " -q").code == 0);
  index::open_store(db, index::Access::write)->run("UPDATE clausecheck_schema SET version = 0");
  expect_refused(run_cli("status --db " + quoted(db)), "对它运行 `clausecheck index` 即可迁移");
  const CliRun migrated = run_cli("index " + quoted(docs.string()) + " --db " + quoted(db));
  CHECK(migrated.code == 0);
  CHECK(migrated.err.find("1 parsed") != std::string::npos);
  CHECK(run_cli("status --db " + quoted(db)).code == 0);
  // status takes files or --db, not both and not neither.
  expect_refused(run_cli("status " + quoted(docs.string()) + " --db " + quoted(db)), "--db 与文件不能同时给出");
  expect_refused(run_cli("status"), "--db");
}

TEST_CASE("query: the questions answer from the register of the whole index, on the date asked") {
  TempDir dir;
  const std::string db = (dir.path() / "index.db").string();
  REQUIRE(run_cli("index examples --db " + quoted(db) + " -q").code == 0);
  const auto ask = [&](const std::string& question) {
    const CliRun run = run_cli("query --db " + quoted(db) + " " + question + " --format json");
    REQUIRE(run.code == 0);
    return nlohmann::json::parse(run.out);
  };
  const auto numbers = [](const nlohmann::json& answer) {
    std::vector<std::string> out;
    for (const auto& a : answer["answers"]) out.push_back(a["number"]);
    return out;
  };
  // 驻政〔2023〕14号 is in force 2023-03-01 through 2028-02-29.
  const auto in_2023 = ask("in-force --issuer 驻马店市人民政府 --as-of 2023-06-01");
  CHECK(in_2023["question"] == "in-force");
  CHECK(in_2023["as_of"] == "2023-06-01");
  const auto found = numbers(in_2023);
  CHECK(std::count(found.begin(), found.end(), "驻政〔2023〕14号") == 1);
  for (const auto& a : in_2023["answers"])
    CHECK((a["status"] == "in_force" || a["status"] == "expiring" || a["status"] == "no_validity"));
  const auto later = numbers(ask("in-force --issuer 驻马店市人民政府 --as-of 2028-03-01"));
  CHECK(std::count(later.begin(), later.end(), "驻政〔2023〕14号") == 0);
  CHECK(later.size() < found.size());
  CHECK(ask("in-force --issuer 信阳市人民政府 --as-of 2023-06-01")["answers"].empty());

  // By number: only that number's documents, each with its status on the date.
  const auto by_number = ask("repealed-by 驻政〔2023〕9号 --as-of 2026-11-28");
  REQUIRE(!by_number["answers"].empty());
  for (const auto& a : by_number["answers"]) {
    CHECK(a["number"] == "驻政〔2023〕9号");
    CHECK(a["status"] == "expired");
    CHECK(a["repealed_by"].is_array());
  }
  // A citation of a lapsed document, never a notice naming its own attachment.
  // Held in a local: a range-for over a member of the temporary ask() returns reads freed memory.
  const auto cites = ask("cites-repealed --as-of 2026-11-28");
  for (const auto& a : cites["answers"]) {
    CHECK(a["cites"]["file"] != a["file"]);
    CHECK(a["cites"]["status"] != "in_force");
  }
  // Questions that lack or do not take an argument are refused.
  CHECK(run_cli("query --db " + quoted(db) + " repealed-by").code == 2);
  CHECK(run_cli("query --db " + quoted(db) + " in-force").code == 2);
  CHECK(run_cli("query --db " + quoted(db) + " cites-repealed 驻政〔2023〕9号").code == 2);
}

TEST_CASE("query cites-repealed: a notice citing measures that lapsed, from the day they lapse") {
  TempDir dir;
  const std::string db = (dir.path() / "index.db").string();
  // measures-2023.txt (驻政〔2023〕12号) is in force through 2026-03-03; notice-2026.txt cites it (依据《…》).
  REQUIRE(run_cli("index tests/data/index/cites --db " + quoted(db) + " -q").code == 0);
  const CliRun after = run_cli("query --db " + quoted(db) + " cites-repealed --as-of 2026-11-28 --format json");
  REQUIRE(after.code == 0);
  const auto answers = nlohmann::json::parse(after.out)["answers"];
  REQUIRE(answers.size() == 1);
  CHECK(answers[0]["file"] == "tests/data/index/cites/notice-2026.txt");
  CHECK(answers[0]["line"] == 7);
  CHECK(answers[0]["cites"]["number"] == "驻政〔2023〕12号");
  CHECK(answers[0]["cites"]["status"] == "expired");
  const CliRun before = run_cli("query --db " + quoted(db) + " cites-repealed --as-of 2026-02-01");
  CHECK(before.out == "0 条答案，截至 2026-02-01\n");
  const CliRun english = run_cli("--lang en query --db " + quoted(db) + " cites-repealed --as-of 2026-02-01");
  CHECK(english.out == "0 answers as of 2026-02-01\n");
}
