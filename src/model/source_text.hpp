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
// from a paged format (PDF) also has a page table, the byte offset where each
// page starts, so that locate() gives the page and the line within it too.
class CLAUSECHECK_API SourceText {
 public:
  SourceText(std::string path, std::string text, std::string encoding = "UTF-8",
             std::vector<std::uint32_t> page_starts = {});

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  // The encoding the file was read in: UTF-8, UTF-8-BOM, GB18030, UTF-16LE, UTF-16BE.
  const std::string& encoding() const { return encoding_; }
  // Offsets where pages 1, 2, … start, ascending, the first 0; empty for text without pages.
  const std::vector<std::uint32_t>& page_starts() const { return page_starts_; }

  Location locate(std::uint32_t offset) const;

 private:
  // Code points in the text before `offset`, from the block marks.
  std::uint32_t points_before(std::uint32_t offset) const;

  std::string path_;
  std::string text_;
  std::string encoding_;
  std::vector<std::uint32_t> page_starts_;
  std::vector<std::uint32_t> line_starts_;
  // Only for a text with a line longer than kLongLine bytes: the code points
  // before each kBlock-byte block, so that a column costs at most one block's
  // scan instead of the whole line's (a 10 MB line has a million spans).
  std::vector<std::uint32_t> block_points_;
};

}  // namespace clausecheck
