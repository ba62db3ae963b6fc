#include "index/schema.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <array>
#include <string>

#include "model/messages.hpp"
#include "model/input_error.hpp"

namespace clausecheck::index {

namespace {

constexpr const char* kVersionTable = "clausecheck_schema";

// Every table of the current version, children of `files` first (dropped in this order,
// created in reverse). One SQL text for both back-ends: BIGINT, TEXT and
// explicit ids (no SERIAL or AUTOINCREMENT, which differ).
constexpr std::array<const char*, 8> kTables = {"findings", "citations", "lineage",   "facts",
                                                "clauses",  "summaries", "documents", "files"};

constexpr const char* kCreate = R"sql(
CREATE TABLE files (
  id BIGINT PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  size BIGINT NOT NULL,
  mtime_ns BIGINT NOT NULL,
  content_hash TEXT NOT NULL,
  indexed_as_of TEXT NOT NULL,
  day_count TEXT NOT NULL
);
CREATE TABLE documents (
  file_id BIGINT NOT NULL,
  ordinal BIGINT NOT NULL,
  title TEXT NOT NULL,
  number TEXT NOT NULL,
  issuer TEXT NOT NULL,
  kind TEXT NOT NULL,
  type TEXT NOT NULL,
  attachment BIGINT NOT NULL,
  signed_on TEXT,
  effective_from TEXT,
  expires_on TEXT,
  PRIMARY KEY (file_id, ordinal)
);
CREATE INDEX documents_issuer ON documents (issuer);
CREATE INDEX documents_number ON documents (number);
CREATE TABLE summaries (
  file_id BIGINT NOT NULL,
  ordinal BIGINT NOT NULL,
  summary TEXT NOT NULL,
  PRIMARY KEY (file_id, ordinal)
);
CREATE TABLE clauses (
  file_id BIGINT NOT NULL,
  document BIGINT NOT NULL,
  path TEXT NOT NULL,
  heading TEXT NOT NULL,
  line BIGINT NOT NULL,
  col BIGINT NOT NULL
);
CREATE INDEX clauses_file ON clauses (file_id);
CREATE TABLE facts (
  file_id BIGINT NOT NULL,
  document BIGINT NOT NULL,
  clause TEXT,
  kind TEXT NOT NULL,
  line BIGINT NOT NULL,
  col BIGINT NOT NULL,
  fact TEXT NOT NULL
);
CREATE INDEX facts_file ON facts (file_id);
CREATE INDEX facts_kind ON facts (kind);
CREATE TABLE lineage (
  file_id BIGINT NOT NULL,
  document BIGINT NOT NULL,
  kind TEXT NOT NULL,
  target_title TEXT NOT NULL,
  target_number TEXT NOT NULL,
  partial BIGINT NOT NULL,
  takes_effect TEXT,
  target_made_by TEXT,
  clause TEXT,
  line BIGINT NOT NULL,
  col BIGINT NOT NULL,
  evidence TEXT NOT NULL
);
CREATE INDEX lineage_file ON lineage (file_id);
CREATE INDEX lineage_number ON lineage (target_number);
CREATE INDEX lineage_title ON lineage (target_title);
CREATE TABLE citations (
  file_id BIGINT NOT NULL,
  document BIGINT NOT NULL,
  title TEXT NOT NULL,
  number TEXT NOT NULL,
  basis BIGINT NOT NULL,
  clause TEXT,
  line BIGINT NOT NULL,
  col BIGINT NOT NULL,
  evidence TEXT NOT NULL
);
CREATE INDEX citations_file ON citations (file_id);
CREATE TABLE findings (
  file_id BIGINT NOT NULL,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL,
  line BIGINT NOT NULL,
  col BIGINT NOT NULL,
  message TEXT NOT NULL,
  evidence TEXT NOT NULL,
  fingerprint TEXT NOT NULL
);
CREATE INDEX findings_file ON findings (file_id);
CREATE INDEX findings_rule ON findings (rule);
)sql";

std::string version_text(int version) { return std::to_string(version); }

void create(Store& store) {
  store.execute(kCreate);
  store.execute(std::string("CREATE TABLE ") + kVersionTable + " (version BIGINT NOT NULL, written_by TEXT NOT NULL)");
  const std::array<Value, 2> row = {std::int64_t{kSchemaVersion}, std::string("clausecheck " CLAUSECHECK_VERSION)};
  store.run(std::string("INSERT INTO ") + kVersionTable + " (version, written_by) VALUES ($1, $2)", row);
}

// Version 0 → 1 and every later step alike: the index holds nothing the files
// do not, so a migration drops the old tables and the next `index` run reads
// every file again (its stat and hash columns are gone with them).
void migrate(Store& store) {
  for (const char* table : kTables) store.execute(std::string("DROP TABLE IF EXISTS ") + table);
  store.execute(std::string("DROP TABLE ") + kVersionTable);
  create(store);
}

}  // namespace

// The version of `store`'s tables, none when it has no tables at all; InputError
// when they are not ours or newer than this build's.
std::optional<int> stored_version(Store& store) {
  const std::vector<std::string> tables = store.tables();
  if (tables.empty()) return std::nullopt;
  if (std::find(tables.begin(), tables.end(), kVersionTable) == tables.end())
    throw InputError(store.name(), msg(Msg::index_foreign_tables, {kVersionTable}));
  const std::vector<Row> rows = store.query(std::string("SELECT version FROM ") + kVersionTable, {});
  int version = -1;
  if (rows.size() == 1 && rows[0][0]) {
    const std::string& text = *rows[0][0];
    if (std::from_chars(text.data(), text.data() + text.size(), version).ec != std::errc{}) version = -1;
  }
  if (version < 0) throw InputError(store.name(), msg(Msg::index_no_version, {kVersionTable}));
  if (version > kSchemaVersion)
    throw InputError(store.name(), msg(Msg::index_newer, {version_text(version), version_text(kSchemaVersion)}));
  return version;
}

void prepare_schema(Store& store, Access access) {
  if (access == Access::read) {
    const std::optional<int> version = stored_version(store);
    if (!version) throw InputError(store.name(), msg(Msg::index_empty));
    if (*version < kSchemaVersion)
      throw InputError(store.name(), msg(Msg::index_older, {version_text(*version), version_text(kSchemaVersion)}));
    return;
  }
  // Looked at inside the write transaction: two writers of a new shared index do not both create it.
  WriteTransaction transaction(store);
  const std::optional<int> version = stored_version(store);
  if (version == kSchemaVersion) return;  // nothing written: the rollback is the end of the transaction
  if (!version) create(store);
  else migrate(store);
  transaction.commit();
}

}  // namespace clausecheck::index
