#include "model/source_text.hpp"

#include <algorithm>
#include <cstring>

namespace clausecheck {

SourceText::SourceText(std::string path, std::string text, std::string encoding)
    : path_(std::move(path)), text_(std::move(text)), encoding_(std::move(encoding)) {
  line_starts_.push_back(0);
  const char* const begin = text_.data();
  const char* const end = begin + text_.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr; ++p)
    line_starts_.push_back(static_cast<std::uint32_t>(p - begin) + 1);
}

Location SourceText::locate(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
  std::uint32_t column = 1;
  for (std::uint32_t i = line_starts_[line - 1]; i < offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  return {line, column};
}

}  // namespace clausecheck
