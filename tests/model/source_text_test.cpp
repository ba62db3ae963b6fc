#include <doctest/doctest.h>

#include "model/source_text.hpp"

using clausecheck::Location;
using clausecheck::SourceText;

TEST_CASE("locate counts lines from 1 and columns in code points") {
  const SourceText src("a.txt", "ab\n一二三x\n\nz");
  CHECK(src.locate(0) == Location{1, 1});
  CHECK(src.locate(1) == Location{1, 2});
  CHECK(src.locate(3) == Location{2, 1});
  CHECK(src.locate(6) == Location{2, 2});   // after 一 (3 bytes)
  CHECK(src.locate(13) == Location{2, 5});  // the newline after x
  CHECK(src.locate(14) == Location{3, 1});
  CHECK(src.locate(15) == Location{4, 1});
}

TEST_CASE("locate clamps offsets past the end") {
  const SourceText src("a.txt", "一");
  CHECK(src.locate(100) == Location{1, 2});
}
