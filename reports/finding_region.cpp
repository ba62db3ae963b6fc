#include "reports/finding_region.hpp"

#include "text/utf8.hpp"

namespace clausecheck::reports {

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); i += text::decode_at(text, i).length) ++n;
  return n;
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
