// The SQLite store and the schema's versions: what is created, migrated and refused.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <array>
#include <functional>

#include "index/schema.hpp"
#include "index/store.hpp"
#include "index/stored_summaries.hpp"
#include "index_fixture.hpp"
#include "model/in_language.hpp"
#include "model/input_error.hpp"

using namespace clausecheck;
using clausecheck::testing::count_rows;

namespace {

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

std::unique_ptr<index::Store> new_index(const std::filesystem::path& path) {
  auto store = index::open_store(path.string(), index::Access::write);
  index::prepare_schema(*store, index::Access::write);
  return store;
}

}  // namespace

TEST_CASE("a new SQLite index has every table, the schema version and a WAL journal") {
  TempDir dir;
  auto store = new_index(dir.path() / "index.db");
  const std::vector<std::string> expected = {"citations", "clausecheck_schema", "clauses", "documents", "facts",
                                             "files",     "findings",           "lineage", "summaries"};
  CHECK(store->tables() == expected);
  CHECK(store->query("SELECT version FROM clausecheck_schema", {}).at(0).at(0) ==
        std::to_string(index::kSchemaVersion));
  CHECK(store->query("PRAGMA journal_mode", {}).at(0).at(0) == "wal");
  // Opened again it is used as it is.
  store->run(
      "INSERT INTO files (id, path, size, mtime_ns, content_hash, indexed_as_of, day_count) VALUES (1, 'a', 0, "
      "0, '', '2026-01-01', 'administrative')");
  store.reset();
  store = new_index(dir.path() / "index.db");
  CHECK(count_rows(*store, "files") == 1);
}

TEST_CASE("an index of an older schema: reading it is refused, indexing migrates it") {
  TempDir dir;
  const auto path = dir.path() / "index.db";
  {
    auto store = new_index(path);
    store->run(
        "INSERT INTO files (id, path, size, mtime_ns, content_hash, indexed_as_of, day_count) VALUES (1, 'a', "
        "0, 0, '', '2026-01-01', 'administrative')");
    store->run("UPDATE clausecheck_schema SET version = 0");
  }
  auto reader = index::open_store(path.string(), index::Access::read);
  const std::string refused = message_of([&] { index::load_summaries(*reader); });
  CHECK(refused.find("旧于") != std::string::npos);
  CHECK(refused.find("对它运行 `clausecheck index` 即可迁移") != std::string::npos);
  reader.reset();
  auto store = new_index(path);  // the migration: tables made anew, to be filled by the files again
  CHECK(store->query("SELECT version FROM clausecheck_schema", {}).at(0).at(0) ==
        std::to_string(index::kSchemaVersion));
  CHECK(count_rows(*store, "files") == 0);
}

TEST_CASE("a newer schema and a database that is not ours are refused and left untouched") {
  TempDir dir;
  const auto newer = dir.path() / "newer.db";
  new_index(newer)->run("UPDATE clausecheck_schema SET version = 99");
  for (const auto access : {index::Access::read, index::Access::write}) {
    auto store = index::open_store(newer.string(), access);
    const std::string refused = message_of([&] { index::prepare_schema(*store, access); });
    CHECK(refused.find("新于本程序的") != std::string::npos);
  }
  CHECK(index::open_store(newer.string(), index::Access::read)
            ->query("SELECT version FROM clausecheck_schema", {})
            .at(0)
            .at(0) == "99");

  const auto theirs = dir.path() / "theirs.db";
  index::open_store(theirs.string(), index::Access::write)->execute("CREATE TABLE customers (name TEXT)");
  auto store = index::open_store(theirs.string(), index::Access::write);
  const std::string refused = message_of([&] { index::prepare_schema(*store, index::Access::write); });
  CHECK(refused.find("不是 clausecheck 索引") != std::string::npos);
  CHECK(store->tables() == std::vector<std::string>{"customers"});
}

TEST_CASE("a file that is not a database, a folder, a FIFO and a missing index are errors with the path") {
  TempDir dir;
  const auto text = dir.write("notes.db", "这不是数据库。This is not a database, only text that is long enough.\n");
  for (const auto access : {index::Access::read, index::Access::write}) {
    const std::string refused = message_of([&] { index::open_store(text.string(), access); });
    CHECK(refused.find(text.string()) != std::string::npos);
    CHECK(refused.find("不是 clausecheck 索引，或已损坏") != std::string::npos);
  }
  CHECK(message_of([&] { index::open_store(dir.path().string(), index::Access::write); }).find("不是普通文件") !=
        std::string::npos);
  const auto fifo = dir.path() / "fifo.db";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(message_of([&] { index::open_store(fifo.string(), index::Access::write); }).find("不是普通文件") !=
        std::string::npos);
  const auto missing = dir.path() / "missing.db";
  CHECK(message_of([&] { index::open_store(missing.string(), index::Access::read); }).find("没有这个索引") !=
        std::string::npos);
  CHECK(!std::filesystem::exists(missing));
  // The files a run reads are never its index.
  CHECK(message_of([&] { index::open_store(text.string(), index::Access::write, {text}); }).find("--db") !=
        std::string::npos);
}

TEST_CASE("a writer waits for another writer, then gives up with a clear error") {
  TempDir dir;
  const auto path = dir.path() / "index.db";
  auto first = new_index(path);
  auto second = index::open_store(path.string(), index::Access::write);
  index::WriteTransaction holding(*first);
  const InLanguage english(clausecheck::Lang::en);
  const std::string refused = message_of([&] { second->begin_write(); });
  CHECK(refused.find("another process holds the index") != std::string::npos);
  // Readers are not held up by the writer (WAL).
  CHECK(count_rows(*index::open_store(path.string(), index::Access::read), "files") == 0);
}

TEST_CASE("$1 … bind by name, so one SQL text serves both back-ends") {
  TempDir dir;
  auto store = index::open_store((dir.path() / "x.db").string(), index::Access::write);
  store->execute("CREATE TABLE t (a BIGINT, b TEXT)");
  const std::array<index::Value, 2> row = {std::int64_t{7}, std::string("七")};
  store->run("INSERT INTO t (b, a) VALUES ($2, $1)", row);
  store->run("INSERT INTO t (a, b) VALUES ($1, $2)", std::array<index::Value, 2>{nullptr, std::string("空")});
  const auto rows = store->query("SELECT a, b FROM t WHERE b = $1 OR a = $2 ORDER BY b",
                                 std::array<index::Value, 2>{std::string("空"), std::int64_t{7}});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0][0] == "7");
  CHECK(rows[0][1] == "七");
  CHECK(!rows[1][0]);
}
