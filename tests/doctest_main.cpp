#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "model/messages.hpp"

// The tests expect the catalogue's Chinese side, in-process as from the binary
// (which ctest runs with LC_ALL=zh_CN.UTF-8, tests/CMakeLists.txt); the
// English side is tested on its own (messages_test, language_cli_test).
int main(int argc, char** argv) {
  clausecheck::set_language(clausecheck::Lang::zh);
  return doctest::Context(argc, argv).run();
}
