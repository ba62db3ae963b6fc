#pragma once
#include <libpq-fe.h>

#include <string>

namespace clausecheck::index {

// libpq's functions, from libpq.so.5 opened at the first PostgreSQL URL of a
// run. Linked, libpq and what it needs (Kerberos, LDAP, TLS: a third of the
// binary's 60 libraries) were loaded and relocated by every command, a tenth of
// a whole `check` or `diff` of the seed; only `--db postgresql://…` uses them.
struct LibPq {
  decltype(&PQconnectdb) connectdb = nullptr;
  decltype(&PQstatus) status = nullptr;
  decltype(&PQerrorMessage) error_message = nullptr;
  decltype(&PQfinish) finish = nullptr;
  decltype(&PQsetNoticeProcessor) set_notice_processor = nullptr;
  decltype(&PQexec) exec = nullptr;
  decltype(&PQprepare) prepare = nullptr;
  decltype(&PQexecPrepared) exec_prepared = nullptr;
  decltype(&PQresultStatus) result_status = nullptr;
  decltype(&PQresultErrorMessage) result_error_message = nullptr;
  decltype(&PQntuples) ntuples = nullptr;
  decltype(&PQnfields) nfields = nullptr;
  decltype(&PQgetisnull) getisnull = nullptr;
  decltype(&PQgetvalue) getvalue = nullptr;
  decltype(&PQgetlength) getlength = nullptr;
  decltype(&PQclear) clear = nullptr;
};

// The functions, loaded once; InputError naming `where` (exit 2) when the
// library or one of them cannot be loaded (Debian's package libpq5).
const LibPq& libpq(const std::string& where);

}  // namespace clausecheck::index
