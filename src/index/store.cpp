#include "index/store.hpp"

#include "index/pg_store.hpp"
#include "index/sqlite_store.hpp"

namespace clausecheck::index {

bool is_postgresql_url(std::string_view spec) {
  return spec.starts_with("postgresql://") || spec.starts_with("postgres://");
}

std::unique_ptr<Store> open_store(const std::string& spec, Access access,
                                  const std::vector<std::filesystem::path>& read) {
  if (is_postgresql_url(spec)) return open_postgresql(spec);
  return open_sqlite(spec, access, read);
}

}  // namespace clausecheck::index
