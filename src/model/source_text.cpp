#include "model/source_text.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "text/blank.hpp"
#include "text/utf8.hpp"

namespace clausecheck {

namespace {

constexpr std::uint32_t kBlock = 256;
constexpr std::uint32_t kLongLine = 4096;

// The code points of text[begin, end): a location's column.
std::uint32_t count_points(const char* begin, const char* end) {
  return static_cast<std::uint32_t>(
      text::code_point_count(std::string_view(begin, static_cast<std::size_t>(end - begin))));
}

}  // namespace

SourceText::SourceText(std::string path, std::string text, std::string encoding, std::vector<std::uint32_t> page_starts,
                       PageLines page_lines)
    : path_(std::move(path)),
      text_(std::move(text)),
      encoding_(std::move(encoding)),
      page_starts_(std::move(page_starts)),
      page_lines_(page_lines) {
  // Whatever precedes the first page's text is on page 1: locate() then always finds a page.
  if (!page_starts_.empty()) page_starts_.front() = 0;
  line_starts_.push_back(0);
  const char* const begin = text_.data();
  const char* const end = begin + text_.size();
  std::size_t longest = 0;
  for (const char* p = begin;
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr; ++p) {
    longest = std::max<std::size_t>(longest, static_cast<std::size_t>(p - begin) - line_starts_.back());
    line_starts_.push_back(static_cast<std::uint32_t>(p - begin) + 1);
  }
  if (!page_starts_.empty()) count_printed_lines();
  if (std::max<std::size_t>(longest, text_.size() - line_starts_.back()) <= kLongLine) return;
  block_points_.reserve(text_.size() / kBlock + 1);
  std::uint32_t points = 0;
  for (std::size_t at = 0; at <= text_.size(); at += kBlock) {
    block_points_.push_back(points);
    points += count_points(begin + at, begin + std::min(text_.size(), at + kBlock));
  }
}

void SourceText::count_printed_lines() {
  printed_before_.reserve(line_starts_.size());
  std::uint32_t printed = 0;
  for (std::size_t i = 0; i < line_starts_.size(); ++i) {
    printed_before_.push_back(printed);
    const std::uint32_t end =
        i + 1 < line_starts_.size() ? line_starts_[i + 1] - 1 : static_cast<std::uint32_t>(text_.size());
    if (!text::only_blanks(std::string_view(text_).substr(line_starts_[i], end - line_starts_[i]))) ++printed;
  }
}

std::uint32_t SourceText::points_before(std::uint32_t offset) const {
  const std::uint32_t block = offset / kBlock;
  return block_points_[block] + count_points(text_.data() + std::size_t{block} * kBlock, text_.data() + offset);
}

Location SourceText::locate(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
  const std::uint32_t start = line_starts_[line - 1];
  const std::uint32_t column = block_points_.empty() ? count_points(text_.data() + start, text_.data() + offset)
                                                     : points_before(offset) - points_before(start);
  Location at{line, column + 1};
  if (!page_starts_.empty()) {
    const auto page = std::upper_bound(page_starts_.begin(), page_starts_.end(), offset);
    at.page = static_cast<std::uint32_t>(page - page_starts_.begin());
    const auto first_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), *(page - 1));
    at.page_line = printed_before_[line - 1] -
                   printed_before_[static_cast<std::size_t>(first_line - line_starts_.begin()) - 1] + 1;
  }
  return at;
}

}  // namespace clausecheck
