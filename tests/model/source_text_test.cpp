#include <doctest/doctest.h>

#include <string>

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

// A line longer than the block marks' threshold (4096 bytes) is located through
// the marks; the column must be the same as a count from the line's start.
TEST_CASE("locate on a line of many thousand characters counts columns from the line's start") {
  std::string text = "head\n";
  std::string line;
  for (int i = 0; i < 3000; ++i) line += (i % 3 == 0) ? "a" : (i % 3 == 1 ? "一" : "é");
  text += line + "\nx" + line;
  const SourceText src("a.txt", text);
  auto expected = [&](std::uint32_t offset) {
    const std::size_t start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    std::uint32_t column = 1;
    for (std::size_t i = start == std::string::npos ? 0 : start + 1; i < offset; ++i)
      column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return column;
  };
  for (std::uint32_t offset : {0u, 4u, 5u, 6u, 255u, 256u, 257u, 1000u, 4096u, 5000u, 6004u, 6005u, 6006u, 6007u, 9000u,
                               static_cast<std::uint32_t>(text.size())}) {
    CAPTURE(offset);
    CHECK(src.locate(offset).column == expected(offset));
  }
  CHECK(src.locate(6006).line == 3);  // the x after the long line
  CHECK(src.locate(6005).line == 2);  // the long line's own newline
}

TEST_CASE("locate on a long line counts one column per character of every width, at every offset") {
  // Characters of one to four bytes in a cycle that never lines up with the
  // eight bytes the count takes at a time, nor with its 256-byte blocks.
  std::string line;
  for (int i = 0; i < 2000; ++i) line += (i % 4 == 0) ? "a" : (i % 4 == 1 ? "é" : (i % 4 == 2 ? "一" : "𠀀"));
  const std::string text = "x\n" + line;
  const SourceText src("a.txt", text);
  std::uint32_t column = 1;
  bool all = true;
  for (std::uint32_t offset = 2; offset <= text.size(); ++offset) {
    if (src.locate(offset).column != column) {
      all = false;
      CAPTURE(offset);
      CHECK(src.locate(offset).column == column);
      break;
    }
    if (offset < text.size()) column += (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
  }
  CHECK(all);
}

TEST_CASE("a text without a page table has no page") {
  const SourceText src("a.txt", "ab\ncd\fef\n");
  CHECK(src.page_starts().empty());
  CHECK(src.locate(7).page == 0);
  CHECK(src.locate(7).page_line == 0);
}

// A PDF's text: page 1 is "一\n二\n", page 2 starts at byte 8 with "三\n四".
TEST_CASE("a paged text locates the page and the line within it beside the text's own line") {
  const SourceText src("a.pdf", "一\n二\n三\n四", "UTF-8", {0, 8});
  CHECK(src.locate(0) == Location{1, 1, 1, 1});
  CHECK(src.locate(4) == Location{2, 1, 1, 2});
  CHECK(src.locate(7) == Location{2, 2, 1, 2});  // the newline ending page 1
  CHECK(src.locate(8) == Location{3, 1, 2, 1});
  CHECK(src.locate(12) == Location{4, 1, 2, 2});
  CHECK(src.locate(100) == Location{4, 2, 2, 2});
}

// A page need not start a line (a page break without a newline): the line it starts in is its line 1.
TEST_CASE("a page starting inside a line counts that line as its first") {
  const SourceText src("a.pdf", "ab\ncd\fef\ngh", "UTF-8", {0, 6});
  CHECK(src.locate(7) == Location{2, 5, 2, 1});
  CHECK(src.locate(9) == Location{3, 1, 2, 2});
}
