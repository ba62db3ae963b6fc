// The main of the PostgreSQL tests: without CLAUSECHECK_PG_URL (.ci/with-postgres
// sets it) they exit 77, which ctest reports as skipped.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  const char* url = std::getenv("CLAUSECHECK_PG_URL");
  if (!url || !*url) {
    std::puts("skipped: CLAUSECHECK_PG_URL is not set to a PostgreSQL database (.ci/with-postgres sets it)");
    return 77;
  }
  return doctest::Context(argc, argv).run();
}
