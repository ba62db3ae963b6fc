#include "model/paragraph.hpp"

#include <algorithm>

namespace clausecheck {

std::uint32_t Paragraph::source_offset(std::uint32_t text_offset) const {
  if (segments.empty()) return 0;
  auto it = std::upper_bound(segments.begin(), segments.end(), text_offset,
                             [](std::uint32_t off, const Segment& s) { return off < s.text_begin; });
  const Segment& seg = it == segments.begin() ? *it : *std::prev(it);
  const std::uint32_t inside = std::min(text_offset - std::min(text_offset, seg.text_begin), seg.length);
  return seg.source_begin + inside;
}

Span Paragraph::source_span(std::uint32_t begin, std::uint32_t end) const {
  if (end <= begin) {
    const auto at = source_offset(begin);
    return {at, at};
  }
  return {source_offset(begin), source_offset(end - 1) + 1};
}

Paragraph Paragraph::slice(std::uint32_t begin, std::uint32_t end) const {
  end = std::min<std::uint32_t>(end, static_cast<std::uint32_t>(text.size()));
  begin = std::min(begin, end);
  Paragraph out;
  out.text = text.substr(begin, end - begin);
  for (const Segment& s : segments) {
    const std::uint32_t lo = std::max(begin, s.text_begin);
    const std::uint32_t hi = std::min(end, s.text_begin + s.length);
    if (lo >= hi) continue;
    out.segments.push_back({lo - begin, s.source_begin + (lo - s.text_begin), hi - lo});
  }
  if (out.segments.empty()) out.segments.push_back({0, source_offset(begin), 0});
  return out;
}

Paragraph make_paragraph(std::string text, std::uint32_t source_begin) {
  const auto length = static_cast<std::uint32_t>(text.size());
  return Paragraph{std::move(text), {Segment{0, source_begin, length}}};
}

}  // namespace clausecheck
