// The main of the corpus tests: they read real documents that are not part of
// the repository, from the folder named by CLAUSECHECK_CORPUS_DIR (the one
// holding laws/, policies/ and seed/). Without it each such test exits 77,
// which ctest reports as skipped, so a fresh clone's test run stays hermetic.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>

#include "corpus.hpp"

int main(int argc, char** argv) {
  if (!clausecheck::testing::corpus_root()) {
    std::puts("skipped: CLAUSECHECK_CORPUS_DIR is not set to the corpus folder (laws/, policies/, seed/)");
    return clausecheck::testing::kSkipped;
  }
  return doctest::Context(argc, argv).run();
}
