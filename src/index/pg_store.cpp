#include "index/pg_store.hpp"

#include <map>
#include <memory>
#include <string_view>

#include "index/libpq.hpp"
#include "model/messages.hpp"
#include "model/input_error.hpp"

namespace clausecheck::index {

namespace {

// The advisory lock every clausecheck writer of a database takes inside its
// transaction (released at its end): CI jobs writing into one index take turns.
constexpr const char* kWriterLock = "SELECT pg_advisory_xact_lock(7142243355196418)";

struct ResultFree {
  // A result exists only once the library is loaded (a connection was made).
  void operator()(PGresult* r) const { libpq("PostgreSQL").clear(r); }
};
using Result = std::unique_ptr<PGresult, ResultFree>;

class PgStore final : public Store {
 public:
  explicit PgStore(const std::string& url)
      : name_(without_password(url)), pq_(libpq(name_)), conn_(pq_.connectdb(url.c_str())) {
    if (!conn_ || pq_.status(conn_) != CONNECTION_OK) {
      const std::string reason = conn_ ? pq_.error_message(conn_) : "out of memory";
      pq_.finish(conn_);
      throw InputError(name_, msg(Msg::index_cannot_connect, {trimmed(reason)}));
    }
    // Notices (a table that already exists) are not the user's business.
    pq_.set_notice_processor(
        conn_, [](void*, const char*) {}, nullptr);
  }
  ~PgStore() override { pq_.finish(conn_); }

  const std::string& name() const override { return name_; }
  const char* backend() const override { return "postgresql"; }

  void execute(const std::string& sql) override { check(Result(pq_.exec(conn_, sql.c_str())), sql); }

  void run(const std::string& sql, std::span<const Value> params) override { exec_prepared(sql, params); }

  std::vector<Row> query(const std::string& sql, std::span<const Value> params) override {
    const Result result = exec_prepared(sql, params);
    std::vector<Row> rows;
    const int n = pq_.ntuples(result.get());
    const int columns = pq_.nfields(result.get());
    rows.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
      Row row(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c)
        if (!pq_.getisnull(result.get(), i, c))
          row[static_cast<std::size_t>(c)].emplace(pq_.getvalue(result.get(), i, c),
                                                   static_cast<std::size_t>(pq_.getlength(result.get(), i, c)));
      rows.push_back(std::move(row));
    }
    return rows;
  }

  std::vector<std::string> tables() override {
    std::vector<std::string> out;
    for (const Row& row : query("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                "current_schema() ORDER BY table_name COLLATE \"C\"",
                                {}))
      out.push_back(row[0].value_or(""));
    return out;
  }

  void begin_write() override {
    execute("BEGIN");
    execute(kWriterLock);
  }
  void commit() override { execute("COMMIT"); }
  void rollback() noexcept override { pq_.clear(pq_.exec(conn_, "ROLLBACK")); }

 private:
  static std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
  }

  const Result& check(const Result& result, const std::string& sql) const {
    const ExecStatusType status = pq_.result_status(result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return result;
    std::string reason =
        pq_.status(conn_) == CONNECTION_OK ? pq_.result_error_message(result.get()) : pq_.error_message(conn_);
    throw InputError(name_, msg(Msg::pg_failed, {trimmed(reason), sql.substr(0, 60)}));
  }

  Result exec_prepared(const std::string& sql, std::span<const Value> params) {
    auto it = prepared_.find(sql);
    if (it == prepared_.end()) {
      const std::string name = "s" + std::to_string(prepared_.size());
      check(Result(pq_.prepare(conn_, name.c_str(), sql.c_str(), 0, nullptr)), sql);
      it = prepared_.emplace(sql, name).first;
    }
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (const auto* n = std::get_if<std::int64_t>(&params[i])) texts[i] = std::to_string(*n);
      else if (const auto* s = std::get_if<std::string>(&params[i])) texts[i] = *s;
      else continue;
      values[i] = texts[i].c_str();
    }
    Result result(pq_.exec_prepared(conn_, it->second.c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                                    nullptr, 0));
    check(result, sql);
    return result;
  }

  std::string name_;
  const LibPq& pq_;
  PGconn* conn_;
  std::map<std::string, std::string, std::less<>> prepared_;
};

}  // namespace

std::string without_password(const std::string& url) {
  std::string out = url;
  // …?password=secret&… : up to the next '&'.
  if (const auto p = out.find("password="); p != std::string::npos) {
    const auto from = p + std::string_view("password=").size();
    out.replace(from, out.find('&', from) == std::string::npos ? std::string::npos : out.find('&', from) - from, "***");
  }
  // postgresql://user:secret@host/… : between the first ':' after the scheme and the '@' of the authority.
  const auto scheme = out.find("://");
  if (scheme == std::string::npos) return out;
  const auto authority_end = out.find_first_of("/?", scheme + 3);
  const auto at = out.rfind('@', authority_end == std::string::npos ? out.size() : authority_end);
  if (at == std::string::npos || at < scheme + 3) return out;
  const auto colon = out.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return out;
  return out.substr(0, colon + 1) + "***" + out.substr(at);
}

std::unique_ptr<Store> open_postgresql(const std::string& url) { return std::make_unique<PgStore>(url); }

}  // namespace clausecheck::index
