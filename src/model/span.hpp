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
struct Location {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  bool operator==(const Location&) const = default;
};

}  // namespace clausecheck
