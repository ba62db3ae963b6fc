#pragma once
#include <cstdint>

namespace clausecheck {

// A half-open byte range [begin, end) into SourceText::text().
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

// 1-based line and column; columns count Unicode code points, not bytes.
// `line` counts the lines of the decoded text (what `parse` shows and an
// editor opens); a paged input (PDF) also knows the page and the line within
// that page, both 1-based, 0 where the input has no pages (plain text).
struct Location {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  std::uint32_t page = 0;
  std::uint32_t page_line = 0;
  bool operator==(const Location&) const = default;
};

}  // namespace clausecheck
