#include <doctest/doctest.h>

#include <utility>

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

TEST_CASE("a slice cut from the paragraph itself equals the copied one") {
  const Paragraph p = glued();
  for (const auto& range : {std::pair{0u, 15u}, std::pair{3u, 12u}, std::pair{6u, 15u}, std::pair{9u, 9u},
                            std::pair{6u, 6u}, std::pair{12u, 40u}, std::pair{20u, 30u}}) {
    const std::uint32_t begin = range.first;
    const std::uint32_t end = range.second;
    CAPTURE(begin);
    CAPTURE(end);
    const Paragraph copied = p.slice(begin, end);
    Paragraph own = p;
    const Paragraph cut = std::move(own).slice(begin, end);
    CHECK(cut.text == copied.text);
    REQUIRE(cut.segments.size() == copied.segments.size());
    for (std::size_t i = 0; i < cut.segments.size(); ++i) {
      CHECK(cut.segments[i].text_begin == copied.segments[i].text_begin);
      CHECK(cut.segments[i].source_begin == copied.segments[i].source_begin);
      CHECK(cut.segments[i].length == copied.segments[i].length);
    }
  }
  CHECK(p.slice(9, 9).source_span() == Span{33, 33});
  CHECK(p.slice(3, 12).segments.size() == 2);
}

TEST_CASE("make_paragraph maps one piece") {
  const Paragraph p = make_paragraph("abc", 7);
  CHECK(p.source_span() == Span{7, 10});
}
