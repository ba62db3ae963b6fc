#include "index/libpq.hpp"

#include <dlfcn.h>

#include <variant>

#include "model/messages.hpp"
#include "model/input_error.hpp"

namespace clausecheck::index {

namespace {

// The library's functions, or why they could not be had.
std::variant<LibPq, std::string> load() {
  // The soname of Debian 12's libpq5, the package the .deb depends on; RTLD_LOCAL keeps its symbols
  // out of the way of everything loaded later.
  void* const library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
  if (!library) return std::string(dlerror());
  LibPq pq;
  std::string missing;
  const auto bind = [&](auto& function, const char* name) {
    function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, name));
    if (!function && missing.empty()) missing = name;
  };
  bind(pq.connectdb, "PQconnectdb");
  bind(pq.status, "PQstatus");
  bind(pq.error_message, "PQerrorMessage");
  bind(pq.finish, "PQfinish");
  bind(pq.set_notice_processor, "PQsetNoticeProcessor");
  bind(pq.exec, "PQexec");
  bind(pq.prepare, "PQprepare");
  bind(pq.exec_prepared, "PQexecPrepared");
  bind(pq.result_status, "PQresultStatus");
  bind(pq.result_error_message, "PQresultErrorMessage");
  bind(pq.ntuples, "PQntuples");
  bind(pq.nfields, "PQnfields");
  bind(pq.getisnull, "PQgetisnull");
  bind(pq.getvalue, "PQgetvalue");
  bind(pq.getlength, "PQgetlength");
  bind(pq.clear, "PQclear");
  if (!missing.empty()) return "libpq.so.5 lacks " + missing;
  return pq;  // the library stays loaded for the rest of the run
}

}  // namespace

const LibPq& libpq(const std::string& where) {
  static const std::variant<LibPq, std::string> loaded = load();
  if (const auto* why = std::get_if<std::string>(&loaded)) throw InputError(where, msg(Msg::libpq_missing, {*why}));
  return std::get<LibPq>(loaded);
}

}  // namespace clausecheck::index
