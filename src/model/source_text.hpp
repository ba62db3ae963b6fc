#pragma once
#include <string>
#include <vector>

#include "model/span.hpp"

namespace clausecheck {

// The decoded text of one input file: UTF-8 with LF line ends, whatever the
// file's own encoding and line ends were. Every span in the model points into
// text(); locate() turns a byte offset back into the line and column a user
// sees in an editor (same line breaks, columns in code points).
class SourceText {
 public:
  SourceText(std::string path, std::string text, std::string encoding = "UTF-8");

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  // The encoding the file was read in: UTF-8, UTF-8-BOM, GB18030, UTF-16LE, UTF-16BE.
  const std::string& encoding() const { return encoding_; }

  Location locate(std::uint32_t offset) const;

 private:
  std::string path_;
  std::string text_;
  std::string encoding_;
  std::vector<std::uint32_t> line_starts_;
};

}  // namespace clausecheck
