#pragma once
// What the index tests share: a temporary folder of documents, the binary's
// runs against a --db, and the index's tables read back.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/run_cli.hpp"
#include "index/store.hpp"
#include "ingest/temp_dir.hpp"

namespace clausecheck::testing {

// A shell word: 'text' with each ' written '\''.
inline std::string quoted(const std::string& text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// `count` documents of tests/data/documents copied into `dir` (their order is the folder's).
inline void copy_documents(const std::filesystem::path& dir, std::size_t count) {
  std::vector<std::filesystem::path> docs;
  for (const auto& e : std::filesystem::directory_iterator("tests/data/documents"))
    if (e.path().extension() == ".txt") docs.push_back(e.path());
  std::sort(docs.begin(), docs.end());
  REQUIRE(docs.size() >= count);
  std::filesystem::create_directories(dir);
  for (std::size_t i = 0; i < count; ++i) std::filesystem::copy_file(docs[i], dir / docs[i].filename());
}

inline long long count_rows(index::Store& store, const std::string& table) {
  const auto rows = store.query("SELECT count(*) FROM " + table, {});
  return std::stoll(rows.at(0).at(0).value_or("-1"));
}

// The index's update counts as `index` reports them, and its exit code, for a run over `dir`.
inline CliRun index_run(const std::filesystem::path& dir, const std::string& db) {
  return run_cli("index " + quoted(dir.string()) + " --db " + quoted(db) + " --as-of 2026-11-28 --no-config-discovery");
}

// The whole life of an index of `dir` in `db`: built, left alone, touched,
// edited, a file removed; after each step `status --db` gives what `status DIR` gives.
inline void check_index_life(const std::filesystem::path& dir, const std::string& db) {
  const auto same_register = [&] {
    for (const char* format : {"text", "json"}) {
      const std::string opts = std::string(" --as-of 2026-11-28 --no-config-discovery --format ") + format;
      const CliRun from_files = run_cli("status " + quoted(dir.string()) + opts);
      const CliRun from_db = run_cli("status --db " + quoted(db) + opts);
      CHECK(from_files.code == 0);
      CHECK(from_db.code == 0);
      CHECK(from_db.err == "");
      CHECK(from_db.out == from_files.out);
    }
  };
  CliRun run = index_run(dir, db);
  CHECK(run.code == 0);
  CHECK(run.err.find("5 files: 5 parsed, 0 unchanged, 0 same content, 0 removed, 0 errors") != std::string::npos);
  same_register();

  run = index_run(dir, db);
  CHECK(run.err.find("5 files: 0 parsed, 5 unchanged, 0 same content, 0 removed") != std::string::npos);

  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  // A new mtime, the same bytes: hashed, not parsed.
  std::filesystem::last_write_time(files[0], std::filesystem::last_write_time(files[0]) + std::chrono::hours(1));
  run = index_run(dir, db);
  CHECK(run.err.find("5 files: 0 parsed, 4 unchanged, 1 same content, 0 removed") != std::string::npos);

  // New bytes: parsed and written anew; the register follows.
  { std::ofstream(files[1], std::ios::app) << "\n本办法自2027年1月1日起施行，有效期2年。\n"; }
  std::filesystem::last_write_time(files[1], std::filesystem::last_write_time(files[1]) + std::chrono::hours(2));
  run = index_run(dir, db);
  CHECK(run.err.find("5 files: 1 parsed, 4 unchanged, 0 same content, 0 removed") != std::string::npos);
  same_register();

  std::filesystem::remove(files[2]);
  run = index_run(dir, db);
  CHECK(run.err.find("4 files: 0 parsed, 4 unchanged, 0 same content, 1 removed") != std::string::npos);
  same_register();
}

}  // namespace clausecheck::testing
