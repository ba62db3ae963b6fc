#include "index/file_rows.hpp"

#include <array>
#include <string>

#include "model/date.hpp"
#include "model/fact_json.hpp"
#include "model/model_json.hpp"
#include "status/summary_json.hpp"
#include "text/escape_json.hpp"

namespace clausecheck::index {

namespace {

// The tables whose rows belong to one file, through file_id.
constexpr std::array<const char*, 7> kFileTables = {"documents", "summaries", "clauses", "facts",
                                                    "lineage",   "citations", "findings"};

Value day(const std::optional<std::chrono::year_month_day>& ymd) {
  if (!ymd) return nullptr;
  return Date{*ymd, Precision::day}.iso();
}
Value text_or_null(const std::optional<std::string>& s) {
  if (!s) return nullptr;
  return *s;
}

// The walk of one file's documents in summarize's order, with each document's ordinal.
class RowWriter {
 public:
  RowWriter(Store& store, std::int64_t id, const SourceText& source) : store_(store), id_(id), source_(source) {}

  void document(const Document& doc) {
    const std::int64_t ordinal = next_++;
    for (const Fact& fact : doc.facts) write_fact(ordinal, nullptr, fact);
    std::vector<const Clause*> chain;
    for (const Clause& clause : doc.clauses) this->clause(ordinal, clause, chain);
    for (const Document& attachment : doc.attachments) document(attachment);
  }

 private:
  void clause(std::int64_t ordinal, const Clause& clause, std::vector<const Clause*>& chain) {
    chain.push_back(&clause);
    const std::string path = clause_path(chain);
    const Location at = source_.locate(clause.span.begin);
    const std::array<Value, 6> row = {
        id_, ordinal, path, clause.heading, std::int64_t{at.line}, std::int64_t{at.column}};
    store_.run("INSERT INTO clauses (file_id, document, path, heading, line, col) VALUES ($1, $2, $3, $4, $5, $6)",
               row);
    for (const Fact& fact : clause.facts) write_fact(ordinal, path, fact);
    for (const Clause& child : clause.children) this->clause(ordinal, child, chain);
    chain.pop_back();
  }

  void write_fact(std::int64_t ordinal, Value clause, const Fact& fact) {
    std::string json;
    text::JsonWriter out(json, -1);
    clausecheck::write_fact(out, fact, source_);
    const Location at = source_.locate(fact.span.begin);
    const std::array<Value, 7> row = {id_,
                                      ordinal,
                                      std::move(clause),
                                      std::string(kind_name(fact.value)),
                                      std::int64_t{at.line},
                                      std::int64_t{at.column},
                                      std::move(json)};
    store_.run(
        "INSERT INTO facts (file_id, document, clause, kind, line, col, fact) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        row);
  }

  Store& store_;
  std::int64_t id_;
  const SourceText& source_;
  std::int64_t next_ = 0;
};

void write_summary(Store& store, std::int64_t id, std::int64_t ordinal, const status::DocumentSummary& s) {
  const std::array<Value, 11> doc = {id,
                                     ordinal,
                                     s.title,
                                     s.number,
                                     s.issuer,
                                     s.kind,
                                     s.type,
                                     std::int64_t{s.attachment ? 1 : 0},
                                     day(s.signed_on),
                                     day(s.effective_from),
                                     day(s.expires_on)};
  store.run(
      "INSERT INTO documents (file_id, ordinal, title, number, issuer, kind, type, attachment, signed_on, "
      "effective_from, expires_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      doc);
  const std::array<Value, 3> summary = {id, ordinal, text::dump_json(status::to_json(s), -1)};
  store.run("INSERT INTO summaries (file_id, ordinal, summary) VALUES ($1, $2, $3)", summary);
  for (const status::LineageStatement& l : s.lineage) {
    const std::array<Value, 12> row = {id,
                                       ordinal,
                                       std::string(status::to_string(l.kind)),
                                       l.target_title,
                                       l.target_number,
                                       std::int64_t{l.partial ? 1 : 0},
                                       day(l.takes_effect),
                                       day(l.target_made_by),
                                       text_or_null(l.clause),
                                       std::int64_t{l.evidence.location.line},
                                       std::int64_t{l.evidence.location.column},
                                       l.evidence.text};
    store.run(
        "INSERT INTO lineage (file_id, document, kind, target_title, target_number, partial, takes_effect, "
        "target_made_by, clause, line, col, evidence) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        row);
  }
  for (const status::Citation& c : s.cites) {
    const std::array<Value, 9> row = {id,
                                      ordinal,
                                      c.title,
                                      c.number,
                                      std::int64_t{c.basis ? 1 : 0},
                                      text_or_null(c.clause),
                                      std::int64_t{c.evidence.location.line},
                                      std::int64_t{c.evidence.location.column},
                                      c.evidence.text};
    store.run(
        "INSERT INTO citations (file_id, document, title, number, basis, clause, line, col, evidence) VALUES ($1, $2, "
        "$3, $4, $5, $6, $7, $8, $9)",
        row);
  }
}

}  // namespace

void delete_file_rows(Store& store, std::int64_t id) {
  const std::array<Value, 1> key = {id};
  for (const char* table : kFileTables) store.run(std::string("DELETE FROM ") + table + " WHERE file_id = $1", key);
}

void write_file_rows(Store& store, std::int64_t id, const ParsedFile& file,
                     const std::vector<status::DocumentSummary>& summaries,
                     const std::vector<const Finding*>& findings) {
  for (std::size_t i = 0; i < summaries.size(); ++i)
    write_summary(store, id, static_cast<std::int64_t>(i), summaries[i]);
  RowWriter rows(store, id, *file.source);
  for (const Document& doc : file.documents) rows.document(doc);
  for (const Finding* f : findings) {
    const std::array<Value, 8> row = {id,
                                      f->rule,
                                      std::string(to_string(f->severity)),
                                      std::int64_t{f->location.line},
                                      std::int64_t{f->location.column},
                                      f->message,
                                      f->evidence,
                                      f->fingerprint};
    store.run(
        "INSERT INTO findings (file_id, rule, severity, line, col, message, evidence, fingerprint) VALUES ($1, $2, $3, "
        "$4, $5, $6, $7, $8)",
        row);
  }
}

}  // namespace clausecheck::index
