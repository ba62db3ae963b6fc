#include "reports/finding_region.hpp"

#include "text/utf8.hpp"

namespace clausecheck::reports {

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); i += text::decode_at(text, i).length) ++n;
  return n;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const text::CodePoint cp = text::decode_at(text, i);
    const char32_t c = cp.value;
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
    width += wide ? 2 : 1;
    i += cp.length;
  }
  return width;
}

Location end_of(const Finding& f) {
  if (f.end) return *f.end;
  const auto newline = f.evidence.rfind('\n');
  if (newline == std::string::npos)
    return {f.location.line, f.location.column + static_cast<std::uint32_t>(code_points(f.evidence))};
  std::uint32_t lines = 0;
  for (char c : f.evidence) lines += c == '\n';
  return {f.location.line + lines,
          1 + static_cast<std::uint32_t>(code_points(std::string_view(f.evidence).substr(newline + 1)))};
}

}  // namespace clausecheck::reports
