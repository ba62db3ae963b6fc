#include <doctest/doctest.h>

#include "model/paragraph.hpp"

using namespace clausecheck;

namespace {
// "最关" at 10 and "键的是" at 30 in the source, glued into one paragraph.
Paragraph glued() {
  Paragraph p;
  p.text = "最关键的是";
  p.segments = {{0, 10, 6}, {6, 30, 9}};
  return p;
}
}  // namespace

TEST_CASE("source_offset follows segments across a join") {
  const Paragraph p = glued();
  CHECK(p.source_offset(0) == 10);
  CHECK(p.source_offset(3) == 13);
  CHECK(p.source_offset(6) == 30);
  CHECK(p.source_offset(12) == 36);
  CHECK(p.source_span(3, 9) == Span{13, 33});
}

TEST_CASE("slice keeps the mapping of the part it keeps") {
  const Paragraph s = glued().slice(3, 12);
  CHECK(s.text == "关键的");
  REQUIRE(s.segments.size() == 2);
  CHECK(s.source_offset(0) == 13);
  CHECK(s.source_offset(3) == 30);
  CHECK(s.source_span() == Span{13, 36});
}

TEST_CASE("make_paragraph maps one piece") {
  const Paragraph p = make_paragraph("abc", 7);
  CHECK(p.source_span() == Span{7, 10});
}
