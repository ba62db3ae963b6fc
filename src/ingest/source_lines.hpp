#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "model/paragraph.hpp"

namespace clausecheck::ingest {

// One non-blank line of the source, blanks trimmed off both ends.
struct Line {
  std::uint32_t begin = 0;    // first byte of the trimmed content
  std::uint32_t end = 0;      // one past its last byte
  std::uint32_t newline = 0;  // offset of the '\n' that ends the raw line (text size for the last line)
};

// A run of non-blank lines: a paragraph as the blank lines of the file delimit it.
struct Block {
  std::uint32_t first = 0;  // index of its first line in SourceLines::lines
  std::uint32_t count = 0;
  std::uint32_t blanks_before = 0;  // blank lines between it and the block before
  // A line of a page (PDF) that fills its column: its paragraph goes on on the next line, whatever it ends with.
  bool wrapped = false;
};

struct SourceLines {
  std::vector<Line> lines;
  std::vector<Block> blocks;
};

SourceLines split_lines(std::string_view text);

// Appends source text [begin, end) to a paragraph, extending its last segment
// when the piece follows it directly in the source.
void append_source(Paragraph& p, std::string_view source, std::uint32_t begin, std::uint32_t end);
// Appends from.text[from_offset, end) with its mapping.
void append_paragraph(Paragraph& p, const Paragraph& from, std::uint32_t from_offset = 0);
// A paragraph of the given lines, kept as lines joined by "\n".
Paragraph lines_paragraph(std::string_view source, const Line* lines, std::uint32_t count);

}  // namespace clausecheck::ingest
