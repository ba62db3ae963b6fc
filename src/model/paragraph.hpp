#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "clausecheck/export.hpp"
#include "span.hpp"

namespace clausecheck {

// A run of paragraph text that stands unbroken at source_begin in the source.
struct Segment {
  std::uint32_t text_begin = 0;
  std::uint32_t source_begin = 0;
  std::uint32_t length = 0;
};

// One logical paragraph after PDF clean-up: its text may be glued together
// from several places in the source (a paragraph split by a page break), so
// it keeps the segments that map each byte back to the original file.
struct CLAUSECHECK_API Paragraph {
  std::string text;
  std::vector<Segment> segments;  // ascending text_begin, together covering text

  // Source offset of the byte at text_offset (text.size() maps past the last byte).
  std::uint32_t source_offset(std::uint32_t text_offset) const;
  // Source range of the text range [begin, end).
  Span source_span(std::uint32_t begin, std::uint32_t end) const;
  Span source_span() const { return source_span(0, static_cast<std::uint32_t>(text.size())); }
  // The text range [begin, end) as a paragraph of its own, segments kept.
  Paragraph slice(std::uint32_t begin, std::uint32_t end) const&;
  // The same, cut from this paragraph's own text and segments: no copy.
  Paragraph slice(std::uint32_t begin, std::uint32_t end) &&;
};

// A paragraph that is one piece of the source, unchanged.
CLAUSECHECK_API Paragraph make_paragraph(std::string text, std::uint32_t source_begin);

}  // namespace clausecheck
