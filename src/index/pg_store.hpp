#pragma once
#include <memory>
#include <string>

#include "index/store.hpp"

namespace clausecheck::index {

// The shared back-end: a PostgreSQL server reached through libpq by a
// connection URL (postgresql://user@host/db, or ?host=/socket/dir).
std::unique_ptr<Store> open_postgresql(const std::string& url);

// The URL as messages show it: a password in it replaced by ***.
std::string without_password(const std::string& url);

}  // namespace clausecheck::index
