#pragma once
#include <string>
#include <vector>

#include "clausecheck/export.hpp"
#include "span.hpp"

namespace clausecheck {

// The decoded text of one input file: UTF-8 with LF line ends, whatever the
// file's own encoding and line ends were. Every span in the model points into
// text(); locate() turns a byte offset back into the line and column a user
// sees in an editor (same line breaks, columns in code points). Text read
// from a paged format (PDF, OFD) also has a page table, the byte offset where
// each page starts, so that locate() gives the page and the line within it too.
class CLAUSECHECK_API SourceText {
 public:
  // How the lines of a paged text make paragraphs. A PDF's reader gives a line per printed line and no blank
  // lines: a paragraph is told by where a line stops short of its column. The OFD reader marks a paragraph's
  // end with a blank line (a wide gap between lines), as a text file does, so its paragraphs are made as a
  // text file's are; its page table only places them.
  enum class PageLines : unsigned char { printed, blank_line_paragraphs };

  SourceText(std::string path, std::string text, std::string encoding = "UTF-8",
             std::vector<std::uint32_t> page_starts = {}, PageLines page_lines = PageLines::printed);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  // The encoding the file was read in: UTF-8, UTF-8-BOM, GB18030, UTF-16LE, UTF-16BE.
  const std::string& encoding() const { return encoding_; }
  // Offsets where pages 1, 2, … start, ascending, the first 0; empty for text without pages.
  const std::vector<std::uint32_t>& page_starts() const { return page_starts_; }
  PageLines page_lines() const { return page_lines_; }

  Location locate(std::uint32_t offset) const;

 private:
  void count_printed_lines();
  // Code points in the text before `offset`, from the block marks.
  std::uint32_t points_before(std::uint32_t offset) const;

  std::string path_;
  std::string text_;
  std::string encoding_;
  std::vector<std::uint32_t> page_starts_;
  PageLines page_lines_ = PageLines::printed;
  std::vector<std::uint32_t> line_starts_;
  // Only for a paged text: the lines holding more than blanks before each line, so that a line within a page
  // counts printed lines only, not the blank line the OFD reader puts at a paragraph's gap.
  std::vector<std::uint32_t> printed_before_;
  // Only for a text with a line longer than kLongLine bytes: the code points
  // before each kBlock-byte block, so that a column costs at most one block's
  // scan instead of the whole line's (a 10 MB line has a million spans).
  std::vector<std::uint32_t> block_points_;
};

}  // namespace clausecheck
