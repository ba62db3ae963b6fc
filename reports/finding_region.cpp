#include "reports/finding_region.hpp"

#include "text/utf8.hpp"

namespace clausecheck::reports {

Location end_of(const Finding& f) {
  if (f.end) return *f.end;
  const auto newline = f.evidence.rfind('\n');
  if (newline == std::string::npos)
    return {f.location.line, f.location.column + static_cast<std::uint32_t>(text::code_point_count(f.evidence))};
  std::uint32_t lines = 0;
  for (char c : f.evidence) lines += c == '\n';
  return {f.location.line + lines,
          1 + static_cast<std::uint32_t>(text::code_point_count(std::string_view(f.evidence).substr(newline + 1)))};
}

}  // namespace clausecheck::reports
