#include "index/sqlite_store.hpp"

#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <map>

#include "model/messages.hpp"
#include "model/input_error.hpp"
#include "reports/output_file.hpp"

namespace clausecheck::index {

namespace {

class SqliteStore final : public Store {
 public:
  SqliteStore(const std::filesystem::path& path, Access access) : name_(path.string()) {
    const int flags = access == Access::read ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    try {
      if (sqlite3_open_v2(name_.c_str(), &db_, flags, nullptr) != SQLITE_OK) fail("cannot open");
      sqlite3_extended_result_codes(db_, 1);
      sqlite3_busy_timeout(db_, kBusyTimeoutMs);
      // A file that is not a database fails here, on its first read, not later.
      if (access == Access::write) execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL");
      else query("SELECT count(*) FROM sqlite_master", {});
    } catch (...) {
      close();  // the destructor does not run for a constructor that throws
      throw;
    }
  }
  ~SqliteStore() override { close(); }

  const std::string& name() const override { return name_; }
  const char* backend() const override { return "sqlite"; }

  void execute(const std::string& sql) override {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      const std::string text = message ? message : sqlite3_errmsg(db_);
      sqlite3_free(message);
      fail_with(text);
    }
  }

  void run(const std::string& sql, std::span<const Value> params) override {
    sqlite3_stmt* stmt = bound(sql, params);
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) fail("statement failed");
  }

  std::vector<Row> query(const std::string& sql, std::span<const Value> params) override {
    sqlite3_stmt* stmt = bound(sql, params);
    std::vector<Row> rows;
    int rc = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      Row row(static_cast<std::size_t>(sqlite3_column_count(stmt)));
      for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
        if (sqlite3_column_type(stmt, i) == SQLITE_NULL) continue;
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
        row[static_cast<std::size_t>(i)].emplace(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)));
      }
      rows.push_back(std::move(row));
    }
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) fail("query failed");
    return rows;
  }

  std::vector<std::string> tables() override {
    std::vector<std::string> out;
    for (const Row& row : query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", {}))
      out.push_back(row[0].value_or(""));
    return out;
  }

  void begin_write() override { execute("BEGIN IMMEDIATE"); }
  void commit() override { execute("COMMIT"); }
  void rollback() noexcept override { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); }

 private:
  // Statements first: sqlite3_close refuses a connection that still has some.
  void close() noexcept {
    for (auto& entry : statements_) sqlite3_finalize(entry.second);
    statements_.clear();
    sqlite3_close(db_);
  }

  [[noreturn]] void fail(const char* what) const { fail_with(db_ ? sqlite3_errmsg(db_) : what); }
  [[noreturn]] void fail_with(const std::string& reason) const {
    const int code = db_ ? sqlite3_extended_errcode(db_) : SQLITE_ERROR;
    std::string hint;
    if ((code & 0xFF) == SQLITE_NOTADB || (code & 0xFF) == SQLITE_CORRUPT) hint = msg(Msg::sqlite_not_index);
    else if ((code & 0xFF) == SQLITE_BUSY || (code & 0xFF) == SQLITE_LOCKED)
      hint = msg(Msg::sqlite_busy, {std::to_string(kBusyTimeoutMs / 1000)});
    throw InputError(name_, msg(Msg::sqlite_failed, {reason, hint}));
  }

  sqlite3_stmt* bound(const std::string& sql, std::span<const Value> params) {
    auto it = statements_.find(sql);
    if (it == statements_.end()) {
      sqlite3_stmt* stmt = nullptr;
      if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                             nullptr) != SQLITE_OK)
        fail("cannot prepare");
      it = statements_.emplace(sql, stmt).first;
    }
    sqlite3_stmt* stmt = it->second;
    sqlite3_clear_bindings(stmt);
    for (std::size_t i = 0; i < params.size(); ++i) {
      // $1 … are named parameters to SQLite: found by name, so the same SQL text serves PostgreSQL.
      const std::string name = "$" + std::to_string(i + 1);
      const int at = sqlite3_bind_parameter_index(stmt, name.c_str());
      if (at == 0) continue;
      int rc = SQLITE_OK;
      if (const auto* n = std::get_if<std::int64_t>(&params[i])) rc = sqlite3_bind_int64(stmt, at, *n);
      else if (const auto* s = std::get_if<std::string>(&params[i]))
        rc = sqlite3_bind_text(stmt, at, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
      else rc = sqlite3_bind_null(stmt, at);
      if (rc != SQLITE_OK) fail("cannot bind");
    }
    return stmt;
  }

  std::string name_;
  sqlite3* db_ = nullptr;
  std::map<std::string, sqlite3_stmt*, std::less<>> statements_;
};

}  // namespace

std::unique_ptr<Store> open_sqlite(const std::filesystem::path& path, Access access,
                                   const std::vector<std::filesystem::path>& read) {
  struct stat st {};
  const bool exists = ::stat(path.c_str(), &st) == 0;
  if (access == Access::read && !exists) throw InputError(path.string(), msg(Msg::index_missing, {path.string()}));
  if (exists && !S_ISREG(st.st_mode)) throw InputError(path.string(), msg(Msg::index_not_regular));
  // The index is written: never one of the files the run reads, never through a dangling link.
  if (access == Access::write) reports::refuse_overwrite(path, read, "--db");
  return std::make_unique<SqliteStore>(path, access);
}

}  // namespace clausecheck::index
