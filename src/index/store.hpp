#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace clausecheck::index {

// What a statement's $1, $2 … are bound to.
using Value = std::variant<std::nullptr_t, std::int64_t, std::string>;
// One result row, each cell as text (NULL: none).
using Row = std::vector<std::optional<std::string>>;

enum class Access { read, write };

// The index's database: SQLite (a file) or PostgreSQL (a server), behind the
// same few calls, so that the schema, the writes and the questions are one SQL
// text for both (docs/index.md). Placeholders are $1, $2 … in both.
// Every failure is an InputError naming the database (exit 2).
class Store {
 public:
  virtual ~Store() = default;
  Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // How messages name it: the path, or the URL without its password.
  virtual const std::string& name() const = 0;
  // "sqlite" or "postgresql".
  virtual const char* backend() const = 0;
  // Statements without parameters or results (the schema).
  virtual void execute(const std::string& sql) = 0;
  // One statement, prepared once per SQL text for the connection's life.
  virtual void run(const std::string& sql, std::span<const Value> params = {}) = 0;
  virtual std::vector<Row> query(const std::string& sql, std::span<const Value> params = {}) = 0;
  // The tables of the database (ours or not), sorted.
  virtual std::vector<std::string> tables() = 0;
  // A write transaction, writers one at a time: SQLite's BEGIN IMMEDIATE
  // (waiting up to the busy timeout), PostgreSQL's BEGIN and an advisory lock
  // that other clausecheck writers of the same database wait for.
  virtual void begin_write() = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;
};

// True for "postgresql://…" and "postgres://…" (libpq's connection URIs).
bool is_postgresql_url(std::string_view spec);

// Opens the database `spec` names. For write access a SQLite file is created
// when missing, never over a file that is not a regular file nor over one of
// `read` (the files the run reads); for read access it must exist.
std::unique_ptr<Store> open_store(const std::string& spec, Access access,
                                  const std::vector<std::filesystem::path>& read = {});

// A write transaction: begun when made, committed by commit(), rolled back
// when left without it (a throw part-way through a batch leaves the index as it was).
class WriteTransaction {
 public:
  explicit WriteTransaction(Store& store) : store_(store) { store_.begin_write(); }
  ~WriteTransaction() {
    if (!done_) store_.rollback();
  }
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  void commit() {
    store_.commit();
    done_ = true;
  }

 private:
  Store& store_;
  bool done_ = false;
};

}  // namespace clausecheck::index
