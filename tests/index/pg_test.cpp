// The index in PostgreSQL (CLAUSECHECK_PG_URL): the same life as in SQLite,
// writers taking turns, and the same answers from both back-ends.
#include <doctest/doctest.h>

#include <cstdlib>

#include "index/store.hpp"
#include "index_fixture.hpp"

using namespace clausecheck;
using clausecheck::testing::quoted;

namespace {

const std::string& pg_url() {
  static const std::string url = std::getenv("CLAUSECHECK_PG_URL");
  return url;
}

// An empty database for the next case: our tables dropped (nothing else is touched).
void reset_pg() {
  auto store = index::open_store(pg_url(), index::Access::write);
  for (const char* table : {"findings", "citations", "lineage", "facts", "clauses", "summaries", "documents", "files",
                            "clausecheck_schema"})
    store->execute(std::string("DROP TABLE IF EXISTS ") + table);
}

}  // namespace

TEST_CASE("PostgreSQL: an unchanged file is not read again, a changed one is, a removed one goes") {
  reset_pg();
  TempDir dir;
  clausecheck::testing::copy_documents(dir.path() / "docs", 5);
  clausecheck::testing::check_index_life(dir.path() / "docs", pg_url());
}

TEST_CASE("PostgreSQL: two writers at once take turns, and the index is the files'") {
  reset_pg();
  TempDir dir;
  clausecheck::testing::copy_documents(dir.path() / "docs", 8);
  const std::string one = std::string(CLAUSECHECK_BINARY) + " index " + quoted((dir.path() / "docs").string()) +
                          " --db " + quoted(pg_url()) + " -q";
  const CliRun both = run_shell(one + " & " + one + "; a=$?; wait $!; b=$?; exit $((a + b))");
  CHECK(both.code == 0);
  CHECK(both.err == "");
  const CliRun files = run_cli("status " + quoted((dir.path() / "docs").string()) + " --as-of 2026-11-28");
  const CliRun stored = run_cli("status --db " + quoted(pg_url()) + " --as-of 2026-11-28");
  CHECK(stored.code == 0);
  CHECK(stored.out == files.out);
}

TEST_CASE("SQLite and PostgreSQL give the same answers to the same questions") {
  reset_pg();
  TempDir dir;
  const std::string sqlite = (dir.path() / "index.db").string();
  for (const std::string& db : {sqlite, pg_url()})
    REQUIRE(run_cli("index tests/data/documents examples --db " + quoted(db) + " -q").code == 0);
  const std::vector<std::string> questions = {
      "status --as-of 2026-11-28 --format json",
      "query cites-repealed --as-of 2026-11-28 --format json",
      "query in-force --issuer 驻马店市人民政府 --as-of 2023-06-01 --format json",
      "query in-force --issuer 驻马店市人民政府 --as-of 2023-06-01",
      "query repealed-by 办法 --as-of 2026-11-28 --format json",
  };
  for (const std::string& question : questions) {
    CAPTURE(question);
    const auto space = question.find(' ');
    const std::string command = question.substr(0, space), rest = question.substr(space);
    const CliRun a = run_cli(command + " --db " + quoted(sqlite) + rest);
    const CliRun b = run_cli(command + " --db " + quoted(pg_url()) + rest);
    CHECK(a.code == 0);
    CHECK(a.out.size() > 60);
    CHECK(b.code == 0);
    CHECK(a.out == b.out);
  }
}
