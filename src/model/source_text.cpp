#include "model/source_text.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "text/blank.hpp"

namespace clausecheck {

namespace {

constexpr std::uint32_t kBlock = 256;
constexpr std::uint32_t kLongLine = 4096;

bool starts_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// The bytes that start a code point (all but 10xxxxxx), eight at a time: a
// continuation byte has bit 7 set and bit 6 clear. A column on a long line is
// counted from its block's start, two such counts a span, which byte by byte
// were a tenth of `parse --format json` of a 10 MB line.
std::uint32_t count_points(const char* begin, const char* end) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  std::uint32_t continuation = 0;
  const char* p = begin;
  for (; end - p >= 8; p += 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    // One bit a byte at most: moved to each byte's low bit and summed into the top byte by the multiply.
    continuation += static_cast<std::uint32_t>((((word & ~(word << 1) & kHigh) >> 7) * 0x0101010101010101ULL) >> 56);
  }
  return static_cast<std::uint32_t>(p - begin) - continuation +
         static_cast<std::uint32_t>(std::count_if(p, end, starts_point));
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
